// The four Making Data Count special-cause rules, applied to one run of values in time order (blank quarters
// already removed, one rebase segment at a time). Each point gets the first rule that marks it, in this order.
import type { ProcessLimits } from './limits.ts';

export const SPC_RULES = ['outside_limits', 'trend', 'two_of_three', 'shift'] as const;
export type SpcRule = (typeof SPC_RULES)[number];

/** Which way a marked point departs from common cause: above (or rising) or below (or falling). */
export type SpcSide = 'high' | 'low';

export interface SpcMark {
  rule: SpcRule;
  side: SpcSide;
}

/** Points in a trend or shift: a run must be this long to count. */
export const RUN_LENGTH = 7;

type Marks = (SpcSide | null)[];

/** Strictly outside a limit; a point exactly on a limit is inside. */
function outsideLimits(values: readonly number[], limits: ProcessLimits): Marks {
  return values.map((v) => (v > limits.upperLimit ? 'high' : v < limits.lowerLimit ? 'low' : null));
}

/** Marks every point of each maximal run of at least RUN_LENGTH points in which `step(previous, current)` holds. */
function markRuns(values: readonly number[], step: (prev: number, cur: number) => boolean, side: SpcSide, marks: Marks): void {
  let start = 0;
  for (let i = 1; i <= values.length; i++) {
    if (i < values.length && step(values[i - 1]!, values[i]!)) continue;
    if (i - start >= RUN_LENGTH) for (let j = start; j < i; j++) marks[j] = side;
    start = i;
  }
}

/** 7 points each strictly above (below) the one before; an equal value ends the run. */
function trend(values: readonly number[]): Marks {
  const marks: Marks = values.map(() => null);
  markRuns(values, (p, c) => c > p, 'high', marks);
  markRuns(values, (p, c) => c < p, 'low', marks);
  return marks;
}

function sideOfMean(v: number, mean: number): SpcSide | null {
  return v > mean ? 'high' : v < mean ? 'low' : null;
}

/** 7 consecutive points on one side of the mean; a point exactly on the mean ends the run. */
function shift(values: readonly number[], limits: ProcessLimits): Marks {
  const marks: Marks = values.map(() => null);
  markRuns(values, (p, c) => sideOfMean(p, limits.mean) === 'high' && sideOfMean(c, limits.mean) === 'high', 'high', marks);
  markRuns(values, (p, c) => sideOfMean(p, limits.mean) === 'low' && sideOfMean(c, limits.mean) === 'low', 'low', marks);
  return marks;
}

/** Beyond two thirds of the way to a limit but not outside it. */
function nearBand(v: number, limits: ProcessLimits): SpcSide | null {
  if (v > limits.nearUpper && v <= limits.upperLimit) return 'high';
  if (v < limits.nearLower && v >= limits.lowerLimit) return 'low';
  return null;
}

/**
 * Two of three: in any window of 3 consecutive points all on one side of the mean, with at least 2 of them in the
 * near band on that side, the points in the band are marked (not the third).
 */
function twoOfThree(values: readonly number[], limits: ProcessLimits): Marks {
  const marks: Marks = values.map(() => null);
  for (let i = 0; i + 3 <= values.length; i++) {
    const window = values.slice(i, i + 3);
    for (const side of ['high', 'low'] as const) {
      if (!window.every((v) => sideOfMean(v, limits.mean) === side)) continue;
      const inBand = window.map((v) => nearBand(v, limits) === side);
      if (inBand.filter(Boolean).length < 2) continue;
      inBand.forEach((b, k) => {
        if (b) marks[i + k] = side;
      });
    }
  }
  return marks;
}

/** The first rule (in Making Data Count order) that marks each point, or null for common cause. */
export function markPoints(values: readonly number[], limits: ProcessLimits): (SpcMark | null)[] {
  const byRule: [SpcRule, Marks][] = [
    ['outside_limits', outsideLimits(values, limits)],
    ['trend', trend(values)],
    ['two_of_three', twoOfThree(values, limits)],
    ['shift', shift(values, limits)],
  ];
  return values.map((_, i) => {
    for (const [rule, marks] of byRule) {
      const side = marks[i];
      if (side != null) return { rule, side };
    }
    return null;
  });
}
