// The one seam between the pages and the benchmarks the loader reads and the rules compute (issue 18): every page,
// component and cell asks here for an indicator's benchmark, and nowhere else. The site carries them as
// `benchmarks`, one IndicatorBenchmark per mapped indicator; a site without benchmark files has none, and then no
// page shows a column, sentence or link about them.
import type { IndicatorBenchmark } from '../../domain/benchmark/types.ts';
import type { SiteData } from '../../site/site-data.ts';

/** What the pages read of the site: its benchmarks by indicator id (empty without benchmark files). */
export type BenchmarkSite = Pick<SiteData, 'benchmarks'>;

/** The indicator's benchmark, or null when it is not mapped to a published file (or its file has no year). */
export function benchmarkFor(site: BenchmarkSite, indicatorId: string): IndicatorBenchmark | null {
  const benchmark = site.benchmarks.get(indicatorId);
  return benchmark && benchmark.years.length > 0 ? benchmark : null;
}

/** Whether any indicator is benchmarked: only then do the scorecard and the reading page mention ranks and bands. */
export function hasBenchmarks(site: BenchmarkSite): boolean {
  for (const benchmark of site.benchmarks.values()) if (benchmark.years.length > 0) return true;
  return false;
}
