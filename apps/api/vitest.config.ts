import { fileURLToPath } from 'node:url';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// Nest needs decorator metadata, which esbuild/oxc do not emit; SWC does.
export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' }, jsc: { target: 'es2023' } })],
  resolve: {
    // Tests (and the global setup, which runs outside the test environments) use the shared library's source,
    // so they need no prior build of libs/shared and always test the code as it is now.
    alias: { '@pos/shared': fileURLToPath(new URL('../../libs/shared/src/index.ts', import.meta.url)) },
  },
  test: {
    include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    env: { LOG_LEVEL: 'silent' },
  },
});
