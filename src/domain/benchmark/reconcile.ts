// Our own Q4 figure against the one DfE published for us for the same year (issue 18). An officer must be able
// to explain a local figure that disagrees with the official return, so a difference larger than the rounding
// of the figures shown is worth a warning. DfE's figure is itself rounded, so a difference of up to half a unit
// in the indicator's last decimal place (0.05 for one decimal place) is only rounding.
import { defaultDecimals } from '../format.ts';
import type { Indicator, PeriodId, QuarterValue } from '../types.ts';
import type { AreaFigure, IndicatorBenchmark } from './types.ts';

export interface Discrepancy {
  indicator: Indicator;
  period: PeriodId;
  ours: number;
  /** DfE's figure, with its file and line. */
  theirs: AreaFigure;
}

// Binary fractions: 18.45 - 18.5 is a hair over 0.05.
const EPSILON = 1e-9;

export function reconcile(benchmarks: readonly IndicatorBenchmark[], values: readonly QuarterValue[], indicators: readonly Indicator[]): Discrepancy[] {
  const byIndicator = new Map(indicators.map((i) => [i.id, i]));
  const ourValues = new Map(values.map((v) => [`${v.indicatorId}\u0000${v.period}`, v.value]));
  const found: Discrepancy[] = [];
  for (const benchmark of benchmarks) {
    const indicator = byIndicator.get(benchmark.indicatorId);
    if (!indicator) continue;
    const tolerance = 0.5 * 10 ** -(indicator.decimals ?? defaultDecimals(indicator.unit)) + EPSILON;
    for (const year of benchmark.years) {
      const ours = ourValues.get(`${indicator.id}\u0000${year.period}`);
      const theirs = year.council;
      if (ours === undefined || ours === null || theirs === null || theirs.value === null) continue;
      if (Math.abs(ours - theirs.value) > tolerance) found.push({ indicator, period: year.period, ours, theirs });
    }
  }
  return found;
}
