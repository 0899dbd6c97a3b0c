import { describe, expect, it } from 'vitest';
import { benchmarkComparatorValues } from '../../../../src/domain/benchmark/comparator-values.ts';
import type { BenchmarkYear, IndicatorBenchmark } from '../../../../src/domain/benchmark/types.ts';

function year(period: string, england: number | null, region: number | null, neighbours: number | null): BenchmarkYear {
  return {
    period, council: null, england, region: region === null ? null : { code: 'E12000005', name: 'West Midlands', value: region },
    statNeighbours: { value: neighbours, of: neighbours === null ? 0 : 9, neighbours: [] }, rank: null, of: 150, suppressed: 3, quartile: null, funnel: null, councils: [],
  };
}

const BENCHMARK: IndicatorBenchmark = { indicatorId: 'rereferrals', file: 'c1.csv', years: [year('2023-24-Q4', 22.4, 21, 20.5), year('2024-25-Q4', 22.6, null, null)] };

describe('benchmarkComparatorValues: the benchmarks as the comparators site.json names', () => {
  it('gives England, the region and the neighbours\' average at each year\'s Q4, leaving out figures not published', () => {
    expect(benchmarkComparatorValues([BENCHMARK], new Set(['england', 'region', 'stat_neighbours']))).toEqual([
      { indicatorId: 'rereferrals', comparatorId: 'england', period: '2023-24-Q4', value: 22.4 },
      { indicatorId: 'rereferrals', comparatorId: 'region', period: '2023-24-Q4', value: 21 },
      { indicatorId: 'rereferrals', comparatorId: 'stat_neighbours', period: '2023-24-Q4', value: 20.5 },
      { indicatorId: 'rereferrals', comparatorId: 'england', period: '2024-25-Q4', value: 22.6 },
    ]);
  });

  it('gives only the comparators site.json lists', () => {
    expect(benchmarkComparatorValues([BENCHMARK], new Set(['england', 'sn'])).map((v) => v.comparatorId)).toEqual(['england', 'england']);
    expect(benchmarkComparatorValues([BENCHMARK], new Set())).toEqual([]);
  });
});
