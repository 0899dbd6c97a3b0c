import { createHash } from 'node:crypto';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

// Browser tests drive Debian's Chromium against the real built site (dist/, served by tests/e2e/serve.ts).
// The built site to test; OUT_DIR matches scripts/build.ts, so `OUT_DIR=x npm run build` then `OUT_DIR=x npm run test:e2e` works.
const siteDir = process.env.OUT_DIR ?? 'dist';
// dist/ on 4327; any other OUT_DIR on a port of its own, so a server left running for one folder is never
// reused to test another.
const port = Number(
  process.env.E2E_PORT ?? (process.env.OUT_DIR ? 20_000 + (createHash('sha256').update(path.resolve(siteDir)).digest().readUInt32BE(0) % 10_000) : 4327),
);

// A site built with BASE_PATH is served under it (scripts/test-base-path.ts sets this for the link check).
const basePath = process.env.E2E_BASE_PATH || '/';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}${basePath === '/' ? '' : basePath}`,
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
    // A plain static server, exactly what a council's web host does with dist/, that also sends the headers in
    // dist/_headers (the Content-Security-Policy) as hosts that read that file do.
    command: `node tests/e2e/serve.ts "${siteDir}" ${port} 127.0.0.1 ${basePath}`,
    url: `http://127.0.0.1:${port}${basePath}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
