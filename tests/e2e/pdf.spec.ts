// `npm run pdf`: the committee pack as a clerk circulates it. Runs on the demo's dist/ and, in
// scripts/test-base-path.ts, on a site built with BASE_PATH=/children/ (as the Pages workflow builds it),
// where a PDF once came out unstyled while the script said it had succeeded.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, realpath, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from './fixtures.ts';
import { SPC_ICONS } from '../../src/features/spc/icons.ts';
import { lowestLines, pageLayouts, pageLines, pdfFacts, rasterImages, wordsSplitAcrossLines } from './pdf-facts.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const site = path.resolve(root, process.env.OUT_DIR ?? 'dist');
const pdfScript = path.join(root, 'scripts', 'pdf.ts');
const A4 = [595, 842];
// The base path the site is served under (scripts/test-base-path.ts builds one under /children/).
const base = process.env.E2E_BASE_PATH || '/';

async function latestPeriod(page: Page): Promise<string> {
  const response = await page.request.get(`${base}api/indicators.json`);
  expect(response.ok()).toBe(true);
  const { periods } = (await response.json()) as { periods: string[] };
  return periods[periods.length - 1]!;
}

type Outcome = { code: number; stdout: string; stderr: string };

// What a committee can take: print.css's @page margins (18 mm top and bottom) hold the running header and
// the page number, so a sheet's content is what lies between them.
const MM = 72 / 25.4;
const MARGINS = { top: 18 * MM, bottom: 18 * MM };
const MAX_PAGES = 20;
const MAX_BYTES = 2 * 1024 * 1024;
function attempt(args: string[], env: Record<string, string> = {}): Promise<Outcome> {
  return run(process.execPath, [pdfScript, ...args], { cwd: root, timeout: 120_000, env: { ...process.env, ...env } }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );
}

/** The latest quarter's pack as `npm run pdf` writes it, printed once per test worker. */
let printed: Promise<{ latest: string; bytes: Buffer }> | undefined;
function latestPack(page: Page) {
  printed ??= (async () => {
    const latest = await latestPeriod(page);
    const out = await mkdtemp(path.join(tmpdir(), 'scorecard-pack-'));
    try {
      // Without a quarter named, as a clerk prints this quarter's pack: the latest the site publishes.
      const { code, stdout, stderr } = await attempt(['--out', out]);
      expect(code, stderr).toBe(0);
      expect(stdout).toContain(`printing the latest the site publishes, ${latest}`);
      return { latest, bytes: await readFile(path.join(out, `committee-pack-${latest}.pdf`)) };
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  })();
  return printed;
}

test.describe('npm run pdf', () => {
  test.describe.configure({ timeout: 180_000 });

  test('prints the latest quarter on at most 20 A4 pages and under 2 MB', async ({ page }) => {
    const { latest, bytes } = await latestPack(page);
    const { pages } = await pdfFacts(bytes);
    console.log(`committee-pack-${latest}.pdf: ${pages.length} pages (at most ${MAX_PAGES}), ${bytes.byteLength} bytes (under ${MAX_BYTES})`);
    expect(pages.length).toBeLessThanOrEqual(MAX_PAGES);
    expect(bytes.byteLength).toBeLessThan(MAX_BYTES);
  });

  test('prints every sheet portrait, and none but the cover and the last less than a third full', async ({ page }) => {
    const { latest, bytes } = await latestPack(page);
    const layouts = await pageLayouts(bytes, MARGINS);
    console.log(`committee-pack-${latest}.pdf, how far down each sheet its content reaches: ${layouts.map((l, i) => `${i + 1}: ${Math.round(l.filled * 100)}%`).join(', ')}`);
    // An agenda pack is portrait A4: no sheet turned sideways for one table.
    for (const [i, { width, height }] of layouts.entries()) expect([width, height], `sheet ${i + 1}`).toEqual(A4);
    // The cover stands alone, and the last sheet holds what is left.
    for (const [i, layout] of layouts.slice(1, -1).entries()) {
      expect(layout.filled, `sheet ${i + 2} of ${layouts.length}`).toBeGreaterThanOrEqual(1 / 3);
    }
  });

  test('breaks no word of a heading or a table cell across two lines of the PDF', async ({ page }) => {
    const { latest, bytes } = await latestPack(page);
    await page.goto(`${base}pack/${latest}/`);
    await page.emulateMedia({ media: 'print' });
    // The words of the pack's headings and table cells as printed, and every word it prints.
    const { boxed, printed } = await page.evaluate(() => {
      const words = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.toLowerCase());
      const shown = [...document.querySelectorAll<HTMLElement>('main :is(h1, h2, h3, h4, h5, h6, caption, th, td)')]
        .filter((el) => el.getClientRects().length > 0);
      return { boxed: shown.flatMap((el) => words(el.innerText)), printed: words(document.body.innerText) };
    });
    expect(boxed.length, 'the pack has headings and tables').toBeGreaterThan(100);
    const broken = wordsSplitAcrossLines(await pageLines(bytes), new Set(boxed), new Set(printed));
    console.log(`committee-pack-${latest}.pdf: ${new Set(boxed).size} distinct words in headings and table cells, ${broken.length} split across lines`);
    expect(broken, broken.join('\n')).toEqual([]);
  });

  test('leaves no heading or table caption at the foot of a sheet, away from what it introduces', async ({ page }) => {
    const { latest, bytes } = await latestPack(page);
    await page.goto(`${base}pack/${latest}/`);
    await page.emulateMedia({ media: 'print' });
    const headings = await page.locator('main :is(h1, h2, h3, h4, caption)').evaluateAll((els) =>
      els.filter((el) => el.getClientRects().length > 0 && !el.closest('.visually-hidden'))
        .map((el) => (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
    expect(headings.length, 'the pack has headings').toBeGreaterThan(5);
    const lowest = await lowestLines(bytes, MARGINS);
    // The last sheet may end with anything; every other sheet's last line is not a heading's (last) line.
    const orphans = lowest.slice(0, -1).flatMap((line, i) =>
      line.length > 2 && headings.some((heading) => heading.endsWith(line)) ? [`sheet ${i + 1} ends with "${line}"`] : []);
    expect(orphans, orphans.join('\n')).toEqual([]);
  });

  test('draws the SPC icons as vector shapes, with no raster image in the PDF', async ({ page }) => {
    const { latest, bytes } = await latestPack(page);
    // The icons the pack shows on paper (the stylesheet draws each before its words), by colour.
    await page.goto(`${base}pack/${latest}/`);
    await page.emulateMedia({ media: 'print' });
    const shown = await page.locator('main :is([class^="v-"], [class^="a-"])').evaluateAll((els) =>
      els.filter((el) => el.getClientRects().length > 0 && getComputedStyle(el, '::before').backgroundImage.includes('/icons/spc/'))
        .map((el) => el.classList[0]!));
    expect(shown.length, 'the pack shows SPC icons').toBeGreaterThan(0);
    const wanted = new Map<string, number>();
    for (const cls of shown) {
      const icon = SPC_ICONS.find((i) => i.cls === cls);
      expect(icon, cls).toBeDefined();
      wanted.set(icon!.fill, (wanted.get(icon!.fill) ?? 0) + 1);
    }

    const layouts = await pageLayouts(bytes, MARGINS);
    const drawn = new Map<string, number>();
    for (const layout of layouts) for (const [fill, n] of layout.discs) drawn.set(fill, (drawn.get(fill) ?? 0) + n);
    const images = await rasterImages(bytes) + layouts.reduce((n, l) => n + l.inlineImages, 0);
    console.log(`committee-pack-${latest}.pdf: ${shown.length} SPC icons shown; vector discs by colour ${JSON.stringify(Object.fromEntries(drawn))}; ${images} raster images`);
    // Blurred icons were raster tiles: none may be left, of any kind.
    expect(images).toBe(0);
    // Each icon a disc of curves in its own colour (a chart's dots may add to a colour's count).
    for (const [fill, n] of wanted) expect(drawn.get(fill) ?? 0, `discs in ${fill}`).toBeGreaterThanOrEqual(n);
  });

  test('prints the latest quarter as a tagged A4 PDF with bookmarks, in the site’s own fonts', async ({ page }) => {
    const latest = await latestPeriod(page);
    const out = await mkdtemp(path.join(tmpdir(), 'scorecard-pack-'));
    try {
      const { code, stdout, stderr } = await attempt([latest, '--out', out]);
      expect(code, stderr).toBe(0);
      const file = path.join(out, `committee-pack-${latest}.pdf`);
      expect(stdout).toContain(file);
      const bytes = await readFile(file);
      expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
      const facts = await pdfFacts(bytes);
      console.log(`committee-pack-${latest}.pdf: ${facts.pages.length} pages, ${bytes.byteLength} bytes, tagged ${facts.tagged}, ${facts.bookmarks} bookmarks, fonts ${facts.fonts.join(', ')}`);
      expect(facts.pages.length).toBeGreaterThan(3);
      // Every sheet A4, either way up.
      for (const { width, height } of facts.pages) expect([width, height].sort((a, b) => a - b)).toEqual(A4);
      // A screen reader can follow it, and a reader can jump between its parts.
      expect(facts.tagged).toBe(true);
      expect(facts.bookmarks).toBeGreaterThan(2);
      // Styled: the site's sans-serif type, never the browser's default serif of an unstyled page.
      expect(facts.fonts.length).toBeGreaterThan(0);
      expect(facts.fonts.filter((f) => /serif|times/i.test(f) && !/sans/i.test(f))).toEqual([]);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  test('keeps packs beside the site, where the next build does not replace them', async ({ page }) => {
    const latest = await latestPeriod(page);
    const file = path.join(path.dirname(site), 'packs', `committee-pack-${latest}.pdf`);
    try {
      const { code, stderr } = await attempt([latest]);
      expect(code, stderr).toBe(0);
      expect(existsSync(file)).toBe(true);
      // Not inside the folder a build swaps out.
      expect(path.relative(await realpath(site), await realpath(file)).startsWith('..')).toBe(true);
    } finally {
      await rm(file, { force: true });
    }
  });

  test('refuses, writing nothing, when the built site has lost a stylesheet the pack links', async ({ page }) => {
    const latest = await latestPeriod(page);
    const work = await mkdtemp(path.join(tmpdir(), 'scorecard-broken-site-'));
    const copy = path.join(work, 'site');
    try {
      await cp(await realpath(site), copy, { recursive: true });
      const css = (await readdir(path.join(copy, '_astro'))).filter((f) => f.endsWith('.css'));
      expect(css.length).toBeGreaterThan(0);
      for (const f of css) await unlink(path.join(copy, '_astro', f));
      const { code, stderr } = await attempt([latest, '--out', work], { OUT_DIR: copy });
      expect(code).toBe(1);
      expect(stderr).toContain('The PDF was not made');
      expect(stderr).toMatch(/stylesheet \S+\.css/);
      expect(stderr).toContain('npm run build');
      expect(existsSync(path.join(work, `committee-pack-${latest}.pdf`))).toBe(false);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });

  test('names the expected form and the periods it can print when given a wrong one', async () => {
    const malformed = await attempt(['Q3']);
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toContain('YYYY-YY-Qn');
    expect(malformed.stderr).toMatch(/Available periods: \d{4}-\d{2}-Q\d/);
    const unknown = await attempt(['2099-00-Q1']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no quarter 2099-00-Q1');
    expect(unknown.stderr).toMatch(/Available periods: \d{4}-\d{2}-Q\d/);
  });
});
