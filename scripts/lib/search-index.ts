import path from 'node:path';
import * as pagefind from 'pagefind';

/** The static search index (Pagefind) over the pages marked data-pagefind-body: indicators and QA narratives. */
export async function buildSearchIndex(site: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    console.log(`Search index: ${added.page_count} pages.`);
  } finally {
    await pagefind.close();
  }
}
