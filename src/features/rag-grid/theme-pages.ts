// The RAG grid is one page per theme (/rag-grid/<theme>/) under an overview (/rag-grid/): a county's
// every indicator by every quarter on one page would run to megabytes.
import { uniqueSlugs } from '../../site/slug.ts';

/** The URL part of each theme's grid page, unique even when two themes slug alike. */
export function ragGridSlugs(themes: readonly string[]): Map<string, string> {
  return uniqueSlugs(themes);
}

/** The address of a theme's grid page, under the site's base path. */
export function ragGridHref(slugPart: string, base: string): string {
  return `${base}rag-grid/${slugPart}/`;
}
