import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures.ts';
import { PDFDocument } from 'pdf-lib';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');

interface IndicatorsJson {
  periods: string[];
  indicators: { id: string; title: string }[];
}
interface AuditsJson {
  activities: { activity: string; scale: string | null }[];
}

async function getJson<T>(page: Page, url: string): Promise<T> {
  const response = await page.request.get(url);
  expect(response.ok(), `${url} should be published`).toBe(true);
  return (await response.json()) as T;
}

async function latestPeriod(page: Page): Promise<string> {
  const { periods } = await getJson<IndicatorsJson>(page, '/api/indicators.json');
  return periods[periods.length - 1]!;
}

/** The text a pseudo-element adds, with CSS string quotes and attr() resolved as the browser prints it. */
function afterContent(page: Page, selector: string): Promise<string> {
  return page.locator(selector).first().evaluate((el) => getComputedStyle(el, '::after').content);
}

test.describe('printing any page', () => {
  test('hides the navigation, the skip link and the quarter links, and writes out link addresses', async ({ page }) => {
    await page.goto('/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-nav')).toBeHidden();
    await expect(page.locator('.skip-link')).toBeHidden();
    await expect(page.locator('.period-nav')).toBeHidden();
    expect(await page.locator('.site-nav').evaluate((el) => getComputedStyle(el).display)).toBe('none');

    // A link in the text: its address follows it.
    const href = await page.locator('[data-pack-link] a').getAttribute('href');
    expect(await afterContent(page, '[data-pack-link] a')).toContain(href!);
    // Not for links inside tables, where addresses would bury the figures.
    expect(await afterContent(page, 'table.scorecard tbody th a')).toBe('none');

    // On screen, nothing is added and the navigation is there.
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('.site-nav')).toBeVisible();
    expect(await afterContent(page, '[data-pack-link] a')).toBe('none');
  });

  test('names the organisation and the quarter in the running header', async ({ page }) => {
    const latest = await latestPeriod(page);
    await page.goto(`/quarters/${latest}/`);
    // Its own small stylesheet, as the site has no inline styles (src/site/print-header.ts): the rule as the
    // browser loaded it.
    const link = page.locator('head link[rel="stylesheet"][href*="/print/"]');
    await expect(link).toHaveAttribute('media', 'print');
    const rule = await link.evaluate((el) => [...((el as HTMLLinkElement).sheet?.cssRules ?? [])].map((r) => r.cssText).join('\n'));
    expect(rule).toMatch(/@top-left\s*\{\s*content:\s*"Kesterley Borough Council · Scorecard Q\d \d{4}\/\d{2}"/);
    expect(rule).toContain('counter(pages)');
  });

  test('keeps in-page links free of addresses and prints scroll regions in full', async ({ page }) => {
    const latest = await latestPeriod(page);
    await page.goto(`/pack/${latest}/`);
    await page.emulateMedia({ media: 'print' });
    expect(await afterContent(page, '.pack-contents a[href^="#"]')).toBe('none');
    const overflow = await page.locator('.table-wrap').first().evaluate((el) => getComputedStyle(el).overflowX);
    expect(overflow).toBe('visible');
    expect(await page.locator('table.rag-grid thead').evaluate((el) => getComputedStyle(el).display)).toBe('table-header-group');
  });
});

test.describe('the committee pack', () => {
  test('is linked from the scorecard for its quarter', async ({ page }) => {
    const latest = await latestPeriod(page);
    await page.goto('/');
    await page.locator('[data-pack-link] a').click();
    await expect(page).toHaveURL(new RegExp(`/pack/${latest}/$`));
  });

  test('has a cover, the headlines, the scorecard, the RAG grid, QA activity and actions', async ({ page }) => {
    const meta = await getJson<IndicatorsJson>(page, '/api/indicators.json');
    const latest = meta.periods[meta.periods.length - 1]!;
    const audits = await getJson<AuditsJson>(page, `/api/audits/${latest}.json`);
    await page.goto(`/pack/${latest}/`);

    const h1 = page.locator('h1');
    await expect(h1).toHaveCount(1);
    await expect(h1).toContainText("Children's services performance and quality assurance");
    await expect(page.locator('[data-pack-cover]')).toContainText('Kesterley Borough Council');
    await expect(page.locator('[data-pack-cover]')).toContainText('Report to scrutiny');

    await expect(page.locator('[data-headlines] li').first()).toBeVisible();
    await expect(page.locator('table.scorecard tbody tr[data-indicator]')).toHaveCount(meta.indicators.length);
    await expect(page.getByRole('region', { name: 'How to read the ratings' })).toBeVisible();

    const grid = page.locator('table.rag-grid');
    await expect(grid.locator('thead th')).toHaveCount(Math.min(5, meta.periods.length) + 1);
    // Latest first, beside the names.
    await expect(grid.locator('thead th').nth(1)).toContainText(/^Q\d/);
    await expect(grid.locator('thead th').nth(1)).toHaveAttribute('data-period', latest);
    await expect(grid.locator('tbody tr[data-indicator] td:first-of-type')).toHaveCount(meta.indicators.length);

    expect(audits.activities.length).toBeGreaterThan(0);
    // Audits done but not graded have no section of grades.
    for (const { activity } of audits.activities.filter((a) => a.scale !== null)) {
      await expect(page.locator(`section.activity[data-activity="${activity}"] h3`)).toHaveText(activity);
    }
    await expect(page.locator('[data-pack-section="findings"] h3').first()).toBeVisible();
    await expect(page.locator('[data-pack-section="actions"] h2')).toContainText('Improvement actions at');
    await expect(page.locator('table[data-table="actions-overdue"] tbody tr').first()).toBeVisible();
  });

  test('has ordered headings, and captions and header scopes on every table', async ({ page }) => {
    await page.goto(`/pack/${await latestPeriod(page)}/`);
    const levels = await page.locator('main :is(h1, h2, h3, h4, h5, h6)').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `heading ${i + 1}`).toBeLessThanOrEqual(1);

    const tables = await page.locator('main table').evaluateAll((ts) =>
      ts.map((t) => ({
        caption: t.querySelector('caption')?.textContent?.trim() ?? '',
        // A scope, or (in the scorecard, whose parts carry their table roles) the role of a column or row header.
        unscoped: [...t.querySelectorAll('th')].filter((th) => !th.getAttribute('scope') && !/^(column|row)header$/.test(th.getAttribute('role') ?? '')).length,
      })),
    );
    expect(tables.length).toBeGreaterThan(10);
    for (const table of tables) {
      expect(table.caption).not.toBe('');
      expect(table.unscoped).toBe(0);
    }
    const ids = await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('gives the cover a sheet of its own, starts the scorecard on a new sheet, runs the other parts on, each heading kept with what follows', async ({ page }) => {
    await page.goto(`/pack/${await latestPeriod(page)}/`);
    await page.emulateMedia({ media: 'print' });
    const parts = await page.locator('main [data-pack-section]').evaluateAll((els) =>
      els.map((el) => ({ part: el.getAttribute('data-pack-section'), breakBefore: getComputedStyle(el).breakBefore })));
    expect(parts.length).toBeGreaterThanOrEqual(5);
    // The headlines start the sheet after the cover; every later part runs on, so no sheet is left mostly blank.
    expect(parts[0]).toEqual({ part: 'headlines', breakBefore: 'page' });
    for (const { part, breakBefore } of parts.slice(1)) expect(breakBefore, part!).not.toBe('page');
    // Except the scorecard itself (after its keys): its heading and introduction start a sheet with its first rows.
    expect(await page.locator('section:has(> #scorecard-heading)').evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
    // Each part's heading (the contents list names them) stays with what follows it.
    const ids = await page.locator('.pack-contents a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.slice(1)));
    expect(ids.length).toBe(parts.length);
    for (const id of ids) expect(await page.locator(`#${id}`).evaluate((h) => getComputedStyle(h).breakAfter), id).toBe('avoid');
    await expect(page.locator('.site-header')).toBeHidden();
  });

  test.describe('on A4 paper', () => {
    // Laid out as Chromium prints it: print media at the width inside print.css's A4 margins (210 mm less 15 mm
    // each side), where a line breaks exactly as on the sheet.
    const A4_CONTENT_WIDTH = Math.floor(((210 - 2 * 15) / 25.4) * 96);
    test.use({ viewport: { width: A4_CONTENT_WIDTH, height: 1100 } });

    test('breaks no word of a heading or a table cell across two lines, and nothing is wider than the sheet', async ({ page }) => {
      test.setTimeout(90_000);
      const latest = await latestPeriod(page);
      for (const url of [`/pack/${latest}/`, `/quarters/${latest}/`]) {
        await page.goto(url);
        await page.emulateMedia({ media: 'print' });
        // Nothing wider than the sheet, which would make Chromium shrink every page to fit it.
        expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(A4_CONTENT_WIDTH);
        const broken = await page.evaluate(() => {
          const found: string[] = [];
          const boxes = [...document.querySelectorAll('main :is(h1, h2, h3, h4, caption, th, td)')];
          const shown = (el: Element) => el.getClientRects().length > 0 && !el.closest('.visually-hidden');
          // A word split by the browser has parts on two lines: boxes that do not overlap vertically.
          const splits = (rects: DOMRect[]) => rects.some((a) => rects.some((b) => b.top >= a.bottom - 0.5));
          for (const box of boxes.filter(shown)) {
            const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              if (!node.parentElement || !shown(node.parentElement)) continue;
              const text = node.textContent ?? '';
              // Words, as a line may break only at a space or after a hyphen or dash.
              for (const match of text.matchAll(/[^\s\-‐-―]+/g)) {
                const range = document.createRange();
                range.setStart(node, match.index);
                range.setEnd(node, match.index + match[0].length);
                if (splits([...range.getClientRects()].filter((r) => r.width > 0))) found.push(`${box.tagName.toLowerCase()} "${match[0]}" in "${(box.textContent ?? '').trim().slice(0, 60)}"`);
              }
            }
          }
          // Generated text (a comparator's name, a label) is no text node: with breaks inside words forbidden
          // everywhere, a heading or cell that breaks a word would change height or overflow.
          const heights = boxes.map((el) => el.getBoundingClientRect().height);
          const sheet = [...document.styleSheets].find((s) => s.media.mediaText === '' && (s.href ?? '').startsWith(location.origin))!;
          const rule = sheet.insertRule('*, ::before, ::after { overflow-wrap: normal !important; word-break: normal !important; hyphens: manual !important; }', sheet.cssRules.length);
          boxes.forEach((el, i) => {
            if (!shown(el)) return;
            const { height } = el.getBoundingClientRect();
            if (Math.abs(height - heights[i]!) > 0.5 || el.scrollWidth > el.clientWidth + 1) {
              found.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 60)}" (${Math.round(heights[i]!)} px tall, ${Math.round(height)} px with whole words)`);
            }
          });
          sheet.deleteRule(rule);
          return found;
        });
        expect(broken, `${url}:\n${broken.join('\n')}`).toEqual([]);
      }
    });
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`has no WCAG 2.2 A or AA violations (${scheme} colour scheme)`, async ({ page }) => {
      // The whole pack is one long page: axe needs more than the default 30 s when the machine is busy.
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/pack/${await latestPeriod(page)}/`);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
      const failures = results.violations.map((v) => `${v.id} (${v.impact}) ${v.help}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      expect(failures, failures.join('\n')).toEqual([]);
    });
  }

  test.describe('on the narrowest phone (320 px)', () => {
    test.use({ viewport: { width: 320, height: 800 } });
    test('is no wider than the screen: wide tables scroll inside a labelled region a keyboard can reach', async ({ page }) => {
      await page.goto(`/pack/${await latestPeriod(page)}/`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      const tables = await page.locator('main table').evaluateAll((ts) =>
        ts.map((t) => {
          const region = t.closest('[role="region"]');
          const name = region?.getAttribute('aria-labelledby');
          return {
            caption: t.querySelector('caption')?.textContent?.trim() ?? '',
            wide: t.scrollWidth > (t.parentElement?.clientWidth ?? 0),
            focusable: region?.getAttribute('tabindex') === '0',
            named: Boolean(name && document.getElementById(name)?.textContent?.trim()),
            scrolls: region ? getComputedStyle(region).overflowX === 'auto' : false,
          };
        }),
      );
      // The demo's pack has wide tables (the scorecard, the RAG grid), so the check below is not empty.
      expect(tables.filter((t) => t.wide).length).toBeGreaterThan(0);
      for (const table of tables.filter((t) => t.wide)) expect(table, table.caption).toMatchObject({ focusable: true, named: true, scrolls: true });
    });
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('is all there', async ({ page }) => {
      const meta = await getJson<IndicatorsJson>(page, '/api/indicators.json');
      await page.goto(`/pack/${meta.periods[0]}/`);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('table.scorecard tbody tr[data-indicator]')).toHaveCount(meta.indicators.length);
      await expect(page.locator('table.rag-grid tbody tr[data-indicator]')).toHaveCount(meta.indicators.length);
    });
  });
});
