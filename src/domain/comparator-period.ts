// Comparator figures are published later than ours (England's for last year, say). When every figure in a
// scorecard column is for the same quarter, the column's heading says it once instead of every cell repeating it.
import type { ScorecardRow } from './scorecard.ts';
import type { PeriodId } from './types.ts';

/** For each comparator (site.json order), the one quarter all its figures in `rows` are for; null when they differ or there are none. */
export function sharedComparatorPeriods(rows: readonly Pick<ScorecardRow, 'comparators'>[], comparatorCount: number): (PeriodId | null)[] {
  return Array.from({ length: comparatorCount }, (_, i) => {
    const periods = new Set(rows.flatMap((row) => {
      const c = row.comparators[i];
      return c && c.value !== null && c.period !== null ? [c.period] : [];
    }));
    return periods.size === 1 ? [...periods][0]! : null;
  });
}
