import { open, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { htmlPages } from './pages.ts';

/** The attribute Base.astro puts on <main> of the pages to index: indicators, QA narratives and the about pages. */
const SEARCH_BODY = 'data-pagefind-body';
/** Enough to reach <main> on every page (it follows the head and the navigation). */
const HEAD_BYTES = 16 * 1024;

/**
 * Whether a built page is to be indexed. Reads only the start of the file, up to its <main> tag, so
 * the large pages that are not indexed (the RAG grid, scorecards, packs) are never read in full.
 */
export async function isSearchable(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    let text = '';
    let position = 0;
    for (;;) {
      const buffer = Buffer.alloc(HEAD_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, position);
      position += bytesRead;
      text += buffer.toString('latin1', 0, bytesRead);
      const main = text.indexOf('<main');
      const end = main < 0 ? -1 : text.indexOf('>', main);
      if (end >= 0) return text.slice(main, end).includes(SEARCH_BODY);
      if (bytesRead < HEAD_BYTES) return false;
    }
  } finally {
    await handle.close();
  }
}

/** The site's HTML pages that are to be indexed, as paths relative to the site, in a stable order. */
export async function searchablePages(site: string): Promise<string[]> {
  const pages = await htmlPages(site);
  const searchable = await Promise.all(pages.map((page) => isSearchable(path.join(site, page))));
  return pages.filter((_, i) => searchable[i]);
}

/**
 * The static search index (Pagefind) over the pages marked data-pagefind-body: indicators, QA narratives and the
 * about pages (Base.astro's `searchable`).
 * Only those pages are handed to Pagefind, so it does not parse the rest of the site's HTML. Its URLs are from
 * the site's root: Pagefind's search page puts them under the folder it was loaded from (the base path).
 */
export async function buildSearchIndex(site: string): Promise<void> {
  const pages = await searchablePages(site);
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    for (const sourcePath of pages) {
      const added = await index.addHTMLFile({ sourcePath, content: await readFile(path.join(site, sourcePath), 'utf8') });
      if (added.errors.length) throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    console.log(`Search index: ${pages.length} pages.`);
  } finally {
    await pagefind.close();
  }
}
