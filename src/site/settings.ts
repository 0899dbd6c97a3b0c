// What the pages are told about the build, resolved once at the edge (scripts/lib/config.ts) and passed down.
// Nothing under src/ reads the environment: a setting reaches the code only through this.

export interface SiteSettings {
  /** The folder the site is served from, starting and ending with `/`, e.g. `/` or `/children/`. */
  basePath: string;
  /** The host's address with no path, e.g. `https://www.kesterley.gov.uk`; null when not known. */
  siteUrl: string | null;
  /** The draft quarters (site.json "drafts") are shown: a preview build (--drafts) and `npm run dev`. */
  drafts: boolean;
  /** The build's date, `YYYY-MM-DD`: nothing in the data can have been done after it. */
  today: string;
  /**
   * A build, not `npm run dev`: pages carry the Content-Security-Policy (the dev server's live reloading works
   * through inline styles and scripts), and the data's warnings are printed, never shown on a page.
   */
  production: boolean;
}
