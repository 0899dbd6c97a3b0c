// Small benchmarks for the site's tests: one indicator's standing in two years, built by hand.
import type { AreaFigure, BenchmarkYear, IndicatorBenchmark } from '../../src/domain/benchmark/types.ts';

export function benchmarkYear(period: string, overrides: Partial<BenchmarkYear> = {}): BenchmarkYear {
  const council: AreaFigure = { code: 'E08000026', oldCode: '331', name: 'Coventry', value: 18.5, numerator: 878, denominator: 4735, file: 'benchmarks/c1.csv', line: 76 };
  return {
    period, council, england: 22.6, region: { code: 'E12000005', name: 'West Midlands', value: 19.5 },
    statNeighbours: { value: 20.21, of: 10, neighbours: [] }, rank: 55, of: 153, suppressed: 0, quartile: 'B',
    funnel: { position: 'below 99.8%', p0: 0.2258, n: 4735, p: 0.1854, limits: { lower95: 0.214, upper95: 0.238, lower998: 0.207, upper998: 0.245 } },
    councils: [council], ...overrides,
  };
}

/** `indicatorId`'s benchmark for 2023-24 (rank 80, C, no funnel) and 2024-25 (rank 55, B, below 99.8%). */
export function makeBenchmark(indicatorId: string): IndicatorBenchmark {
  return {
    indicatorId, file: 'c1.csv',
    years: [benchmarkYear('2023-24-Q4', { rank: 80, quartile: 'C', funnel: null, england: 22.4 }), benchmarkYear('2024-25-Q4')],
  };
}
