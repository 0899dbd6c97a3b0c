// Comparison with statistical neighbours, the region and England. Comparator figures are published
// less often than our quarters (often annually), so the latest one at or before the quarter is used.
import { comparePeriods } from './period.ts';
import type { ComparatorValue, Judgement, PeriodId, Polarity, Unit } from './types.ts';
import { wilsonIntervalPercent, type Interval } from './wilson.ts';

/** The most recent comparator value at or before `period`; `values` are for one indicator and comparator. */
export function latestComparatorValue(values: readonly ComparatorValue[], period: PeriodId): ComparatorValue | null {
  let latest: ComparatorValue | null = null;
  for (const value of values) {
    if (comparePeriods(value.period, period) > 0) continue;
    if (latest === null || comparePeriods(value.period, latest.period) > 0) latest = value;
  }
  return latest;
}

/**
 * The 95% Wilson interval in percent, when the figure is a percentage of a known count.
 * Other units have no count to base an interval on.
 */
export function percentInterval(unit: Unit, numerator: number | null, denominator: number | null): Interval | null {
  if (unit !== 'percent' || numerator === null || denominator === null || denominator <= 0) return null;
  return wilsonIntervalPercent(numerator, denominator);
}

/** Words for "ours is above/below theirs", which depend on whether higher is better. */
export function judgementFor(oursIsHigher: boolean, polarity: Polarity): Judgement {
  if (polarity === 'neutral') return oursIsHigher ? 'higher' : 'lower';
  return oursIsHigher === (polarity === 'higher_is_better') ? 'better' : 'worse';
}

export interface ComparisonInput {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  unit: Unit;
  polarity: Polarity;
  comparatorValue: number | null;
}

export interface Comparison {
  judgement: Judgement;
  /** Our Wilson interval in percent, when computable (whether or not there is a comparator). */
  interval: Interval | null;
}

/**
 * Judges our value against a comparator. With an interval, a comparator inside it (inclusive) is "similar",
 * so small-number noise is not reported as better or worse; otherwise values are compared directly.
 */
export function compareWithComparator(args: ComparisonInput): Comparison {
  const { value, comparatorValue, polarity } = args;
  // No interval for a figure that is not available, even if counts were supplied.
  const interval = value === null ? null : percentInterval(args.unit, args.numerator, args.denominator);
  if (value === null || comparatorValue === null) return { judgement: 'not_applicable', interval };
  if (interval !== null) {
    if (comparatorValue >= interval.lower && comparatorValue <= interval.upper) return { judgement: 'similar', interval };
    // The comparator below our whole interval means ours is higher.
    return { judgement: judgementFor(comparatorValue < interval.lower, polarity), interval };
  }
  if (value === comparatorValue) return { judgement: 'similar', interval };
  return { judgement: judgementFor(value > comparatorValue, polarity), interval };
}
