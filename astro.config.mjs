// @ts-check
import { defineConfig } from 'astro/config';

// Pin the time zone so dates and Plot's time scales render the same on every machine.
process.env.TZ = 'UTC';

export default defineConfig({
  output: 'static',
  // The site's own address, for the absolute links in the changes feed (no feed without it).
  site: process.env.SITE_URL || undefined,
  trailingSlash: 'always',
  // Every stylesheet a file, never inlined into the page: the Content-Security-Policy (src/site/csp.ts) allows
  // no inline style.
  build: { format: 'directory', inlineStylesheets: 'never' },
});
