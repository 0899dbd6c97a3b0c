// Full addresses of the site's pages, for the sitemap and the changes feed, which readers and search engines
// fetch from elsewhere and so cannot use a path. Astro's `site` (from SITE_URL or site.json's "site_url",
// set in astro.config.mjs) is the host; `base` is the folder on it.
import { base } from './base.ts';
import { absoluteUrlFor } from './deployment.ts';

/** The host's address, e.g. `https://www.kesterley.gov.uk`; null when neither SITE_URL nor "site_url" is set. */
export const siteUrl: string | null = import.meta.env.SITE ? new URL(import.meta.env.SITE).origin : null;

/**
 * The full address of a page or file, from its path below the base path (`quarters/2025-26-Q3/`) or an href
 * that already starts with it (`${base}quarters/`); null when the site's address is not known, in which case
 * leave out whatever needs it.
 */
export function absoluteUrl(path: string): string | null {
  return absoluteUrlFor({ siteUrl, basePath: base }, path);
}
