// Findable (issue 15, item 10): search finds the pages that explain how to read the site, each result is titled
// with its page's own title (not its heading run together with the caption above it), and a page's symbols legend
// lists exactly the statistical symbols the page shows.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { DOMParser } from 'linkedom';
import { expect, test, type Page } from './fixtures.ts';

const site = path.resolve(process.env.OUT_DIR ?? 'dist');
const base = process.env.E2E_BASE_PATH || '/';
// scripts/test-optional-files.ts runs some specs on small data folders with a word of their own; this one needs the demo's.
const searchWord = process.env.E2E_SEARCH ?? 'referrals';

async function htmlFiles(): Promise<string[]> {
  const entries = await readdir(site, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}

function pathOf(file: string): string {
  return base + path.relative(site, file).replace(/index\.html$/, '').split(path.sep).join('/');
}

async function search(page: Page, word: string) {
  await page.goto('search/');
  await page.locator('#search input').fill(word);
  const results = page.locator('#search .pagefind-ui__result');
  await expect(page.locator('#search .pagefind-ui__message')).toContainText(/\d+ results? for/, { timeout: 30_000 });
  // Pagefind draws each result's placeholder first and fills it in as its fragment arrives.
  await expect(results.first()).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('#search .pagefind-ui__loading')).toHaveCount(0, { timeout: 30_000 });
  return results;
}

test.describe('search', () => {
  test('finds the page on SPC when searching "SPC"', async ({ page }) => {
    const results = await search(page, 'SPC');
    const links = await results.locator('.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toContain(`${base}about/spc/`);
  });

  test('indexes every page under /about/, without each having to ask', async () => {
    const about = (await htmlFiles()).filter((file) => pathOf(file).startsWith(`${base}about/`));
    expect(about.length).toBeGreaterThan(0);
    for (const file of about) {
      expect(await readFile(file, 'utf8'), `${pathOf(file)} is in the search index`).toMatch(/<main\b[^>]*\sdata-pagefind-body/);
    }
  });

  test("titles each result with its page's own title, and names its section links without decoration", async ({ page }) => {
    const results = await search(page, searchWord);
    await expect(results.first()).toBeVisible();
    const pages = results.locator('.pagefind-ui__result-inner > .pagefind-ui__result-title .pagefind-ui__result-link');
    const count = await pages.count();
    expect(count).toBeGreaterThan(1);
    for (let i = 0; i < count; i++) {
      const link = pages.nth(i);
      const title = (await link.innerText()).trim();
      const href = (await link.getAttribute('href'))!;
      // The page's <title> is "<its own title> – <site> – <council>".
      const html = await (await page.request.get(href)).text();
      const pageTitle = new DOMParser().parseFromString(html, 'text/html').querySelector('title')!.textContent!;
      expect(pageTitle.startsWith(`${title} – `), `result "${title}" is the title of ${href} ("${pageTitle}")`).toBe(true);
      await expect(link).toHaveAccessibleName(title);
    }
    // Each section link under a result is read as its section's name alone.
    const sections = results.locator('.pagefind-ui__result-nested .pagefind-ui__result-link');
    expect(await sections.count()).toBeGreaterThan(0);
    for (const link of (await sections.all()).slice(0, 10)) {
      await expect(link).toHaveAccessibleName((await link.innerText()).trim().replace(/^\u2937\s*/, ''));
    }
  });
});

test('each symbols legend lists exactly the symbols its page shows, and a page linking to the legend has one', async () => {
  const problems: string[] = [];
  let legends = 0;
  for (const file of await htmlFiles()) {
    const html = await readFile(file, 'utf8');
    if (!html.includes('data-symbol') && !html.includes('class="revised"') && !html.includes('data-symbols-legend')) continue;
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const where = pathOf(file);
    const main = doc.querySelector('main')!;
    const legend = main.querySelector('[data-symbols-legend]');
    // A figure's symbol (c, x, z, p carry data-symbol) and the revised mark r, anywhere outside the legend.
    const outside = (el: Element) => !legend?.contains(el);
    const shown = new Set([
      ...[...main.querySelectorAll('[data-symbol]')].filter(outside).map((el) => el.getAttribute('data-symbol')!),
      ...([...main.querySelectorAll('a.revised')].some(outside) ? ['r'] : []),
    ]);
    if (!legend) {
      const linked = [...main.querySelectorAll('a[href^="#symbol-"], a.revised')];
      if (linked.length > 0) problems.push(`${where}: shows ${[...shown].join(', ')} linked to a symbols legend, but has none`);
      continue;
    }
    legends++;
    const listed = [...legend.querySelectorAll('dt')].map((dt) => dt.textContent!.trim());
    for (const symbol of listed) if (!shown.has(symbol)) problems.push(`${where}: the legend lists ${symbol}, which the page does not show`);
    for (const symbol of shown) if (!listed.includes(symbol)) problems.push(`${where}: the page shows ${symbol}, which the legend does not list`);
    if (listed.length === 0) problems.push(`${where}: an empty symbols legend`);
  }
  // Whether any page needs a legend depends on the data (withheld or revised figures): the demo may have none.
  console.log(`${legends} symbols legends checked`);
  expect(problems, problems.slice(0, 20).join('\n')).toEqual([]);
});
