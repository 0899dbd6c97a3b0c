// The scorecard for one quarter: every indicator with its target, RAG, direction of travel and
// comparisons. `scorecardRow` is the single place a row is computed; series.ts reuses it.
import { compareWithComparator, percentInterval } from './comparator.ts';
import type { DatasetIndex } from './dataset-index.ts';
import { directionOfTravel } from './direction.ts';
import { previousPeriod as quarterBefore, comparePeriods, samePeriodLastYear } from './period.ts';
import { ragStatus } from './rag.ts';
import { spcAsAt } from './spc/as-at.ts';
import { spcReading, type SpcReading } from './spc/reading.ts';
import type { Direction, Indicator, Judgement, PeriodId, RagStatus, ResolvedTarget } from './types.ts';

export interface ComparatorResult {
  id: string;
  label: string;
  value: number | null;
  /** The period the comparator figure is for, which may be earlier than the row's. */
  period: PeriodId | null;
  judgement: Judgement;
}

export interface ScorecardRow {
  indicator: Indicator;
  period: PeriodId;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  commentary: string;
  /**
   * Not published under disclosure control: value, counts, interval and commentary are null or blank, RAG is
   * no_data and direction and comparisons not_applicable, since each could narrow down the figure.
   */
  suppressed: boolean;
  /** Wilson interval in percent when computable. */
  interval: { lower: number; upper: number } | null;
  target: ResolvedTarget | null;
  rag: RagStatus;
  /** The immediately preceding quarter (value null if it has no file, is blank or is suppressed). */
  previous: { period: PeriodId; value: number | null; rag: RagStatus; suppressed: boolean };
  direction: Direction;
  /**
   * The same quarter a year earlier, since quarterly figures are seasonal (value null if it has no file, is
   * blank or is suppressed), and the direction of travel against it.
   */
  yearEarlier: { period: PeriodId; value: number | null; suppressed: boolean; direction: Direction };
  /** One per site comparator, in site.json order. */
  comparators: ComparatorResult[];
  /** SPC as it stood at this quarter: this figure's variation and the process's assurance against the target. */
  spc: SpcReading;
}

export interface ThemeGroup {
  theme: string;
  rows: ScorecardRow[];
}

export interface RagChange {
  indicator: Indicator;
  from: RagStatus;
  to: RagStatus;
}

export interface ScorecardSummary {
  rag: Record<RagStatus, number>;
  direction: Record<Direction, number>;
  /** Indicators whose RAG differs from last quarter, leaving out any with no_data or no_target on either side. */
  changes: RagChange[];
}

export interface Scorecard {
  period: PeriodId;
  /** The latest earlier period that has a file, for archive navigation. */
  previousPeriod: PeriodId | null;
  /** The earliest later period that has a file. */
  nextPeriod: PeriodId | null;
  /** Themes in order of first appearance in indicators.csv; rows keep file order within a theme. */
  themes: ThemeGroup[];
  rows: ScorecardRow[];
  summary: ScorecardSummary;
}

export const RAG_STATUSES = ['green', 'amber', 'red', 'no_target', 'no_data'] as const satisfies readonly RagStatus[];
export const DIRECTIONS = [
  'improving',
  'worsening',
  'up',
  'down',
  'no_change',
  'not_applicable',
] as const satisfies readonly Direction[];

/** Everything shown for one indicator in one quarter. */
export function scorecardRow(index: DatasetIndex, indicator: Indicator, period: PeriodId): ScorecardRow {
  return { ...quarterRow(index, indicator, period), spc: spcReading(spcAsAt(index, indicator, period), period) };
}

/**
 * A row without its SPC reading, which needs the whole series up to the quarter: a series (series.ts) reads SPC
 * once over all its quarters instead of once per point.
 */
export function quarterRow(index: DatasetIndex, indicator: Indicator, period: PeriodId): Omit<ScorecardRow, 'spc'> {
  const quarter = index.valueAt(indicator.id, period);
  const value = quarter?.value ?? null;
  const numerator = quarter?.numerator ?? null;
  const denominator = quarter?.denominator ?? null;
  const target = index.targetAt(indicator.id, period);

  // Direction is always against the quarter just before, not the last quarter that happens to have a file.
  const before = quarterBefore(period);
  const previousValue = index.valueAt(indicator.id, before)?.value ?? null;
  const yearBefore = samePeriodLastYear(period);
  const yearEarlierValue = index.valueAt(indicator.id, yearBefore)?.value ?? null;

  const comparators = index.site.comparators.map((comparator): ComparatorResult => {
    const found = index.comparatorAt(indicator.id, comparator.id, period);
    const { judgement } = compareWithComparator({
      value,
      numerator,
      denominator,
      unit: indicator.unit,
      polarity: indicator.polarity,
      comparatorValue: found?.value ?? null,
    });
    return { id: comparator.id, label: comparator.label, value: found?.value ?? null, period: found?.period ?? null, judgement };
  });

  return {
    indicator,
    period,
    value,
    numerator,
    denominator,
    commentary: quarter?.commentary ?? '',
    suppressed: index.suppressionAt(indicator.id, period) !== null,
    interval: value === null ? null : percentInterval(indicator.unit, numerator, denominator),
    target,
    rag: ragStatus(value, target),
    previous: {
      period: before,
      value: previousValue,
      rag: ragStatus(previousValue, index.targetAt(indicator.id, before)),
      suppressed: index.suppressionAt(indicator.id, before) !== null,
    },
    direction: directionOfTravel(value, previousValue, indicator.polarity),
    yearEarlier: {
      period: yearBefore,
      value: yearEarlierValue,
      suppressed: index.suppressionAt(indicator.id, yearBefore) !== null,
      direction: directionOfTravel(value, yearEarlierValue, indicator.polarity),
    },
    comparators,
  };
}

/** Groups rows by theme, themes in order of first appearance. */
export function groupByTheme(rows: readonly ScorecardRow[]): ThemeGroup[] {
  const groups = new Map<string, ScorecardRow[]>();
  for (const row of rows) {
    const group = groups.get(row.indicator.theme);
    if (group) group.push(row);
    else groups.set(row.indicator.theme, [row]);
  }
  return [...groups].map(([theme, themeRows]) => ({ theme, rows: themeRows }));
}

function countBy<K extends string>(keys: readonly K[], values: readonly K[]): Record<K, number> {
  const counts = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const value of values) counts[value] += 1;
  return counts;
}

/** A change from or to "no data"/"no target" is not a change in performance, so it is not listed. */
function isRated(status: RagStatus): boolean {
  return status !== 'no_data' && status !== 'no_target';
}

export function summarise(rows: readonly ScorecardRow[]): ScorecardSummary {
  return {
    rag: countBy(RAG_STATUSES, rows.map((row) => row.rag)),
    direction: countBy(DIRECTIONS, rows.map((row) => row.direction)),
    changes: rows
      .filter((row) => isRated(row.rag) && isRated(row.previous.rag) && row.rag !== row.previous.rag)
      .map((row) => ({ indicator: row.indicator, from: row.previous.rag, to: row.rag })),
  };
}

/** The scorecard for a period that has a quarter file. */
export function buildScorecard(index: DatasetIndex, period: PeriodId): Scorecard {
  if (!index.hasPeriod(period)) throw new Error(`There is no quarter file for ${period}`);
  const rows = index.indicators.map((indicator) => scorecardRow(index, indicator, period));
  const earlier = index.periods.filter((p) => comparePeriods(p, period) < 0);
  const later = index.periods.filter((p) => comparePeriods(p, period) > 0);
  return {
    period,
    previousPeriod: earlier.at(-1) ?? null,
    nextPeriod: later[0] ?? null,
    themes: groupByTheme(rows),
    rows,
    summary: summarise(rows),
  };
}
