import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { open, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { PAGE_CHANNEL, type PageRendered } from '../../src/site/page-channel.ts';
import { htmlPages } from './pages.ts';

/** The attribute Base.astro puts on <main> of the pages to index: indicators, QA narratives and the about pages. */
const SEARCH_BODY = 'data-pagefind-body';
/** Enough to reach <main> on every page (it follows the head and the navigation). */
const HEAD_BYTES = 16 * 1024;

/** Whether the page's <main> tag is marked for the index; null when `html` does not reach the end of that tag. */
function marked(html: string): boolean | null {
  const main = html.indexOf('<main');
  const end = main < 0 ? -1 : html.indexOf('>', main);
  return end >= 0 ? html.slice(main, end).includes(SEARCH_BODY) : null;
}

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
      const found = marked(text);
      if (found !== null) return found;
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

/** The file a page is written to, relative to the site: `indicators/contacts/index.html` for /children/indicators/contacts/. */
export function sourcePathOf(pathname: string, basePath: string): string {
  const below = pathname.startsWith(basePath) ? pathname.slice(basePath.length) : pathname.replace(/^\//, '');
  return below === '' || below.endsWith('/') ? `${below}index.html` : below;
}

export interface SearchIndexing {
  /** Indexes what was not heard while Astro rendered, writes the index into `site`/pagefind; the pages indexed. */
  finish(site: string): Promise<number>;
  /** Stops listening and stops Pagefind, writing nothing (the build failed). */
  abandon(): Promise<void>;
}

/**
 * The static search index (Pagefind) over the pages marked data-pagefind-body: indicators, QA narratives and the
 * about pages (Base.astro's `searchable`). Started before Astro renders: each page Astro publishes on PAGE_CHANNEL
 * (src/site/page-channel.ts) is handed to Pagefind at once, so its indexing runs beside the rendering. `finish`
 * then adds any marked page on disk that was not heard (reading the others only up to their <main> tag), so the
 * index holds the same pages either way. Only marked pages reach Pagefind: it never parses the rest of the
 * site's HTML. Its URLs are from the site's root: Pagefind's search page puts them under the folder it was loaded
 * from (the base path).
 */
export async function startSearchIndex(basePath: string): Promise<SearchIndexing> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) {
    await pagefind.close();
    throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  }
  const added = new Map<string, Promise<string[]>>();
  const add = (sourcePath: string, content: string) => {
    if (!added.has(sourcePath)) added.set(sourcePath, index.addHTMLFile({ sourcePath, content }).then((result) => result.errors));
  };
  const heard = (message: unknown) => {
    const { pathname, html } = message as PageRendered;
    if (marked(html)) add(sourcePathOf(pathname, basePath), html);
  };
  subscribe(PAGE_CHANNEL, heard);
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    unsubscribe(PAGE_CHANNEL, heard);
    // Pagefind's answers to pages already sent are awaited before it is closed; their errors are reported by finish.
    await Promise.allSettled(added.values());
    await pagefind.close();
  };
  return {
    async finish(site) {
      try {
        unsubscribe(PAGE_CHANNEL, heard);
        for (const sourcePath of await searchablePages(site)) {
          if (!added.has(sourcePath)) add(sourcePath, await readFile(path.join(site, sourcePath), 'utf8'));
        }
        for (const [sourcePath, result] of added) {
          const problems = await result;
          if (problems.length) throw new Error(`Pagefind could not index ${sourcePath}: ${problems.join('; ')}`);
        }
        const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        return added.size;
      } finally {
        await stop();
      }
    },
    abandon: stop,
  };
}

/** The index for a site already built (nothing heard): every marked page read from disk. */
export async function buildSearchIndex(site: string): Promise<number> {
  return (await startSearchIndex('/')).finish(site);
}
