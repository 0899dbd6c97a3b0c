// The targets one indicator was judged against across the quarters a table shows (the RAG grid, the pack's
// last five quarters). A target that moved makes a row read oddly without it: 89.2% amber beside an earlier
// 88.5% green is right only because the target rose from 88% to 90% in between. So a row whose target changed
// names each target beside the quarters judged against it; a row whose target never changed says nothing
// extra, keeping the grid compact.
import type { PeriodId, ResolvedTarget } from './types.ts';

/** One quarter of a row: the target in force then, null when none. */
export interface TargetPoint {
  period: PeriodId;
  target: ResolvedTarget | null;
}

/** Consecutive quarters judged against the same target. */
export interface TargetSpan {
  /** null: no target in force in these quarters. */
  target: ResolvedTarget | null;
  /** In the order given (oldest first). */
  periods: PeriodId[];
}

export interface RowTargets {
  /** More than one target across the quarters ("no target" counts as one), so the row must say which is which. */
  changed: boolean;
  /** Every quarter given, in order, in runs of the same target; a target that comes back starts a run of its own. */
  spans: TargetSpan[];
}

/**
 * Whether two quarters have the same target as a reader sees it: its value and how it is compared. The amber
 * tolerance is not shown beside a target, so a change in it alone is not reported as a new target.
 */
export function sameTarget(a: ResolvedTarget | null, b: ResolvedTarget | null): boolean {
  if (a === null || b === null) return a === b;
  return a.value === b.value && a.operator === b.operator;
}

/** The targets of one row across `points` (oldest first): whether it changed, and the quarters under each. */
export function rowTargets(points: readonly TargetPoint[]): RowTargets {
  const spans: TargetSpan[] = [];
  for (const point of points) {
    const last = spans.at(-1);
    if (last && sameTarget(last.target, point.target)) last.periods.push(point.period);
    else spans.push({ target: point.target, periods: [point.period] });
  }
  return { changed: spans.length > 1, spans };
}
