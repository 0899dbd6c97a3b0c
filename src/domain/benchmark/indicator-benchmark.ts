// Where this council stands for one indicator, year by year, from DfE's figures for every council (issue 18):
// England, our region, our statistical neighbours' average, our rank and LAIT quartile band among the councils
// that published a figure, and our place on a funnel plot where counts are mapped. Figures DfE did not publish
// (GSS symbols, blank cells) are left out of every calculation and counted.
import { comparePeriods } from '../period.ts';
import type { PeriodId, Polarity } from '../types.ts';
import { funnelPoint } from './funnel.ts';
import { neighbourAverage } from './neighbours.ts';
import { quartileBand, quartileBoundaries } from './quartile.ts';
import { rankAmong } from './rank.ts';
import type { BenchmarkArea, BenchmarkSource, BenchmarkYear, BenchmarkYearSource, IndicatorBenchmark } from './types.ts';

function benchmarkYear(year: BenchmarkYearSource, area: BenchmarkArea, polarity: Polarity, counted: boolean): BenchmarkYear {
  const byCode = new Map(year.councils.map((c) => [c.code, c]));
  const published = year.councils.filter((c) => c.value !== null);
  const values = published.map((c) => c.value!);
  const ours = byCode.get(area.code);
  const council = ours && ours.value !== null ? ours : null;
  const region = year.regions.find((r) => r.code === area.regionCode);
  const boundaries = quartileBoundaries(values);
  return {
    period: year.period,
    council,
    england: year.england?.value ?? null,
    region: region ? { code: region.code, name: region.name, value: region.value } : null,
    statNeighbours: neighbourAverage(area.neighbours, byCode),
    rank: council ? rankAmong(council.value!, values, polarity) : null,
    of: published.length,
    suppressed: year.councils.length - published.length,
    quartile: council && boundaries ? quartileBand(council.value!, boundaries, polarity) : null,
    // Counts as DfE published them: a suppressed count (null) leaves us off the funnel that year.
    funnel: counted && council ? funnelPoint(council, year.england) : null,
    councils: published,
  };
}

export function benchmarkIndicator(source: BenchmarkSource, area: BenchmarkArea, polarity: Polarity): IndicatorBenchmark {
  const counted = source.numeratorColumn !== null && source.denominatorColumn !== null;
  const years = [...source.years].sort((a, b) => comparePeriods(a.period, b.period)).map((year) => benchmarkYear(year, area, polarity, counted));
  return { indicatorId: source.indicatorId, file: source.file, years };
}

/** The newest year, which the API and the scorecard's rank and band give; null when the file has no years. */
export function latestBenchmarkYear(benchmark: IndicatorBenchmark): BenchmarkYear | null {
  return benchmark.years.at(-1) ?? null;
}

/** The latest year at or before `period`, as comparators are read: the figure a reader had at the time. */
export function benchmarkYearAt(benchmark: IndicatorBenchmark, period: PeriodId): BenchmarkYear | null {
  let found: BenchmarkYear | null = null;
  for (const year of benchmark.years) if (comparePeriods(year.period, period) <= 0) found = year;
  return found;
}
