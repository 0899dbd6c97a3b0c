// How we compare with every council (issue 18), as a reader sees it: each benchmarked indicator's page has the
// section, with the rank, band, England, neighbours' average and funnel position the published API gives, a chart
// of every council and a funnel plot where the API has one; no other indicator's page has it; the scorecard gives
// the same rank and band; it reads with JavaScript off and fits a 375 px phone without scrolling sideways.
// Expectations come from /api/indicators/<id>.json's `benchmark`. Run on the demo, which benchmarks indicators
// (a council without benchmarks is checked by the optional-files runs: no column, sentence or link).
import { expect, test, type Page } from './fixtures.ts';

interface Meta {
  periods: string[];
  indicators: { id: string; unit: string; decimals: number | null }[];
}

type FunnelJson = string | { position: string } | null;

interface BenchmarkJson {
  period: string;
  england: number | null;
  region: number | { value: number | null } | null;
  stat_neighbours: { value: number | null; of: number };
  rank: number | null;
  of: number;
  quartile: string | null;
  funnel: FunnelJson;
}

interface Benchmarked {
  id: string;
  unit: string;
  decimals: number | null;
  benchmark: BenchmarkJson;
}

/** Every indicator with its `benchmark`, and the ids of those without one. */
async function benchmarks(page: Page): Promise<{ benchmarked: Benchmarked[]; others: string[] }> {
  const meta = (await (await page.request.get('/api/indicators.json')).json()) as Meta;
  const benchmarked: Benchmarked[] = [];
  const others: string[] = [];
  for (const indicator of meta.indicators) {
    const json = (await (await page.request.get(`/api/indicators/${indicator.id}.json`)).json()) as { benchmark?: BenchmarkJson | null };
    if (json.benchmark) benchmarked.push({ ...indicator, benchmark: json.benchmark });
    else others.push(indicator.id);
  }
  // Every test below would pass on nothing: the demo benchmarks indicators, and the API must say so.
  expect(benchmarked.length, 'the API benchmarks at least one indicator').toBeGreaterThan(0);
  return { benchmarked, others };
}


function ordinal(n: number): string {
  const tens = n % 100;
  return `${n}${tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
}

const position = (funnel: FunnelJson) => (funnel === null ? null : typeof funnel === 'string' ? funnel : funnel.position);

/** The figure in a text such as "22.6%" or "548.3, the average of all 10", within half its last shown digit of `value`. */
function sameFigure(text: string, value: number, decimals: number | null, unit: string): void {
  const shown = Number(/-?[\d,]+(\.\d+)?/.exec(text)![0].replace(/,/g, ''));
  const places = decimals ?? (unit === 'count' || unit === 'days' ? 0 : 1);
  expect(Math.abs(shown - value), `${text} shows ${value}`).toBeLessThanOrEqual(0.5 * 10 ** -places + 1e-9);
}

test.describe('how we compare with every council', () => {
  test('each benchmarked indicator page shows the rank, band and comparisons the API gives, with both charts where it has a funnel', async ({ page }) => {
    test.setTimeout(120_000);
    const { benchmarked } = await benchmarks(page);
    expect(benchmarked.length, 'the API benchmarks at least one indicator').toBeGreaterThan(0);
    for (const { id, unit, decimals, benchmark } of benchmarked) {
      await page.goto(`indicators/${id}/`);
      const section = page.locator('section[data-benchmark]');
      await expect(section, id).toHaveCount(1);
      await expect(section.getByRole('heading', { level: 2 }), id).toHaveText('How we compare with every council');
      await expect(section, id).toHaveAttribute('data-benchmark-period', benchmark.period);
      if (benchmark.rank === null) {
        await expect(section.locator('[data-benchmark-rank]'), id).toHaveCount(0);
      } else {
        await expect(section.locator('[data-benchmark-rank]'), id).toHaveText(ordinal(benchmark.rank));
        await expect(section.locator('[data-benchmark-of]'), id).toHaveText(String(benchmark.of));
        await expect(section.locator('[data-benchmark-summary]'), id).toContainText(`${ordinal(benchmark.rank)} `);
        if (benchmark.quartile !== null) {
          await expect(section.locator('[data-benchmark-band]'), id).toHaveText(benchmark.quartile);
          await expect(section.locator('[data-benchmark-summary]'), id).toContainText(`band ${benchmark.quartile}`);
        }
      }
      if (benchmark.england !== null) sameFigure(await section.locator('[data-benchmark-england]').innerText(), benchmark.england, decimals, unit);
      const region = typeof benchmark.region === 'object' && benchmark.region !== null ? benchmark.region.value : benchmark.region;
      if (region !== null) sameFigure(await section.locator('[data-benchmark-region]').innerText(), region, decimals, unit);
      const neighbours = section.locator('[data-benchmark-neighbours]');
      await expect(neighbours, id).toHaveAttribute('data-benchmark-neighbours', String(benchmark.stat_neighbours.of));
      if (benchmark.stat_neighbours.value !== null) sameFigure(await neighbours.innerText(), benchmark.stat_neighbours.value, decimals, unit);
      await expect(section.locator('[data-benchmark-published]'), id).toContainText(`${benchmark.of.toLocaleString('en-GB')} councils`);
      // The strip of every council: one image, a key, and the same figures as a table with a row per council.
      const strip = section.locator('figure[data-benchmark-chart="strip"]');
      await expect(strip.locator('svg[role="img"]'), id).toHaveCount(1);
      await expect(section.locator('[data-benchmark-summary]'), id).toHaveText((await strip.locator('svg[role="img"] desc').textContent())!);
      await expect(section.locator('table[data-table="benchmark-councils"] tbody tr'), id).toHaveCount(benchmark.of);
      const funnel = position(benchmark.funnel);
      await expect(section.locator('figure[data-benchmark-chart="funnel"]'), id).toHaveCount(funnel === null ? 0 : 1);
      if (funnel !== null) await expect(section.locator('[data-benchmark-funnel]'), id).toHaveAttribute('data-benchmark-funnel', funnel);
      // Our neighbours' table, and our rank and band year by year, ending with the year shown.
      await expect(section.locator('table[data-table="benchmark-neighbours"] tbody tr[data-kind="neighbour"]').first(), id).toBeVisible();
      await expect(section.locator(`table[data-table="benchmark-years"] tbody tr[data-period="${benchmark.period}"]`), id).toHaveCount(1);
      await expect(section.locator('a[href$="about/reading/#benchmarks"]'), id).toHaveCount(1);
    }
  });

  test('no other indicator page has the section', async ({ page }) => {
    const { others } = await benchmarks(page);
    for (const id of others) {
      await page.goto(`indicators/${id}/`);
      await expect(page.locator('h1'), id).toHaveCount(1);
      await expect(page.locator('[data-benchmark]'), id).toHaveCount(0);
    }
  });

  test('the scorecard gives the same rank and band, and none for an indicator without one', async ({ page }) => {
    const { benchmarked, others } = await benchmarks(page);
    await page.goto('./');
    for (const { id, benchmark } of benchmarked) {
      const cell = page.locator(`tr[data-indicator="${id}"] [data-rank]`);
      if (benchmark.rank === null) await expect(cell, id).toHaveCount(0);
      else await expect(cell, id).toHaveText(`Rank ${ordinal(benchmark.rank)} of ${benchmark.of}${benchmark.quartile ? ` · band ${benchmark.quartile}` : ''}`);
    }
    for (const id of others) await expect(page.locator(`tr[data-indicator="${id}"] [data-rank]`), id).toHaveCount(0);
    await expect(page.locator('a[href$="about/reading/"]').first()).toBeVisible();
    await page.goto('about/reading/');
    await expect(page.locator('#benchmarks')).toHaveText('Ranks, bands and funnel plots');
  });

  test.describe('on a 375 px phone', () => {
    test.use({ viewport: { width: 375, height: 740 } });
    test('the section fits without sideways scrolling, each chart whole on the screen', async ({ page }) => {
      const { benchmarked } = await benchmarks(page);
      for (const { id } of benchmarked) {
        await page.goto(`indicators/${id}/`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${id} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
        for (const chart of await page.locator('[data-benchmark-chart] svg[role="img"]').all()) {
          const box = (await chart.boundingBox())!;
          expect(box.x, id).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width, id).toBeLessThanOrEqual(375);
        }
      }
    });
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });
    test('the charts, their text and every table are there, and the table of every council opens', async ({ page }) => {
      const { benchmarked } = await benchmarks(page);
      const { id, benchmark } = benchmarked[0]!;
      await page.goto(`indicators/${id}/`);
      const section = page.locator('section[data-benchmark]');
      await expect(section.locator('[data-benchmark-chart="strip"] svg[role="img"]')).toBeVisible();
      await expect(section.locator('[data-benchmark-summary]')).not.toBeEmpty();
      const councils = section.locator('table[data-table="benchmark-councils"]');
      await expect(councils).toBeHidden();
      await section.locator('details[data-benchmark-councils] > summary').click();
      await expect(councils).toBeVisible();
      await expect(councils.locator('tbody tr')).toHaveCount(benchmark.of);
    });
  });
});
