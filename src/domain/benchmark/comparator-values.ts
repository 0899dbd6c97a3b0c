// DfE's figures as the comparators site.json already names (issue 18): England, the region and the statistical
// neighbours' average, at each year's Q4. Given as ordinary comparator values, every scorecard, chart, RAG grid,
// pack, API and CSV that shows comparators shows these, in the same form as figures typed into comparators.csv.
import type { ComparatorValue } from '../types.ts';
import type { BenchmarkYear, IndicatorBenchmark } from './types.ts';

/** The comparator ids that benchmarks fill, and the figure of a year each takes. */
export const BENCHMARK_COMPARATORS: Readonly<Record<string, (year: BenchmarkYear) => number | null>> = {
  england: (year) => year.england,
  region: (year) => year.region?.value ?? null,
  stat_neighbours: (year) => year.statNeighbours.value,
};

export function benchmarkComparatorValues(benchmarks: readonly IndicatorBenchmark[], comparatorIds: ReadonlySet<string>): ComparatorValue[] {
  const values: ComparatorValue[] = [];
  for (const benchmark of benchmarks) {
    for (const year of benchmark.years) {
      for (const [comparatorId, figure] of Object.entries(BENCHMARK_COMPARATORS)) {
        const value = figure(year);
        if (value !== null && comparatorIds.has(comparatorId)) values.push({ indicatorId: benchmark.indicatorId, comparatorId, period: year.period, value });
      }
    }
  }
  return values;
}
