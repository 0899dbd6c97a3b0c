// An indicator's SPC as it stood at a quarter: only the figures published up to then, and the target then in
// force, so an archived quarter's scorecard keeps the signals it showed when it was the latest.
import type { DatasetIndex } from '../dataset-index.ts';
import { comparePeriods } from '../period.ts';
import type { Indicator, PeriodId } from '../types.ts';
import { analyseSpc, type SpcAnalysis } from './analysis.ts';

export function spcAsAt(index: DatasetIndex, indicator: Indicator, period: PeriodId): SpcAnalysis {
  // Suppressed figures are null in the index, so they count as blank quarters, as in the published API.
  const series = index.periods
    .filter((p) => comparePeriods(p, period) <= 0)
    .map((p) => ({ period: p, value: index.valueAt(indicator.id, p)?.value ?? null }));
  const target = index.targetAt(indicator.id, period)?.value ?? null;
  return analyseSpc(series, indicator.polarity, target, index.spcRebases(indicator.id));
}
