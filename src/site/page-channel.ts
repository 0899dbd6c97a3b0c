// Each HTML page Astro renders in a build is published on this diagnostics channel (src/middleware.ts), so that the
// build (scripts/lib/search-index.ts) can hand it to Pagefind while the next pages render: Pagefind indexes in a
// process of its own, on another core, instead of reading every page back from disk after Astro has finished. A
// channel is found by its name in the whole process, so the build hears the copy of src/ Astro bundles; when no one
// listens (a dev server, a test) nothing is published and the page is passed on untouched.

export const PAGE_CHANNEL = 'scorecard:page-rendered';

/** What is published for each page. */
export interface PageRendered {
  /** The page's address as Astro served it, base path included: `/children/indicators/contacts/`. */
  pathname: string;
  html: string;
}
