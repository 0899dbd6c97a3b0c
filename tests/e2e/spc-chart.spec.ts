// The SPC chart on indicator pages (issue 10, item 3): the mean and process limits, points marked by variation in
// shape and word as well as colour, a rebase shown as a break with its reason, and the reason there is no chart
// when an indicator has too few values. Expectations come from /api/indicators/<id>.json.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures.ts';

interface SpcPointJson { period: string; variation: string; rule: string | null; mean?: number }
interface IndicatorJson {
  id: string;
  polarity: 'higher_is_better' | 'lower_is_better' | 'neutral';
  points: { period: string; value: number | null }[];
  spc: null | { mean: number; upper_limit: number; lower_limit: number; points: SpcPointJson[] };
}

/** The word each special-cause variation is named by, on the chart and in its key and table. */
const WORD: Record<string, string> = {
  improvement: 'Improvement',
  concern: 'Concern',
  neutral_high: 'Unusually high',
  neutral_low: 'Unusually low',
};

async function allIndicators(page: Page): Promise<IndicatorJson[]> {
  const meta = (await (await page.request.get('/api/indicators.json')).json()) as { indicators: { id: string }[] };
  return Promise.all(meta.indicators.map(async ({ id }) => (await (await page.request.get(`/api/indicators/${id}.json`)).json()) as IndicatorJson));
}

/** Which way a point departs: high (above, rising), low, or none for common cause. */
function side(variation: string, polarity: IndicatorJson['polarity']): 'high' | 'low' | 'none' {
  if (variation === 'common_cause') return 'none';
  if (variation === 'neutral_high') return 'high';
  if (variation === 'neutral_low') return 'low';
  return (variation === 'improvement') === (polarity === 'higher_is_better') ? 'high' : 'low';
}

/** 2024-25-Q3 as the site writes it: Q3 2024/25. */
function quarterLabel(period: string): string {
  const [, start, end, quarter] = /^(\d{4})-(\d{2})-Q(\d)$/.exec(period)!;
  return `Q${quarter} ${start}/${end}`;
}

/** The chart's markers, left to right: their x position and shape (path and rotation, never colour). */
async function markers(page: Page) {
  const shapes = await page.locator('figure[data-spc-chart] svg g.spc-point path').evaluateAll((paths) =>
    paths.map((p) => {
      const transform = p.getAttribute('transform') ?? '';
      return { x: Number(/translate\(([^,]+),/.exec(transform)![1]), shape: `${p.getAttribute('d')} ${/rotate\([^)]*\)/.exec(transform)?.[0] ?? ''}` };
    }),
  );
  return shapes.sort((a, b) => a.x - b.x);
}

test('the SPC chart draws the mean and process limits and marks special causes by shape and word, not colour alone', async ({ page }) => {
  const indicators = (await allIndicators(page)).filter((i) => i.spc !== null);
  const withSignals = indicators.find((i) => i.spc!.points.some((p) => p.variation === 'common_cause') && i.spc!.points.some((p) => p.variation !== 'common_cause'));
  expect(withSignals, 'an indicator with both common-cause and special-cause points').toBeDefined();
  const { id, polarity, spc } = withSignals!;
  await page.goto(`/indicators/${id}/`);
  const svg = page.locator('figure[data-spc-chart] svg[role="img"]');
  await expect(svg).toBeVisible();

  // One mean and two limits per segment of the limits, the mean drawn between them.
  const segments = 1 + spc!.points.filter((p, i) => i > 0 && p.mean !== undefined && p.mean !== spc!.points[i - 1]!.mean).length;
  await expect(svg.locator('g.spc-mean line')).toHaveCount(segments);
  await expect(svg.locator('g.spc-limit line')).toHaveCount(2 * segments);
  const ys = async (selector: string) => svg.locator(selector).evaluateAll((lines) => lines.map((l) => Number(l.getAttribute('y1'))));
  const [mean] = await ys('g.spc-mean line');
  const limits = await ys('g.spc-limit line');
  expect(Math.min(...limits)).toBeLessThan(mean!);
  expect(Math.max(...limits)).toBeGreaterThan(mean!);

  // Every point is drawn, and its shape alone tells common cause, high and low apart.
  const drawn = await markers(page);
  expect(drawn).toHaveLength(spc!.points.length);
  const shapeOf = new Map<string, Set<string>>();
  spc!.points.forEach((point, i) => {
    const key = side(point.variation, polarity);
    shapeOf.set(key, (shapeOf.get(key) ?? new Set()).add(drawn[i]!.shape));
  });
  for (const [key, shapes] of shapeOf) expect(shapes.size, `every ${key} point has one shape`).toBe(1);
  const distinct = new Set([...shapeOf.values()].map((s) => [...s][0]));
  expect(distinct.size, 'common cause, high and low each have their own shape').toBe(shapeOf.size);

  // Each kind of special cause is named in words on the chart and in the key.
  const special = [...new Set(spc!.points.filter((p) => p.variation !== 'common_cause').map((p) => p.variation))];
  const labels = await svg.locator('g.spc-point-label text').allTextContents();
  for (const variation of special) expect(labels.some((l) => l.startsWith(WORD[variation]!)), `${variation} is named on the chart`).toBe(true);
  const key = page.locator('figure[data-spc-chart] .chart-key li[data-spc-key]');
  await expect(key).toHaveCount(special.length + 1);
  for (const variation of special) await expect(key.filter({ hasText: WORD[variation]! })).toHaveCount(1);

  // The same facts in the table: one row per quarter with a figure, each with its variation in words.
  const rows = page.locator('table[data-table="spc"] tbody tr');
  await expect(rows).toHaveCount(spc!.points.length);
  for (const point of spc!.points) {
    const cell = page.locator(`table[data-table="spc"] tr[data-period="${point.period}"] td[data-variation]`);
    await expect(cell).toContainText(point.variation === 'common_cause' ? 'Common cause' : WORD[point.variation]!);
  }
});

test('a rebase is a break in the chart, between the quarters either side, with its reason', async ({ page }) => {
  const rebased = (await allIndicators(page)).find((i) => i.spc?.points[0]?.mean !== undefined);
  expect(rebased, 'the demo has an indicator whose limits start again').toBeDefined();
  const points = rebased!.spc!.points;
  const starts = points.flatMap((p, i) => (i > 0 && p.mean !== points[i - 1]!.mean ? [i] : []));
  expect(starts.length).toBeGreaterThan(0);
  await page.goto(`/indicators/${rebased!.id}/`);
  const svg = page.locator('figure[data-spc-chart] svg[role="img"]');
  await expect(svg.locator('g.spc-break line')).toHaveCount(starts.length);

  const breaks = await svg.locator('g.spc-break line').evaluateAll((lines) => lines.map((l) => Number(l.getAttribute('x1'))));
  const drawn = await markers(page);
  starts.forEach((start, i) => {
    expect(breaks[i]!).toBeGreaterThan(drawn[start - 1]!.x);
    expect(breaks[i]!).toBeLessThan(drawn[start]!.x);
  });

  // The reason is above the break (shortened if long) and in full in the summary and the chart's description.
  const label = (await svg.locator('g.spc-break-label text').first().locator('tspan').allTextContents()).join(' ');
  expect(label).toMatch(/^New limits: \S/);
  const shown = label.replace(/^New limits: /, '').replace(/…$/, '');
  const summary = page.locator('[data-spc-summary]');
  await expect(summary).toContainText(`Limits start again from ${quarterLabel(points[starts[0]!]!.period)}: ${shown}`);
  await expect(svg.locator('desc')).toContainText(`Limits start again from ${quarterLabel(points[starts[0]!]!.period)}: ${shown}`);
});

test('an indicator with fewer than 12 values says why it has no SPC chart', async ({ page }) => {
  const few = (await allIndicators(page)).find((i) => i.spc === null);
  expect(few, 'the demo has an indicator with too few values').toBeDefined();
  const values = few!.points.filter((p) => p.value !== null).length;
  await page.goto(`/indicators/${few!.id}/`);
  await expect(page.locator('[data-spc-summary]')).toContainText(`SPC needs 12 quarters; this indicator has ${values}`);
  await expect(page.locator('figure[data-spc-chart]')).toHaveCount(0);
  await expect(page.locator('table[data-table="spc"]')).toHaveCount(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} colour scheme`, () => {
    test.use({ colorScheme: scheme });
    test('indicator pages with an SPC chart and with a rebase pass axe', async ({ page }) => {
      // Two axe scans of long pages: as generous as the accessibility spec's, for a busy shared machine.
      test.setTimeout(180_000);
      const indicators = (await allIndicators(page)).filter((i) => i.spc !== null);
      const pages = new Set([
        indicators.find((i) => i.spc!.points.some((p) => p.variation !== 'common_cause'))!.id,
        indicators.find((i) => i.spc!.points[0]!.mean !== undefined)!.id,
      ]);
      const failures: string[] = [];
      for (const id of pages) {
        await page.goto(`/indicators/${id}/`);
        await expect(page.locator('figure[data-spc-chart]')).toBeVisible();
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
        for (const v of results.violations) failures.push(`${id}: ${v.id} ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`);
      }
      expect(failures, failures.join('\n')).toEqual([]);
    });
  });
}
