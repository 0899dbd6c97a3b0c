// @ts-check
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'astro/config';
import { resolveDeployment } from './src/site/deployment.ts';

// Pin the time zone so dates and Plot's time scales render the same on every machine.
process.env.TZ = 'UTC';

// Where the site is served (SITE_URL, BASE_PATH, else site.json's "site_url" and "base_path"). site.json is
// read tolerantly here: the loader reports its problems with their line, and the build scripts report a bad
// variable before Astro starts.
function siteJson() {
  try {
    return JSON.parse(readFileSync(path.resolve(process.env.DATA_DIR?.trim() || 'data', 'site.json'), 'utf8').replace(/^\uFEFF/, ''));
  } catch {
    return null;
  }
}
const resolved = resolveDeployment({ env: process.env, siteJson: siteJson() });
const deployment = resolved.ok ? resolved.deployment : { siteUrl: null, basePath: '/' };

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  ...(deployment.siteUrl ? { site: deployment.siteUrl } : {}),
  base: deployment.basePath,
  // Every stylesheet a file, never inlined into the page: the Content-Security-Policy (src/site/csp.ts)
  // allows no inline style.
  build: { format: 'directory', inlineStylesheets: 'never' },
});
