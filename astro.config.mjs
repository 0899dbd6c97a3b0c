// @ts-check
import { defineConfig } from 'astro/config';
import { dataCheck } from './src/site/data-check.ts';

// Pin the time zone so dates and Plot's time scales render the same on every machine.
process.env.TZ = 'UTC';

export default defineConfig({
  output: 'static',
  integrations: [dataCheck()],
  trailingSlash: 'always',
  // Every stylesheet a file, never inlined into the page: the Content-Security-Policy (src/site/csp.ts) allows
  // no inline style.
  build: { format: 'directory', inlineStylesheets: 'never' },
});
