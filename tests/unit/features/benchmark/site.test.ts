// The pages' one way to a benchmark: an indicator's when it is mapped and has a year, nothing otherwise, and
// whether the site has any (without, no page mentions ranks or bands).
import { describe, expect, it } from 'vitest';
import { benchmarkFor, hasBenchmarks } from '../../../../src/features/benchmark/site.ts';
import { manyYearsBenchmark } from '../../../support/benchmark-fixtures.ts';

const benchmark = manyYearsBenchmark([{ period: '2024-25-Q4', ours: 23.5 }]);

describe('benchmarkFor and hasBenchmarks', () => {
  it("gives a mapped indicator's benchmark", () => {
    const site = { benchmarks: new Map([['re-referrals-12-months', benchmark]]) };
    expect(benchmarkFor(site, 're-referrals-12-months')).toBe(benchmark);
    expect(benchmarkFor(site, 'contacts')).toBeNull();
    expect(hasBenchmarks(site)).toBe(true);
  });

  it('gives none for a site without benchmark files, or a mapping with no year in its file', () => {
    expect(benchmarkFor({ benchmarks: new Map() }, 're-referrals-12-months')).toBeNull();
    expect(hasBenchmarks({ benchmarks: new Map() })).toBe(false);
    const empty = { benchmarks: new Map([['re-referrals-12-months', { ...benchmark, years: [] }]]) };
    expect(benchmarkFor(empty, 're-referrals-12-months')).toBeNull();
    expect(hasBenchmarks(empty)).toBe(false);
  });
});
