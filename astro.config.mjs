// @ts-check
import path from 'node:path';
import { defineConfig } from 'astro/config';
import { dataCheck } from './src/site/data-check.ts';
import { resolveBuildDate } from './src/site/build-date.ts';
import { readSiteJsonSettings, resolveDeployment } from './src/site/deployment.ts';

// Pin the time zone so dates and Plot's time scales render the same on every machine.
process.env.TZ = 'UTC';

// Where the site is served: SITE_URL and BASE_PATH, else site.json's "site_url" and "base_path". A problem
// with either is reported by the build script (and the loader) before Astro starts, so it is not repeated here.
const dataDir = path.resolve(process.env.DATA_DIR?.trim() || 'data');
const resolved = resolveDeployment({ env: process.env, siteJson: readSiteJsonSettings(dataDir) });
const deployment = resolved.ok ? resolved.deployment : { siteUrl: null, basePath: '/' };
// The build's date (SCORECARD_TODAY, else today in England), passed to the pages and the dev server's checks.
const today = resolveBuildDate(process.env);
if (!today.ok) throw new Error(today.problem);

export default defineConfig({
  output: 'static',
  // npm run dev: the data checked as validate checks it, its problems shown on a plain page (src/site/data-check.ts).
  integrations: [dataCheck({ dataDir, today: today.date })],
  vite: { define: { __SCORECARD_TODAY__: JSON.stringify(today.date) } },
  trailingSlash: 'always',
  ...(deployment.siteUrl ? { site: deployment.siteUrl } : {}),
  base: deployment.basePath,
  // Every stylesheet a file, never inlined into the page: the Content-Security-Policy (src/site/csp.ts)
  // allows no inline style.
  build: { format: 'directory', inlineStylesheets: 'never' },
});
