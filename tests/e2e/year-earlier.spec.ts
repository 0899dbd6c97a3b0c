// Quarterly figures are seasonal, so the scorecard compares each indicator with the same quarter a year earlier
// as well as with the quarter before. The expectations come from the published open data, not from the page.
import Papa from 'papaparse';
import { expect, test, type Page } from './fixtures.ts';

interface IndicatorsJson {
  periods: string[];
  indicators: { id: string; title: string; polarity: 'higher_is_better' | 'lower_is_better' | 'neutral' }[];
}

/** `2025-26-Q3` → `2024-25-Q3`. */
function yearEarlier(period: string): string {
  const [, start, quarter] = /^(\d{4})-\d{2}-(Q[1-4])$/.exec(period)!;
  const year = Number(start) - 1;
  return `${year}-${String((year + 1) % 100).padStart(2, '0')}-${quarter}`;
}

/** `2024-25-Q3` → `Q3 2024/25`, as the column headings name a quarter. */
function shortLabel(period: string): string {
  const [, start, end, quarter] = /^(\d{4})-(\d{2})-(Q[1-4])$/.exec(period)!;
  return `${quarter} ${start}/${end}`;
}

/** The direction word the scorecard uses for a change from `before` to `now`. */
function expectedDirection(now: string, before: string, polarity: IndicatorsJson['indicators'][number]['polarity']): string {
  if (now === '' || now === 'c' || before === '' || before === 'c') return 'Not applicable';
  const [a, b] = [Number(now), Number(before)];
  if (a === b) return 'No change';
  if (polarity === 'neutral') return a > b ? 'Up' : 'Down';
  return (a > b) === (polarity === 'higher_is_better') ? 'Improving' : 'Worsening';
}

async function publishedValues(page: Page): Promise<Map<string, string>> {
  const csv = await (await page.request.get('/api/scorecards.csv')).text();
  const rows = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
  return new Map(rows.map((row) => [`${row.period} ${row.indicator_id}`, row.value ?? '']));
}

for (const where of ['the home page', "the latest quarter's committee pack"] as const) {
  test(`${where}: every indicator shows the same quarter a year earlier, its figure and the direction since`, async ({ page }) => {
    const meta = (await (await page.request.get('/api/indicators.json')).json()) as IndicatorsJson;
    const latest = meta.periods.at(-1)!;
    const earlier = yearEarlier(latest);
    const values = await publishedValues(page);
    await page.goto(where === 'the home page' ? '/' : `/pack/${latest}/`);

    // Every scorecard table names the year-earlier quarter in a column heading of its own.
    const tables = page.locator('table.scorecard');
    expect(await tables.count()).toBeGreaterThan(0);
    for (const table of await tables.all()) {
      await expect(table.locator('thead th', { hasText: `Since ${shortLabel(earlier)}` })).toHaveCount(1);
    }

    await expect(page.locator('table.scorecard tbody tr[data-indicator]')).toHaveCount(meta.indicators.length);
    let compared = 0;
    for (const indicator of meta.indicators) {
      const cell = page.locator(`table.scorecard tr[data-indicator="${indicator.id}"] td[data-cell="year-earlier"]`);
      const then = values.get(`${earlier} ${indicator.id}`) ?? '';
      const now = values.get(`${latest} ${indicator.id}`) ?? '';
      const text = (await cell.innerText()).replace(/\s+/g, ' ');
      const label = `${indicator.id}: "${text}"`;
      expect(text, label).toContain(expectedDirection(now, then, indicator.polarity));
      // What the figure was, after the word "was", in the page's own text (so it is read and copied with it).
      await expect(cell.locator('small'), label).toHaveCount(1);
      const small = (await cell.locator('small').innerText()).trim();
      expect(small, label).toMatch(/^was /);
      const was = small.replace(/^was /, '');
      if (then === '') expect(was, label).toBe('No data');
      else if (then === 'c') expect(was, label).toMatch(/^c\b/);
      else {
        // The figure as published, to the precision the page shows it.
        const shown = was.replace(/[,%]/g, '');
        expect(shown, label).toMatch(/^-?\d+(\.\d+)?$/);
        const decimals = shown.split('.')[1]?.length ?? 0;
        expect(Math.abs(Number(shown) - Number(then)), label).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-9);
        compared += 1;
      }
    }
    // The demo has a full year of history: a test that compared nothing would prove nothing.
    expect(compared).toBeGreaterThan(meta.indicators.length / 2);
  });
}
