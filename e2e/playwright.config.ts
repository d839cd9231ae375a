import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);

/**
 * Journeys in Debian's Chromium (/usr/bin/chromium; Playwright's own browser download cannot work on these
 * machines) against the real built app on a fresh embedded PostgreSQL seeded with the demo data.
 *
 * The app starts as the README's `npm start` starts it (see start-server.mjs: the built `apps/api/dist/main.js`,
 * which serves the built web app), on a fresh DATA_DIR. Every journey registers its own merchant (unique mobile
 * number and credit code), so the files run in any order and a retried test does not collide with its first try.
 * journeys.e2e.ts walks the product's journeys end to end (once in English); screenshots.e2e.ts refreshes the
 * README's pictures in docs/screenshots/.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.e2e.ts',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never', outputFolder: '../playwright-report' }]] : 'list',
  outputDir: '../test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
        },
      },
    },
  ],
  webServer: {
    command: 'node e2e/start-server.mjs',
    cwd: '..',
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    env: { PORT: String(PORT), HOST: '127.0.0.1', DATA_DIR: '.data/e2e', EMBEDDED_PG_PORT: String(PORT + 20000), LOG_LEVEL: 'warn', AUTH_RATE_LIMIT_PER_MINUTE: '200' },
  },
});
