// Each scorecard row carries its quarter's SPC variation and assurance, as an icon and in words, matching the
// published /api/indicators/<id>.json; a plain-English page explains them; the RAG grid and the committee pack
// carry the same signals (issue 10, item 3).
import AxeBuilder from '@axe-core/playwright';
import { PDFDocument } from 'pdf-lib';
import { expect, test, type Page } from './fixtures.ts';

interface IndicatorJson {
  id: string;
  polarity: 'higher_is_better' | 'lower_is_better' | 'neutral';
  points: { period: string; value: number | null; target: number | null }[];
  spc: null | { assurance: string | null; process_changed: boolean; points: { period: string; variation: string }[] };
}

// The words the scorecard promises for each reading (src/domain/spc/wording.ts says them; written out here so a
// change of wording is a deliberate one).
const VARIATION: Record<string, string> = {
  common_cause: 'Common cause',
  improvement: 'Improvement',
  concern: 'Concern',
  neutral_high: 'Unusually high',
  neutral_low: 'Unusually low',
};
const ASSURANCE: Record<string, string> = { consistent_pass: 'Consistently passes', consistent_fail: 'Consistently fails', inconsistent: 'Hit and miss' };
// The icon file each reading shows: the Making Data Count meaning, high or low by its letter.
const ASSURANCE_ICON: Record<string, string> = { consistent_pass: 'pass', consistent_fail: 'fail', inconsistent: 'hit-and-miss' };

function side(variation: string, polarity: IndicatorJson['polarity']): 'high' | 'low' | null {
  if (variation === 'improvement') return polarity === 'higher_is_better' ? 'high' : 'low';
  if (variation === 'concern') return polarity === 'higher_is_better' ? 'low' : 'high';
  return null;
}

function expected(json: IndicatorJson, period: string): { variation: string; variationIcon: string | null; assurance: string | null; assuranceIcon: string | null } {
  if (json.spc === null) {
    const values = json.points.filter((p) => p.value !== null).length;
    return { variation: `Too few quarters (${values} of 12)`, variationIcon: null, assurance: null, assuranceIcon: null };
  }
  const point = json.spc.points.find((p) => p.period === period);
  const s = point ? side(point.variation, json.polarity) : null;
  const variation = !point ? 'No figure' : s ? `${VARIATION[point.variation]} (${s === 'high' ? 'higher' : 'lower'})` : VARIATION[point.variation]!;
  const variationIcon = !point ? null : point.variation === 'common_cause' ? 'common-cause' : `${point.variation.replace(/_(high|low)$/, '')}-${s ?? point.variation.split('_')[1]}`;
  const target = json.points.find((p) => p.period === period)?.target ?? null;
  // Where the process has changed (issue 15), no pass or fail is read from limits that describe an earlier process.
  const changed = json.spc.assurance !== null && json.spc.process_changed;
  const assurance = changed ? 'Process changed: limits need recalculating' : json.spc.assurance ? ASSURANCE[json.spc.assurance]! : target === null ? 'No target' : 'Not assessed';
  return { variation, variationIcon, assurance, assuranceIcon: json.spc.assurance && !changed ? ASSURANCE_ICON[json.spc.assurance]! : null };
}

async function indicators(page: Page): Promise<{ latest: string; all: IndicatorJson[] }> {
  const meta = (await (await page.request.get('/api/indicators.json')).json()) as { periods: string[]; indicators: { id: string }[] };
  const all = await Promise.all(meta.indicators.map(async (i) => (await (await page.request.get(`/api/indicators/${i.id}.json`)).json()) as IndicatorJson));
  return { latest: meta.periods.at(-1)!, all };
}

/** Each scorecard row's Variation and Assurance cells: text, the icon file the stylesheet draws before it, and the column heading above it. */
async function spcCells(page: Page) {
  return page.locator('table.scorecard').evaluateAll((tables) =>
    tables.flatMap((table) => {
      const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
      return [...table.querySelectorAll<HTMLTableRowElement>('tbody tr[data-indicator]')].map((row) => {
        const cell = (name: string) => {
          const td = row.querySelector<HTMLTableCellElement>(`[data-cell="${name}"]`);
          if (!td) return null;
          const before = getComputedStyle(td, '::before');
          const icon = /\/icons\/spc\/([a-z-]+)\.svg/.exec(before.backgroundImage)?.[1] ?? null;
          return { text: td.textContent!.trim(), icon, content: before.content, colspan: td.colSpan, header: headers[td.cellIndex] };
        };
        return { id: row.dataset.indicator!, variation: cell('variation')!, assurance: cell('assurance') };
      });
    }),
  );
}

test('every row on the latest scorecard shows the variation and assurance that its indicator file gives', async ({ page }) => {
  const { latest, all } = await indicators(page);
  // The demo has indicators with and without SPC, and special-cause signals to show.
  expect(all.some((i) => i.spc === null)).toBe(true);
  expect(all.some((i) => i.spc?.points.find((p) => p.period === latest && p.variation !== 'common_cause'))).toBe(true);
  await page.goto('/');
  const rows = await spcCells(page);
  expect(rows.map((r) => r.id).sort()).toEqual(all.map((i) => i.id).sort());
  for (const row of rows) {
    const want = expected(all.find((i) => i.id === row.id)!, latest);
    expect(row.variation.text, `${row.id}: variation`).toBe(want.variation);
    expect(row.variation.icon, `${row.id}: variation icon`).toBe(want.variationIcon);
    expect(row.variation.header, row.id).toBe('Variation');
    if (want.assurance === null) {
      // Too few quarters: one cell says so across both columns.
      expect(row.variation.colspan, row.id).toBe(2);
      expect(row.assurance, row.id).toBeNull();
    } else {
      expect(row.assurance?.header, row.id).toBe('Assurance');
      expect(row.assurance?.text, `${row.id}: assurance`).toBe(want.assurance);
      expect(row.assurance?.icon, `${row.id}: assurance icon`).toBe(want.assuranceIcon);
    }
    // The icon is drawn with no text of its own to read out: the words in the cell say it.
    for (const cell of [row.variation, row.assurance]) if (cell?.icon) expect(cell.content).toBe('""');
  }
});

test('the icons are same-origin SVG files, with no image in the scorecard left without a text alternative', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('table.scorecard img:not([alt])')).toHaveCount(0);
  const icons = [...new Set((await spcCells(page)).flatMap((r) => [r.variation.icon, r.assurance?.icon]).filter((i): i is string => Boolean(i)))];
  expect(icons.length).toBeGreaterThan(2);
  for (const icon of icons) {
    const response = await page.request.get(`/icons/spc/${icon}.svg`);
    expect(response.status(), icon).toBe(200);
    expect(response.headers()['content-type'], icon).toContain('image/svg+xml');
    // A well-formed drawing: the browser opens it as an SVG document, not an XML error page.
    await page.goto(`/icons/spc/${icon}.svg`);
    expect(await page.evaluate(() => document.documentElement.localName)).toBe('svg');
    await expect(page.locator('parsererror')).toHaveCount(0);
  }
});

test('the column headers lead to a plain-English page on SPC, linked from every page’s footer', async ({ page }) => {
  await page.goto('/');
  const header = page.locator('table.scorecard thead').first().getByRole('link', { name: 'Variation', exact: true });
  await header.click();
  await expect(page).toHaveURL(/\/about\/spc\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How we tell a real change from normal variation');
  // Each icon shown with its meaning, and the four rules.
  await expect(page.locator('[data-spc-key="variation"] li')).toHaveCount(7);
  // The three assurance icons, and the words said instead where the process has changed.
  await expect(page.locator('[data-spc-key="assurance"] li')).toHaveCount(4);
  await expect(page.locator('[data-spc-rules] li')).toHaveCount(4);
  await expect(page.locator('main')).toContainText('Making Data Count');
  await expect(page.locator('main')).toContainText('NHSRplotthedots');
  await page.goto('/data/');
  await expect(page.locator('footer').getByRole('link', { name: /normal variation/ })).toHaveAttribute('href', '/about/spc/');
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} colour scheme`, () => {
    test.use({ colorScheme: scheme });
    test('the SPC page has no WCAG 2.2 A or AA violations and headings that never skip a level', async ({ page }) => {
      await page.goto('/about/spc/');
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
      const failures = results.violations.map((v) => `${v.id} (${v.impact}) ${v.help}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      expect(failures, failures.join('\n')).toEqual([]);
      const levels = await page.locator('main :is(h1, h2, h3, h4)').evaluateAll((els) => els.map((el) => Number(el.tagName[1])));
      expect(levels[0]).toBe(1);
      for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
    });
  });
}

test('the RAG grid marks each special-cause quarter in words, with its key below', async ({ page }) => {
  const { all } = await indicators(page);
  const themePage = /href="(\/rag-grid\/[^"]+\/)"/.exec(await (await page.request.get('/rag-grid/')).text())![1]!;
  await page.goto(themePage);
  const rowIds = await page.locator('table.rag-grid tr[data-indicator]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.indicator!));
  const periods = await page.locator('table.rag-grid thead th[data-period]').evaluateAll((ths) => ths.map((th) => (th as HTMLElement).dataset.period!));
  let marked = 0;
  for (const id of rowIds) {
    const json = all.find((i) => i.id === id)!;
    const cells = page.locator(`table.rag-grid tr[data-indicator="${id}"] td`);
    // The grid's latest quarter reads as the latest scorecard does.
    const latest = json.spc?.points.find((p) => p.period === periods[0]);
    const mark = cells.first().locator('.spc-mark');
    if (latest && latest.variation !== 'common_cause') {
      await expect(mark, id).toHaveText(expected(json, periods[0]!).variation);
      marked += 1;
    } else {
      await expect(mark, id).toHaveCount(0);
    }
  }
  expect(marked, 'some indicator of the theme is a special-cause signal in the latest quarter').toBeGreaterThan(0);
  await expect(page.locator('[data-spc-legend]')).toContainText('Concern (higher)');
  await expect(page.locator('[data-spc-legend]')).toContainText('Hit and miss');
});

test('the committee pack carries the signals, with officers’ commentary under the row it explains', async ({ page }) => {
  const { latest, all } = await indicators(page);
  const scorecard = (await (await page.request.get(`/api/scorecard/${latest}.json`)).json()) as { indicators: { id: string; commentary: string }[] };
  await page.goto(`/pack/${latest}/`);
  const rows = await spcCells(page);
  expect(rows).toHaveLength(all.length);
  for (const row of rows) expect(row.variation.text, row.id).toBe(expected(all.find((i) => i.id === row.id)!, latest).variation);
  await expect(page.locator('[data-pack-section="rag-grid"] .spc-mark').first()).toBeVisible();
  await expect(page.locator('[data-pack-section="rag-grid"] [data-spc-legend]')).toBeVisible();
  // No commentary section at the foot of the scorecard: each "why" follows its row.
  await expect(page.locator('#commentary-heading')).toHaveCount(0);
  const explained = scorecard.indicators.filter((i) => i.commentary.trim() !== '');
  expect(explained.length).toBeGreaterThan(0);
  for (const indicator of explained) {
    const next = page.locator(`table.scorecard tr[data-indicator="${indicator.id}"] + tr`);
    await expect(next).toHaveClass('commentary-row');
    await expect(next).toContainText(indicator.commentary.trim().slice(0, 40));
  }
});

test('the printed pack keeps the scorecard, with its SPC columns, on portrait sheets like the rest', async ({ page }) => {
  const { latest } = await indicators(page);
  await page.goto(`/pack/${latest}/`);
  const pdf = await PDFDocument.load(await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
  const shapes = pdf.getPages().map((p) => (p.getSize().width > p.getSize().height ? 'L' : 'P')).join('');
  // An agenda pack is portrait: variation and assurance share a column of the compact printed table.
  expect(shapes).toMatch(/^P+$/);
});

test('the open data page links every indicator’s file with its SPC reading', async ({ page }) => {
  const { all } = await indicators(page);
  await page.goto('/data/');
  const hrefs = await page.locator('[data-indicator-files] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.sort()).toEqual(all.map((i) => `/api/indicators/${i.id}.json`).sort());
});
