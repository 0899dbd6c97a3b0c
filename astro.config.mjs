// @ts-check
import path from 'node:path';
import { defineConfig } from 'astro/config';
import { resolveBuildDate } from './src/site/build-date.ts';
import { dataCheck } from './src/site/data-check.ts';
import { readSiteJsonSettings, resolveDeployment } from './src/site/deployment.ts';

// Pin the time zone so dates and Plot's time scales render the same on every machine.
process.env.TZ = 'UTC';

// Where the site is served: SITE_URL and BASE_PATH, else site.json's "site_url" and "base_path". A problem
// with either is reported by the build script (and the loader) before Astro starts, so it is not repeated here.
const dataDir = path.resolve(process.env.DATA_DIR?.trim() || 'data');
const resolved = resolveDeployment({ env: process.env, siteJson: readSiteJsonSettings(dataDir) });
const deployment = resolved.ok ? resolved.deployment : { siteUrl: null, basePath: '/' };

// The day the quarters are checked against: SCORECARD_TODAY, else today (scripts/build.ts sets it to the day it
// resolved, so a build checks against one day throughout). Handed to the dev server's check and to the pages.
const buildDate = resolveBuildDate(process.env);
if (!buildDate.ok) throw new Error(buildDate.problem);

export default defineConfig({
  output: 'static',
  integrations: [dataCheck({ today: buildDate.today })],
  vite: { define: { 'import.meta.env.SCORECARD_TODAY': JSON.stringify(buildDate.today) } },
  trailingSlash: 'always',
  ...(deployment.siteUrl ? { site: deployment.siteUrl } : {}),
  base: deployment.basePath,
  // Every stylesheet a file, never inlined into the page: the Content-Security-Policy (src/site/csp.ts)
  // allows no inline style.
  build: { format: 'directory', inlineStylesheets: 'never' },
});
