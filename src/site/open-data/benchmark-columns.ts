// Where the council stands among every council (issue 18), as published: one set of fields that the indicator API
// gives as `benchmark` and scorecards.csv gives as its benchmark_ columns, so the two can never disagree. Only a
// site with benchmarks has them: a council without benchmark files gets no column and no key.
import { benchmarkYearAt } from '../../domain/benchmark/indicator-benchmark.ts';
import type { BenchmarkYear, IndicatorBenchmark } from '../../domain/benchmark/types.ts';
import type { PeriodId } from '../../domain/types.ts';
import type { CsvRecord } from '../../escape/csv.ts';
import { PERIOD_PATTERN, type ColumnDefinition } from './columns.ts';

const INDICATOR_UNIT = "the indicator's unit (see the unit column)";
const DFE = 'the Department for Education\'s published figures for every council (the data dictionary names each file)';

export const FUNNEL_POSITIONS = ['within', 'above 95%', 'above 99.8%', 'below 95%', 'below 99.8%'] as const;

export const BENCHMARK_COLUMNS = [
  { name: 'benchmark_period', title: 'Benchmark year', datatype: 'string', unit: null, blank: true, pattern: PERIOD_PATTERN,
    description: `The last quarter of the year the benchmark figures are for (2024-25-Q4 for April 2024 to March 2025), the latest at or before the row's period, from ${DFE}. Blank when the indicator has no benchmark.` },
  { name: 'benchmark_value', title: 'Our figure as DfE published it', datatype: 'decimal', unit: INDICATOR_UNIT, blank: true,
    description: 'The council\'s own figure for that year as the Department for Education published it. Blank when it was not published (suppressed, not available) or there is no benchmark.' },
  { name: 'benchmark_england', title: 'England (benchmark)', datatype: 'decimal', unit: INDICATOR_UNIT, blank: true,
    description: 'England\'s figure for that year. Blank when not published.' },
  { name: 'benchmark_region', title: 'Region (benchmark)', datatype: 'decimal', unit: INDICATOR_UNIT, blank: true,
    description: 'The figure for the council\'s region for that year. Blank when not published.' },
  { name: 'benchmark_stat_neighbours', title: 'Statistical neighbours\' average (benchmark)', datatype: 'decimal', unit: INDICATOR_UNIT, blank: true,
    description: 'The mean of the published figures of the council\'s 10 statistical neighbours (DfE\'s model) for that year; see benchmark_stat_neighbours_of. Blank when none published one.' },
  { name: 'benchmark_stat_neighbours_of', title: 'Neighbours in the average', datatype: 'integer', unit: 'councils', blank: true,
    description: 'How many of the 10 statistical neighbours published a figure, and so are in the average.' },
  { name: 'benchmark_rank', title: 'Rank among councils', datatype: 'integer', unit: null, blank: true,
    description: 'The council\'s place among every council that published a figure that year, 1 being the best; councils with the same figure share the best of their places. Blank for an indicator where neither direction is better, or when the council\'s own figure was not published.' },
  { name: 'benchmark_of', title: 'Councils ranked', datatype: 'integer', unit: 'councils', blank: true,
    description: 'How many councils published a figure that year (a rank of 12 with 151 here reads "12th of 151").' },
  { name: 'benchmark_quartile', title: 'Quartile band', datatype: 'string', unit: null, blank: true, values: ['A', 'B', 'C', 'D'],
    description: 'The council\'s quarter among the councils that published a figure, as DfE\'s Local Authority Interactive Tool bands it: A the best quarter, D the worst. Blank where the rank is blank.' },
  { name: 'benchmark_funnel', title: 'Funnel plot position', datatype: 'string', unit: null, blank: true, values: FUNNEL_POSITIONS,
    description: 'Whether the council\'s proportion differs from England\'s by more than chance for a council of its size (Spiegelhalter\'s funnel plot): within the 95% limits, or above or below the 95% or 99.8% limits. Blank where no counts are published.' },
] as const satisfies readonly ColumnDefinition[];

export type BenchmarkColumn = (typeof BENCHMARK_COLUMNS)[number]['name'];

/** The API's `benchmark`: one year's standing, the same fields as the CSV columns. */
export function benchmarkJson(year: BenchmarkYear) {
  return {
    period: year.period,
    value: year.council?.value ?? null,
    england: year.england,
    region: year.region?.value ?? null,
    stat_neighbours: { value: year.statNeighbours.value, of: year.statNeighbours.of },
    rank: year.rank,
    of: year.of,
    quartile: year.quartile,
    funnel: year.funnel?.position ?? null,
  };
}

/** The benchmark columns of one scorecards.csv row: the latest year at or before its quarter, blank without one. */
export function benchmarkCells(benchmark: IndicatorBenchmark | undefined, period: PeriodId): Record<BenchmarkColumn, CsvRecord[string]> {
  const year = benchmark ? benchmarkYearAt(benchmark, period) : null;
  const json = year ? benchmarkJson(year) : null;
  return {
    benchmark_period: json?.period ?? null,
    benchmark_value: json?.value ?? null,
    benchmark_england: json?.england ?? null,
    benchmark_region: json?.region ?? null,
    benchmark_stat_neighbours: json?.stat_neighbours.value ?? null,
    benchmark_stat_neighbours_of: json?.stat_neighbours.of ?? null,
    benchmark_rank: json?.rank ?? null,
    benchmark_of: json?.of ?? null,
    benchmark_quartile: json?.quartile ?? null,
    benchmark_funnel: json?.funnel ?? null,
  };
}
