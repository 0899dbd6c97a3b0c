// The module src/site/site-source.ts makes for the pages.
declare module 'virtual:scorecard/site' {
  /** The site, derived once per build from the data read at the edge (re-read for each page in `npm run dev`). */
  export function getSite(): Promise<import('./site-data.ts').SiteData>;
}
