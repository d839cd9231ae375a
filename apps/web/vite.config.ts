/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

/**
 * `@pos/shared` publishes its TypeScript under the project's own "@pos/source" export condition, so the dev
 * server, the production build and vitest all compile it from libs/shared/src without a prior build. The name is
 * ours on purpose: some npm packages (antd's scroll-into-view-if-needed, for one) publish raw .ts under a plain
 * "source" condition, which must not be picked up.
 */
const sourceFirst = (defaults: readonly string[]) => ['@pos/source', ...defaults];

/** Packages only the analytics charts use (@ant-design/plots and its dependencies). */
const CHART_PACKAGES = String.raw`@ant-design[\/](?:plots|charts-util)|@antv[\/]|d3-|lodash[\/]|html2canvas|gl-matrix|fecha|flru|pdfast|svg-path-parser|css-line-break|text-segmentation|utrie|base64-arraybuffer|color-string|color-name|tslib|simple-swizzle|is-arrayish|eventemitter3|internmap|iconv-lite|safer-buffer|rw[\/]|commander[\/]`;

export default defineConfig({
  plugins: [react()],
  resolve: {
    conditions: sourceFirst(defaultClientConditions),
  },
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react-vendor', test: /node_modules[\\/](react|react-dom|react-router|scheduler|@tanstack)[\\/]/, priority: 3 },
            { name: 'antd-vendor', test: /node_modules[\\/](antd|@ant-design[\\/](?!plots|charts-util)[\w-]+|@rc-component|rc-[\w-]+|@emotion|dayjs)[\\/]/, priority: 2 },
            // Not the analytics charts (G2, the d3 it draws with and what only they use): left out of every group, they
            // stay in the chunks of the one page that loads them on demand instead of in the first download.
            { name: 'vendor', test: new RegExp(`node_modules[\\\\/](?!${CHART_PACKAGES})`), priority: 1 },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.spec.{ts,tsx}'],
    restoreMocks: true,
    unstubGlobals: true,
    testTimeout: 15000,
  },
});
