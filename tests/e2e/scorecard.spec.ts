import { expect, test, type Page } from './fixtures.ts';

interface ScorecardJson {
  period: string;
  label: string;
  previous_period: string | null;
  indicators: { id: string; title: string; theme: string; rag: string; direction: string; comparators: { id: string; judgement: string }[] }[];
}
interface IndicatorsJson {
  periods: string[];
  comparators: { id: string; label: string }[];
  indicators: { id: string; title: string; theme: string }[];
}

async function getJson<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path);
  expect(response.ok(), `${path} should be published`).toBe(true);
  return (await response.json()) as T;
}

test.describe('home page: the latest scorecard', () => {
  test('opens on the latest quarter, with a summary that matches the table', async ({ page }) => {
    const meta = await getJson<IndicatorsJson>(page, '/api/indicators.json');
    const latest = meta.periods[meta.periods.length - 1]!;
    const scorecard = await getJson<ScorecardJson>(page, `/api/scorecard/${latest}.json`);

    await page.goto('/');
    await expect(page.locator('h1')).toContainText(scorecard.label);
    await expect(page.locator('h1')).toHaveCount(1);

    // Summary counts agree with the ratings in the tables and in the published data.
    for (const rag of ['green', 'amber', 'red'] as const) {
      const expected = scorecard.indicators.filter((i) => i.rag === rag).length;
      await expect(page.locator(`[data-rag-count="${rag}"] .summary__count`)).toHaveText(String(expected));
      await expect(page.locator(`table.scorecard td[data-cell="rag"] [data-rag="${rag}"]`)).toHaveCount(expected);
    }
    // The SPC tiles count the Variation words in the table (real change, not rises and falls since last quarter).
    const variations = (await page.locator('table.scorecard tr[data-indicator] [data-cell="variation"]').allInnerTexts()).map((t) => t.trim());
    const count = (pattern: RegExp) => String(variations.filter((v) => pattern.test(v)).length);
    await expect(page.locator('[data-spc-count="concern"] .summary__count')).toHaveText(count(/^Concern/));
    await expect(page.locator('[data-spc-count="improvement"] .summary__count')).toHaveText(count(/^Improvement/));
    await expect(page.locator('[data-direction-count]')).toHaveCount(0);
  });

  test('lists every indicator under its theme with value, target, rating in words, direction and comparators', async ({ page }) => {
    const meta = await getJson<IndicatorsJson>(page, '/api/indicators.json');
    const scorecard = await getJson<ScorecardJson>(page, `/api/scorecard/${meta.periods.at(-1)}.json`);
    await page.goto('/');
    const themes = [...new Set(meta.indicators.map((i) => i.theme))];
    for (const theme of themes) await expect(page.getByRole('heading', { level: 3, name: theme, exact: true })).toBeVisible();
    await expect(page.locator('table.scorecard tbody tr[data-indicator]')).toHaveCount(meta.indicators.length);

    const first = meta.indicators[0]!;
    const row = page.locator(`tr[data-indicator="${first.id}"]`);
    await expect(row.getByRole('link', { name: first.title })).toHaveAttribute('href', `/indicators/${first.id}/`);
    await expect(row.locator('[data-cell="rag"]')).toHaveText(/Green|Amber|Red|No target|No data/);
    await expect(row.locator('[data-cell="direction"]')).toHaveText(/Improving|Worsening|Up|Down|No change|Not applicable/);
    // The comparisons share a column; each area's figure follows its name, in the page's own text.
    await expect(page.locator('table.scorecard thead').getByRole('columnheader', { name: 'Compared with' })).toBeVisible();
    for (const comparator of meta.comparators) {
      const withFigure = scorecard.indicators.find((i) => i.comparators.some((c) => c.id === comparator.id && c.judgement !== 'not_applicable'))!;
      const cell = page.locator(`tr[data-indicator="${withFigure.id}"] [data-comparator="${comparator.id}"]`);
      await expect(cell).toBeVisible();
      expect((await cell.innerText()).replace(/\s+/g, ' ').trim().startsWith(`${comparator.label} `), `${withFigure.id}: ${comparator.label}`).toBe(true);
    }
  });

  test('explains the RAG rule one tap away, on the page about reading the scorecard', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'How to read this scorecard' }).click();
    await expect(page).toHaveURL(/\/about\/reading\/$/);
    const legend = page.getByRole('region', { name: 'How to read the ratings' });
    await expect(legend).toContainText('meets its target');
    await expect(legend).toContainText('tolerance');
  });
});

test.describe('the archive', () => {
  test('every quarter has its own scorecard, linked to the previous and next', async ({ page }) => {
    const meta = await getJson<IndicatorsJson>(page, '/api/indicators.json');
    await page.goto('/quarters/');
    await expect(page.locator('tbody tr')).toHaveCount(meta.periods.length);

    const [oldest, second] = meta.periods;
    await page.goto(`/quarters/${second}/`);
    await page.getByRole('link', { name: /^Previous quarter/ }).click();
    await expect(page).toHaveURL(new RegExp(`/quarters/${oldest}/$`));
    await expect(page.getByRole('link', { name: /^Previous quarter/ })).toHaveCount(0);
    await page.getByRole('link', { name: /^Next quarter/ }).click();
    await expect(page).toHaveURL(new RegExp(`/quarters/${second}/$`));
  });
});

test.describe('an indicator trend page', () => {
  test('shows the chart as SVG with a text alternative, and the same series as a table', async ({ page }) => {
    const meta = await getJson<IndicatorsJson>(page, '/api/indicators.json');
    const indicator = meta.indicators[0]!;
    await page.goto('/');
    await page.getByRole('link', { name: indicator.title, exact: true }).first().click();
    await expect(page).toHaveURL(new RegExp(`/indicators/${indicator.id}/$`));
    await expect(page.locator('h1')).toContainText(indicator.title);

    const chart = page.getByRole('img', { name: `Chart: ${indicator.title}, by quarter` });
    await expect(chart).toBeVisible();
    expect(await chart.evaluate((el) => el.tagName.toLowerCase())).toBe('svg');
    const summary = await page.locator('[data-chart-summary]').textContent();
    expect(summary?.length).toBeGreaterThan(20);
    await expect(chart.locator('desc')).toHaveText(summary!);

    const table = page.locator('table[data-table="trend"]');
    await expect(table.locator('caption')).toContainText(indicator.title);
    await expect(table.locator('tbody tr')).toHaveCount(meta.periods.length);
  });
});

test.describe('the RAG grid', () => {
  test('has a page per theme, with a row per indicator and a column per quarter, each cell a rating in words and a value', async ({ page }) => {
    const meta = await getJson<IndicatorsJson>(page, '/api/indicators.json');
    const latest = meta.periods[meta.periods.length - 1]!;
    const scorecard = await getJson<ScorecardJson>(page, `/api/scorecard/${latest}.json`);
    await page.goto('/rag-grid/');
    const themePages = await page.locator('[data-rag-grid-theme] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(themePages).toHaveLength(new Set(meta.indicators.map((i) => i.theme)).size);
    let rows = 0;
    for (const href of themePages) {
      await page.goto(href);
      const grid = page.locator('table.rag-grid');
      await expect(grid.locator('thead th')).toHaveCount(meta.periods.length + 1);
      // Latest first: the quarter a reader comes for sits beside the names.
      await expect(grid.locator('thead th').nth(1)).toHaveAttribute('data-period', latest);
      await expect(grid.locator('thead th').last()).toHaveAttribute('data-period', meta.periods[0]!);
      const ids = await grid.locator('tbody tr[data-indicator]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-indicator')!));
      rows += ids.length;
      for (const indicator of scorecard.indicators.filter((i) => ids.includes(i.id)).slice(0, 2)) {
        const cell = grid.locator(`tr[data-indicator="${indicator.id}"] td`).first();
        await expect(cell).toHaveClass(`cell--${indicator.rag}`);
        await expect(cell.locator('.rag')).toHaveText(/Green|Amber|Red|No target|No data/);
      }
    }
    expect(rows).toBe(meta.indicators.length);
  });
});

test.describe('the RAG grid on a laptop screen (1280 × 800)', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  test('shows the latest quarter without scrolling, and keeps the names in view when the quarters scroll', async ({ page }) => {
    const meta = await getJson<IndicatorsJson>(page, '/api/indicators.json');
    const latest = meta.periods[meta.periods.length - 1]!;
    await page.goto('/rag-grid/');
    await page.locator('[data-rag-grid-theme] a').first().click();
    const grid = page.locator('table.rag-grid');
    const latestHeader = grid.locator(`thead th[data-period="${latest}"]`);
    const box = (await latestHeader.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
    expect(box.y + box.height, 'the latest quarter is seen without scrolling down').toBeLessThanOrEqual(800);
    // The first row's latest figure is on screen too.
    const firstCell = (await grid.locator('tbody tr[data-indicator]').first().locator('td').first().boundingBox())!;
    expect(firstCell.y + firstCell.height).toBeLessThanOrEqual(800);

    // The grid scrolls sideways inside a region a keyboard can reach, named by the caption.
    const region = page.getByRole('region', { name: await grid.locator('caption').innerText() });
    await expect(region).toHaveAttribute('tabindex', '0');
    const name = grid.locator('tbody th[scope="row"]').first();
    const before = (await name.boundingBox())!;
    await region.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(100);
    const after = (await name.boundingBox())!;
    expect(after.x, 'the indicator name stays where it was').toBeCloseTo(before.x, 0);
    expect(await name.evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the scorecard, a trend chart and the grid are all there', async ({ page }) => {
    const meta = await getJson<IndicatorsJson>(page, '/api/indicators.json');
    await page.goto('/');
    await expect(page.locator('table.scorecard tbody tr[data-indicator]')).toHaveCount(meta.indicators.length);
    await page.goto(`/indicators/${meta.indicators[0]!.id}/`);
    await expect(page.locator('figure.chart svg[role="img"]').first()).toBeVisible();
    await page.goto('/rag-grid/');
    await page.locator('[data-rag-grid-theme] a').first().click();
    const theme = meta.indicators[0]!.theme;
    await expect(page.locator('table.rag-grid tbody tr[data-indicator]')).toHaveCount(meta.indicators.filter((i) => i.theme === theme).length);
  });
});
