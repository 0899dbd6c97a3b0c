// /api/indicators/<id>.json: one indicator's quarters with target and RAG, and its SPC reading (issue 10).
import { analyseSpc, type SpcRebase } from '../domain/spc/analysis.ts';
import type { SeriesPoint } from '../domain/series.ts';
import type { Indicator } from '../domain/types.ts';
import { latestBenchmarkYear } from '../domain/benchmark/indicator-benchmark.ts';
import type { IndicatorBenchmark } from '../domain/benchmark/types.ts';
import { benchmarkJson } from './open-data/benchmark-columns.ts';

/**
 * `series` oldest first, as published (suppressed figures are null and count as blank quarters). `benchmark`: where
 * the council stands among every council (issue 18); the key is left out for an indicator without one.
 */
export function indicatorJson(indicator: Indicator, series: readonly SeriesPoint[], rebases: readonly SpcRebase[] = [], benchmark?: IndicatorBenchmark) {
  // Assurance uses the target in force for the latest quarter.
  const latestTarget = series.at(-1)?.target?.value ?? null;
  const analysis = analyseSpc(series, indicator.polarity, latestTarget, rebases);
  let spc = null;
  if (analysis.kind === 'spc') {
    const latest = analysis.segments.at(-1)!;
    // Only with a rebase do points need their own segment's limits; otherwise they are the ones above.
    const rebased = analysis.segments.length > 1;
    spc = {
      mean: latest.mean,
      upper_limit: latest.upperLimit,
      lower_limit: latest.lowerLimit,
      // The reference method's assurance, as it is; process_changed says whether it still describes the process.
      assurance: analysis.assurance,
      process_changed: analysis.processChange.changed,
      points: analysis.points.map((p) => {
        const segment = analysis.segments[p.segment]!;
        return {
          period: p.period,
          variation: p.variation,
          rule: p.rule,
          ...(rebased ? { mean: segment.mean, upper_limit: segment.upperLimit, lower_limit: segment.lowerLimit } : {}),
        };
      }),
    };
  }
  return {
    id: indicator.id,
    title: indicator.title,
    unit: indicator.unit,
    polarity: indicator.polarity,
    points: series.map((p) => ({ period: p.period, value: p.value, target: p.target?.value ?? null, rag: p.rag })),
    spc,
    ...benchmarkKey(benchmark),
  };
}

/** `{ benchmark }` for the latest year, or nothing at all, so a council without benchmarks sees no new key. */
function benchmarkKey(benchmark: IndicatorBenchmark | undefined) {
  const year = benchmark ? latestBenchmarkYear(benchmark) : null;
  return year ? { benchmark: benchmarkJson(year) } : {};
}
