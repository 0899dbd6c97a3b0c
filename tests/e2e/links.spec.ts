// Every link on every built page leads somewhere: no broken internal links or missing #fragments, and every
// stylesheet, script and image a page loads exists. Run against a site built with BASE_PATH too
// (scripts/test-base-path.ts): the server then serves nothing outside the base path, so a link or asset that
// forgets it fails here.
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures.ts';

const site = path.resolve(process.env.OUT_DIR ?? 'dist');
const base = process.env.E2E_BASE_PATH || '/';
// scripts/test-optional-files.ts runs this on small data folders (E2E_DATA): fewer pages, and other words to search.
const small = Boolean(process.env.E2E_DATA);
const searchWord = process.env.E2E_SEARCH ?? 'referrals';

async function htmlFiles(): Promise<string[]> {
  const entries = await readdir(site, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}

function pathOf(file: string): string {
  return base + path.relative(site, file).replace(/index\.html$/, '').split(path.sep).join('/');
}

test('internal links and fragments on every page resolve', async ({ request }) => {
  test.setTimeout(120_000);
  const files = await htmlFiles();
  const ids = new Map<string, Set<string>>();
  const links: { from: string; href: string; asset: boolean }[] = [];
  for (const file of files) {
    const html = await readFile(file, 'utf8');
    ids.set(pathOf(file), new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
    for (const m of html.matchAll(/<a\b[^>]*\shref="([^"]+)"/g)) links.push({ from: pathOf(file), href: m[1]!, asset: false });
    for (const m of html.matchAll(/<(?:link\b[^>]*\shref|script\b[^>]*\ssrc|img\b[^>]*\ssrc)="([^"]+)"/g)) links.push({ from: pathOf(file), href: m[1]!, asset: true });
  }
  expect(links.filter((l) => !l.asset).length).toBeGreaterThan(small ? files.length * 5 : 1000);
  expect(links.filter((l) => l.asset).length).toBeGreaterThan(files.length);

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

test('the sitemap, when there is one, lists every page at an address that answers', async ({ request }) => {
  test.skip(!existsSync(path.join(site, 'sitemap.xml')), 'No sitemap: the site was built without SITE_URL.');
  const xml = await readFile(path.join(site, 'sitemap.xml'), 'utf8');
  const locations = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!));
  expect(locations.map((url) => url.pathname).sort()).toEqual((await htmlFiles()).map(pathOf).sort());
  expect(new Set(locations.map((url) => url.origin)).size).toBe(1);
  for (const url of locations.slice(0, 20)) expect((await request.get(url.pathname)).status(), url.href).toBe(200);
  const robots = await (await request.get(`${base}robots.txt`)).text();
  expect(robots).toContain(`Sitemap: ${locations[0]!.origin}${base}sitemap.xml`);
});

test('printed pages give the site\'s own links as addresses that can be typed from paper', async ({ page }) => {
  // A site built with SITE_URL (scripts/test-base-path.ts) has a sitemap, whose addresses give the site's.
  const sitemap = path.join(site, 'sitemap.xml');
  const siteAddress = existsSync(sitemap) ? new URL(/<loc>([^<]+)<\/loc>/.exec(await readFile(sitemap, 'utf8'))![1]!).origin : null;
  await page.emulateMedia({ media: 'print' });
  await page.goto(`${base}`);
  await page.locator('[data-pack-link] a').first().click();
  await page.waitForURL(/\/pack\//);
  // The first link in running text; the headlines and summary page, tables, navigation and headings print no addresses.
  const links = page.locator('main p a[href^="/"]');
  const first = await links.evaluateAll((els) => els.findIndex((el) => !el.closest('.no-print-url, table, nav, h1, h2, h3, h4')));
  expect(first, 'a link in running text').toBeGreaterThanOrEqual(0);
  const link = links.nth(first);
  const href = (await link.getAttribute('href'))!;
  const printed = await link.evaluate((el) => getComputedStyle(el, '::after').content);
  const note = await page.locator('.site-footer').evaluate((el) => getComputedStyle(el, '::before').content);
  if (siteAddress) {
    expect(printed).toBe(`" (${siteAddress}${href})"`);
    expect(note).toBe('none');
  } else {
    // Without the site's address the path is printed, and the page says what it is relative to.
    expect(printed).toBe(`" (${href})"`);
    expect(note).toContain("type the website's address in front of them");
  }
});

test('search results link to pages that exist', async ({ page, request }) => {
  await page.goto('search/');
  await page.locator('#search input').fill(searchWord);
  const results = page.locator('#search .pagefind-ui__result-link');
  await expect(results.first()).toBeVisible({ timeout: 10_000 });
  const hrefs = await results.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  for (const href of hrefs) {
    expect(href.startsWith(base), href).toBe(true);
    expect((await request.get(href)).status(), href).toBe(200);
  }
});
