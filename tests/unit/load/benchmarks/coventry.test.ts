// The Coventry fixture (tests/fixtures/benchmarks-coventry/, DfE's sample files unchanged) loaded as a build
// loads it, against the same figures worked out here from the raw files by this test's own simple code: its own
// CSV splitting, filter, ranking, R type-7 quartiles, LAIT bands and Spiegelhalter limits. Nothing here comes
// from the modules under test, so a mistake in them cannot hide in both.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../../src/load/dataset.ts';

const DIR = new URL('../../../fixtures/benchmarks-coventry/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, DIR), 'utf8').replace(/^\uFEFF/, '');

/** Splits CSV text into rows of cells: commas outside double quotes, "" inside them. */
function csv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\n') { row.push(cell.replace(/\r$/, '')); rows.push(row); row = []; cell = ''; } else cell += c;
  }
  if (cell !== '' || row.length > 0) { row.push(cell); rows.push(row); }
  const [header, ...body] = rows;
  return body.filter((r) => r.length > 1).map((r) => Object.fromEntries(header!.map((h, i) => [h.trim(), (r[i] ?? '').trim()])));
}

const C1 = csv(read('benchmarks/c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv')).filter((r) => r['category'] === 'Referrals and Re-referrals');
const MODEL = csv(read('benchmarks/statistical-neighbours.csv'));
const num = (text: string | undefined) => (text !== undefined && /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : null);

function quantile7(sorted: number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  return sorted[lo]! + (h - lo) * ((sorted[lo + 1] ?? sorted[lo]!) - sorted[lo]!);
}

/** Everything the page and API show for one column of c1 in one year, worked out from the raw rows. */
function expected(column: string, year: string, lowerIsBetter: boolean | null, counts?: [string, string]) {
  const rows = C1.filter((r) => r['time_period'] === year);
  const councils = rows.filter((r) => r['geographic_level'] === 'Local authority');
  const ours = councils.find((r) => r['new_la_code'] === 'E08000026')!;
  const england = rows.find((r) => r['geographic_level'] === 'National')!;
  const region = rows.find((r) => r['geographic_level'] === 'Regional' && r['region_code'] === ours['region_code'])!;
  const published = councils.map((r) => num(r[column])).filter((v): v is number => v !== null);
  const neighbourOld = Array.from({ length: 10 }, (_, i) => MODEL.find((m) => m['old_la_code'] === '331')![`SN_${i + 1}`]!);
  const neighbourValues = neighbourOld.map((old) => num(councils.find((r) => r['old_la_code'] === old)?.[column])).filter((v): v is number => v !== null);
  const value = num(ours[column]);
  let rank: number | null = null;
  let band: string | null = null;
  if (value !== null && lowerIsBetter !== null) {
    rank = 1 + published.filter((v) => (lowerIsBetter ? v < value : v > value)).length;
    const sorted = [...published].sort((a, b) => a - b);
    const q = [0.25, 0.5, 0.75].map((p) => quantile7(sorted, p));
    const quarter = value <= q[0]! ? 0 : value <= q[1]! ? 1 : value <= q[2]! ? 2 : 3;
    band = (lowerIsBetter ? 'ABCD' : 'DCBA')[quarter]!;
  }
  let funnel: string | null = null;
  if (counts && value !== null) {
    const p0 = num(england[counts[0]])! / num(england[counts[1]])!;
    const n = num(ours[counts[1]])!;
    const p = num(ours[counts[0]])! / n;
    const se = Math.sqrt((p0 * (1 - p0)) / n);
    funnel = p > p0 + 3.090232 * se ? 'above 99.8%' : p > p0 + 1.959964 * se ? 'above 95%' : p < p0 - 3.090232 * se ? 'below 99.8%' : p < p0 - 1.959964 * se ? 'below 95%' : 'within';
  }
  return {
    council: value, england: num(england[column]), region: num(region[column]),
    neighbours: neighbourValues.length === 0 ? null : neighbourValues.reduce((a, b) => a + b, 0) / neighbourValues.length, of: neighbourValues.length,
    rank, outOf: published.length, suppressed: councils.length - published.length, band, funnel,
  };
}

const { dataset, issues, warnings } = await loadDataset(new URL('.', DIR).pathname);

function actual(indicatorId: string, period: string) {
  const year = dataset!.benchmarks!.indicators.find((b) => b.indicatorId === indicatorId)!.years.find((y) => y.period === period)!;
  return {
    council: year.council?.value ?? null, england: year.england, region: year.region?.value ?? null, neighbours: year.statNeighbours.value, of: year.statNeighbours.of,
    rank: year.rank, outOf: year.of, suppressed: year.suppressed, band: year.quartile, funnel: year.funnel?.position ?? null,
  };
}

describe('benchmarks from DfE\'s sample files for Coventry, recomputed independently', () => {
  it('loads without a problem or a warning', () => {
    expect(issues).toEqual([]);
    expect(warnings).toEqual([]);
    expect(dataset!.benchmarks!.area).toMatchObject({ code: 'E08000026', oldCode: '331', name: 'Coventry', regionCode: 'E12000005', regionName: 'West Midlands' });
  });

  it.each(['2013', '2020', '2024', '2025'])('re-referrals (lower is better, with counts) in the year to March %s', (year) => {
    const period = `${Number(year) - 1}-${year.slice(2)}-Q4`;
    const want = expected('rereferral_percent', year, true, ['rereferral_count', 'referral_count']);
    const got = actual('rereferrals', period);
    expect({ ...got, neighbours: null }).toEqual({ ...want, neighbours: null });
    expect(got.neighbours).toBeCloseTo(want.neighbours!, 10);
  });

  it('no further action, where DfE suppressed Coventry\'s own figure in 2025: no rank, band or funnel, and it is counted', () => {
    const want = expected('no_further_action_percent', '2025', true, ['no_further_action_count', 'referral_count']);
    expect(want.council).toBeNull();
    expect(want.suppressed).toBeGreaterThan(0);
    const got = actual('referrals-nfa', '2024-25-Q4');
    expect({ ...got, neighbours: null }).toEqual({ ...want, neighbours: null });
    expect(got.neighbours).toBeCloseTo(want.neighbours!, 10);
  });

  it('not in need (neutral): the funnel position only, no rank or band', () => {
    const want = expected('not_in_need_percent', '2025', null, ['not_in_need_count', 'referral_count']);
    const got = actual('not-in-need', '2024-25-Q4');
    expect({ ...got, neighbours: null }).toEqual({ ...want, neighbours: null });
    expect(got.rank).toBeNull();
    expect(got.funnel).not.toBeNull();
  });

  it('gives England, the region and the neighbours\' average as the comparators site.json names, at each year\'s Q4', () => {
    const want = expected('rereferral_percent', '2025', true);
    const at = (comparatorId: string) => dataset!.comparatorValues.find((c) => c.indicatorId === 'rereferrals' && c.comparatorId === comparatorId && c.period === '2024-25-Q4')?.value;
    expect(at('england')).toBe(want.england);
    expect(at('region')).toBe(want.region);
    expect(at('stat_neighbours')).toBeCloseTo(want.neighbours!, 10);
  });
});
