// The one seam between the pages and the benchmarks the loader reads and the rules compute (issue 18): every page,
// component and cell asks here for an indicator's benchmark, and nowhere else. The site carries them as
// `benchmarks`, one IndicatorBenchmark per mapped indicator; a site without benchmark files has none, and then no
// page shows a column, sentence or link about them. Pages pass the whole site (SiteData): until the loader's part
// is merged SiteData has no `benchmarks`, hence `object` and the one cast below.
import type { IndicatorBenchmark } from '../../domain/benchmark/types.ts';

/** What the pages read of the site: its benchmarks by indicator id (absent or empty without benchmark files). */
export interface BenchmarkSite {
  benchmarks?: ReadonlyMap<string, IndicatorBenchmark>;
}

function benchmarksOf(site: object): ReadonlyMap<string, IndicatorBenchmark> | undefined {
  return (site as BenchmarkSite).benchmarks;
}

/** The indicator's benchmark, or null when it is not mapped to a published file (or its file has no year). */
export function benchmarkFor(site: object, indicatorId: string): IndicatorBenchmark | null {
  const benchmark = benchmarksOf(site)?.get(indicatorId);
  return benchmark && benchmark.years.length > 0 ? benchmark : null;
}

/** Whether any indicator is benchmarked: only then do the scorecard and the reading page mention ranks and bands. */
export function hasBenchmarks(site: object): boolean {
  for (const benchmark of benchmarksOf(site)?.values() ?? []) if (benchmark.years.length > 0) return true;
  return false;
}
