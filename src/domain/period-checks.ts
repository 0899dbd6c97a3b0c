// Whether the quarters a council has files for make sense as a published series: none still under way on the
// day of the build (its figures cannot be final), and none missing between two that are published (the
// scorecard would step over it, and compare a quarter with one a year before as if it were the last).
import { comparePeriods, nextPeriod, periodEndDate, periodOrdinal, sortPeriods } from './period.ts';
import type { PeriodId } from './types.ts';

/** Whether the quarter is over on `today` (`YYYY-MM-DD`): its last day has passed. */
export function quarterHasEnded(period: PeriodId, today: string): boolean {
  return periodEndDate(period) < today;
}

/** The quarters between two that are not next to each other, oldest first; empty when they are. */
export function quartersBetween(earlier: PeriodId, later: PeriodId): PeriodId[] {
  const missing: PeriodId[] = [];
  for (let period = nextPeriod(earlier); comparePeriods(period, later) < 0; period = nextPeriod(period)) missing.push(period);
  return missing;
}

export interface QuarterGap {
  /** The quarters either side of the gap. */
  after: PeriodId;
  before: PeriodId;
  /** The quarters in it, oldest first. */
  missing: PeriodId[];
}

/** Each run of quarters missing between the first and the last of `periods`, oldest first. */
export function quarterGaps(periods: Iterable<PeriodId>): QuarterGap[] {
  const sorted = sortPeriods(periods);
  const gaps: QuarterGap[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const after = sorted[i - 1]!;
    const before = sorted[i]!;
    if (periodOrdinal(before) - periodOrdinal(after) > 1) gaps.push({ after, before, missing: quartersBetween(after, before) });
  }
  return gaps;
}
