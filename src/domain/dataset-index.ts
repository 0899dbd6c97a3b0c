// Map-based lookups over a Dataset. Pages ask for hundreds of indicators across dozens of quarters,
// so every lookup here is by key rather than a scan of the whole dataset.
// d3's group keeps groups in order of first appearance, which is the order officers wrote the data in.
import { group } from 'd3';
import { latestComparatorValue } from './comparator.ts';
import { suppressions as findSuppressions, withheld, type Suppression } from './disclosure.ts';
import { sortPeriods } from './period.ts';
import { resolveTarget } from './target.ts';
import type {
  ComparatorValue,
  Dataset,
  Indicator,
  PeriodId,
  QuarterValue,
  ResolvedTarget,
  SiteConfig,
  SpcRebaseRow,
} from './types.ts';

export interface DatasetIndex {
  site: SiteConfig;
  /** In indicators.csv order. */
  indicators: readonly Indicator[];
  /** Periods that have a quarter file, oldest first. */
  periods: readonly PeriodId[];
  hasPeriod(period: PeriodId): boolean;
  indicator(id: string): Indicator | null;
  /** The figure as published: with disclosure control on, a suppressed one has value, counts and commentary null/blank. */
  valueAt(indicatorId: string, period: PeriodId): QuarterValue | null;
  /** Why a figure is not published, or null when it is (always null without disclosure control). */
  suppressionAt(indicatorId: string, period: PeriodId): Suppression | null;
  /** Every suppressed figure, in period then indicators.csv order. */
  suppressions: readonly Suppression[];
  targetAt(indicatorId: string, period: PeriodId): ResolvedTarget | null;
  comparatorAt(indicatorId: string, comparatorId: string, period: PeriodId): ComparatorValue | null;
  /** The changes to a service from which this indicator's SPC limits are recalculated (spc-rebase.csv). */
  spcRebases(indicatorId: string): readonly SpcRebaseRow[];
}

// Ids are free text from CSV; a control character cannot appear in them, so it is a safe separator.
function key(...parts: string[]): string {
  return parts.join('\u0000');
}


export function indexDataset(dataset: Dataset): DatasetIndex {
  const periods = sortPeriods(dataset.periods);
  const periodSet = new Set(periods);
  const indicators = new Map(dataset.indicators.map((indicator) => [indicator.id, indicator]));
  // Suppression is applied here, once, so nothing built from the index can see a figure that is not published.
  const rule = dataset.site.disclosure;
  const suppressed = rule === null ? [] : findSuppressions(dataset.indicators, dataset.values, rule);
  const suppressionMap = new Map(suppressed.map((s) => [key(s.indicatorId, s.period), s]));
  const values = new Map<string, QuarterValue>();
  for (const value of dataset.values) {
    const k = key(value.indicatorId, value.period);
    // The loader refuses duplicates; silently keeping one would hide a data error.
    if (values.has(k)) throw new Error(`Indicator "${value.indicatorId}" has two values for ${value.period}`);
    values.set(k, suppressionMap.has(k) ? withheld(value) : value);
  }
  const rebaseRows = group(dataset.spcRebases, (row) => row.indicatorId);
  const targetRows = group(dataset.targets, (row) => row.indicatorId);
  const comparatorRows = group(dataset.comparatorValues, (value) =>
    key(value.indicatorId, value.comparatorId),
  );
  // Resolved lazily and remembered: a scorecard, its series and the previous quarter all ask again.
  const targets = new Map<string, ResolvedTarget | null>();
  const comparators = new Map<string, ComparatorValue | null>();

  function indicator(id: string): Indicator | null {
    return indicators.get(id) ?? null;
  }

  function targetAt(indicatorId: string, period: PeriodId): ResolvedTarget | null {
    const k = key(indicatorId, period);
    const cached = targets.get(k);
    if (cached !== undefined) return cached;
    const found = indicator(indicatorId);
    if (found === null) throw new Error(`Unknown indicator "${indicatorId}"`);
    const resolved = resolveTarget(targetRows.get(indicatorId) ?? [], found, dataset.site.amber, period);
    targets.set(k, resolved);
    return resolved;
  }

  function comparatorAt(indicatorId: string, comparatorId: string, period: PeriodId): ComparatorValue | null {
    const k = key(indicatorId, comparatorId, period);
    const cached = comparators.get(k);
    if (cached !== undefined) return cached;
    const latest = latestComparatorValue(comparatorRows.get(key(indicatorId, comparatorId)) ?? [], period);
    comparators.set(k, latest);
    return latest;
  }

  return {
    site: dataset.site,
    indicators: dataset.indicators,
    periods,
    hasPeriod: (period) => periodSet.has(period),
    indicator,
    valueAt: (indicatorId, period) => values.get(key(indicatorId, period)) ?? null,
    suppressionAt: (indicatorId, period) => suppressionMap.get(key(indicatorId, period)) ?? null,
    suppressions: suppressed,
    targetAt,
    comparatorAt,
    spcRebases: (indicatorId) => rebaseRows.get(indicatorId) ?? [],
  };
}
