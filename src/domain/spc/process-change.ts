// Whether an indicator's process has changed lately, so that its limits (worked out over every value of the
// latest segment) mix the old process with the new one and no longer describe either. NHSRplotthedots keeps the
// limits until someone rebases them; the assurance read from such limits can say "consistently passes" of a
// figure now red. So where the process has changed, pages say the limits need recalculating instead of stating
// an assurance, and `npm run validate` suggests the rebase, from the quarter the change began.
//
// The rule: the process has changed when any of the latest RECENT_VALUES values of the latest segment (quarters
// with a figure; blank ones are skipped, as SPC skips them) is special cause, i.e. marked by any rule, whatever
// its side (improvement, concern or a context measure's unusual high or low). Values before the latest rebase do
// not count: the rebase in spc-rebase.csv already answers the change that came before it.
//
// The quarter the change began: take the side of the latest special-cause value among those recent values; find
// the earliest recent value on that side; then go back over the values just before it on the same side (one
// unbroken run, which may begin before the recent values but never before the segment). For a shift or trend
// that is the first value of its run; for a value outside the limits, that value.
import type { PeriodId } from '../types.ts';
import { RUN_LENGTH } from './rules.ts';
import type { SpcPoint } from './types.ts';

/** How many of the latest values are looked at: the length of run a shift or trend needs. */
export const RECENT_VALUES = RUN_LENGTH;

export type ProcessChange =
  | { changed: false }
  | {
      changed: true;
      /** The first quarter of the run that marks the change: the quarter to suggest for spc-rebase.csv. */
      since: PeriodId;
      /** The first quarter of the latest segment, so a caller can tell a suggestion that would change nothing. */
      segmentFrom: PeriodId;
    };

/** `points` oldest first, as analyseSpc marks them. */
export function processChange(points: readonly Pick<SpcPoint, 'period' | 'variation' | 'segment'>[]): ProcessChange {
  const last = points.at(-1);
  if (last === undefined) return { changed: false };
  const segment = points.filter((p) => p.segment === last.segment);
  const recentFrom = Math.max(0, segment.length - RECENT_VALUES);
  const signals = segment.slice(recentFrom).filter((p) => p.variation !== 'common_cause');
  const latest = signals.at(-1);
  if (latest === undefined) return { changed: false };
  // The variation names the side: with one polarity, improvement and concern are opposite sides.
  const side = latest.variation;
  let start = segment.findIndex((p, i) => i >= recentFrom && p.variation === side);
  while (start > 0 && segment[start - 1]!.variation === side) start -= 1;
  return { changed: true, since: segment[start]!.period, segmentFrom: segment[0]!.period };
}
