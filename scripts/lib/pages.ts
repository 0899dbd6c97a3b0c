// The HTML pages a build wrote, and the address each is served at.
import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** The site's HTML pages, as paths relative to the site with forward slashes, in a stable order. */
export async function htmlPages(site: string): Promise<string[]> {
  const entries = await readdir(site, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.relative(site, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** The page's address below the base path: `quarters/2025-26-Q3/` for quarters/2025-26-Q3/index.html. */
export function pagePath(file: string): string {
  return file.replace(/(^|\/)index\.html$/, '$1');
}
