// Astro's configuration, made from the resolved settings (scripts/lib/config.ts) in one place for both edges:
// scripts/build.ts passes the data it has already read and validated; astro.config.mjs (npm run dev, astro
// check, astro preview) has the pages read the folder themselves, and checks it as validate does.
import type { AstroUserConfig } from 'astro';
import { dataCheck } from '../../src/site/data-check.ts';
import { siteSource, type SiteInput } from '../../src/site/site-source.ts';
import type { Config } from './config.ts';

/** Dates and Plot's time scales render the same on every machine. */
export function pinTimeZone(): void {
  process.env['TZ'] = 'UTC';
}

export function astroConfig(config: Config, loaded?: SiteInput): AstroUserConfig {
  const { dataDir, basePath, siteUrl, today } = config;
  return {
    output: 'static',
    integrations: loaded
      ? [siteSource(config, { loaded })]
      // npm run dev: the data checked as validate checks it, its problems shown on a plain page (src/site/data-check.ts).
      : [siteSource(config, { dataDir }), dataCheck({ dataDir, today })],
    trailingSlash: 'always',
    ...(siteUrl ? { site: siteUrl } : {}),
    base: basePath,
    // Every stylesheet a file, never inlined into the page: the Content-Security-Policy (src/site/csp.ts)
    // allows no inline style.
    build: { format: 'directory', inlineStylesheets: 'never' },
  };
}
