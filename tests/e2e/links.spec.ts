// Every link on every built page leads somewhere: no broken internal links or missing #fragments.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures.ts';

const site = path.resolve(process.env.OUT_DIR ?? 'dist');

async function htmlFiles(): Promise<string[]> {
  const entries = await readdir(site, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}

function pathOf(file: string): string {
  return '/' + path.relative(site, file).replace(/index\.html$/, '').split(path.sep).join('/');
}

test('internal links and fragments on every page resolve', async ({ request }) => {
  test.setTimeout(120_000);
  const files = await htmlFiles();
  const ids = new Map<string, Set<string>>();
  const links: { from: string; href: string }[] = [];
  for (const file of files) {
    const html = await readFile(file, 'utf8');
    ids.set(pathOf(file), new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
    for (const m of html.matchAll(/<a\b[^>]*\shref="([^"]+)"/g)) links.push({ from: pathOf(file), href: m[1]! });
  }
  expect(links.length).toBeGreaterThan(1000);

  const broken: string[] = [];
  const checked = new Map<string, number>();
  for (const { from, href } of links) {
    if (/^(mailto:|https?:)/.test(href)) continue;
    const url = new URL(href, `http://site${from}`);
    if (!checked.has(url.pathname)) checked.set(url.pathname, (await request.get(url.pathname)).status());
    if (checked.get(url.pathname) !== 200) broken.push(`${from} → ${href} (${checked.get(url.pathname)})`);
    else if (url.hash && url.pathname.endsWith('/') && !ids.get(url.pathname)?.has(decodeURIComponent(url.hash.slice(1)))) {
      broken.push(`${from} → ${href} (no element with that id)`);
    }
  }
  expect(broken, broken.slice(0, 20).join('\n')).toEqual([]);
});
