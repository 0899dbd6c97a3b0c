// The Coventry fixture (tests/fixtures/benchmarks-coventry/, DfE's sample files unchanged) loaded as a build
// loads it, against the same figures worked out from the raw files by the tests' own simple code
// (tests/support/benchmark-recompute.ts), which shares nothing with the modules under test.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../../src/load/dataset.ts';
import { csv, recompute } from '../../../support/benchmark-recompute.ts';

const DIR = new URL('../../../fixtures/benchmarks-coventry/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, DIR), 'utf8');

const C1 = csv(read('benchmarks/c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv')).filter((r) => r['category'] === 'Referrals and Re-referrals');
const MODEL = csv(read('benchmarks/statistical-neighbours.csv'));
const NEIGHBOURS = Array.from({ length: 10 }, (_, i) => MODEL.find((m) => m['old_la_code'] === '331')![`SN_${i + 1}`]!);

function expected(column: string, year: string, lowerIsBetter: boolean | null, counts?: [string, string]) {
  return recompute({ rows: C1, ours: 'E08000026', neighbours: NEIGHBOURS, column, year, lowerIsBetter, counts });
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
