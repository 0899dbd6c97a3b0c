import { defineConfig, devices } from '@playwright/test';

// Browser tests drive Debian's Chromium against the real built site (dist/, served by `astro preview`).
const port = Number(process.env.E2E_PORT ?? 4327);
// The built site to test; OUT_DIR matches scripts/build.ts, so `OUT_DIR=x npm run build` then `OUT_DIR=x npm run test:e2e` works.
const siteDir = process.env.OUT_DIR ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    timezoneId: 'Europe/London',
    locale: 'en-GB',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          // No network here: without these flags Chromium keeps trying to reach Google's services.
          args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        },
      },
    },
  ],
  webServer: {
    // A plain static server: exactly what a council's web host does with dist/.
    command: `npx sirv "${siteDir}" --host 127.0.0.1 --port ${port} --quiet`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
