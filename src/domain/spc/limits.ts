// Process limits for one run of values, as NHSRplotthedots computes them by default (Making Data Count):
// no baseline fixing, and moving ranges screened for outliers before the limits are set.

/** Moving ranges this many times the mean moving range are treated as one-off jumps and left out. */
export const SCREEN_FACTOR = 3.267;
/** Process limits lie this many mean moving ranges from the mean (3 sigma for an XmR chart). */
export const LIMIT_FACTOR = 2.66;

export interface ProcessLimits {
  mean: number;
  /** Mean moving range after screening; 0 when there is no moving range (one value) or every one was screened out. */
  movingRangeMean: number;
  upperLimit: number;
  lowerLimit: number;
  /** Beyond these (two thirds of the way to a limit) a point is in the "near" band used by the two-of-three rule. */
  nearUpper: number;
  nearLower: number;
}

function average(xs: readonly number[]): number {
  return xs.reduce((sum, x) => sum + x, 0) / xs.length;
}

/** |xᵢ − xᵢ₋₁| for each value after the first. */
export function movingRanges(values: readonly number[]): number[] {
  return values.slice(1).map((x, i) => Math.abs(x - values[i]!));
}

/** Mean moving range with ranges ≥ 3.267 × the unscreened mean dropped, then averaged again. */
export function screenedMovingRangeMean(values: readonly number[]): number {
  const ranges = movingRanges(values);
  if (ranges.length === 0) return 0;
  const first = average(ranges);
  const kept = ranges.filter((r) => r < SCREEN_FACTOR * first);
  // Only when every range is 0 (a flat series) can nothing be kept; its variation is then 0.
  return kept.length === 0 ? 0 : average(kept);
}

export function processLimits(values: readonly number[]): ProcessLimits {
  if (values.length === 0) throw new Error('Process limits need at least one value');
  const mean = average(values);
  const movingRangeMean = screenedMovingRangeMean(values);
  const spread = LIMIT_FACTOR * movingRangeMean;
  return {
    mean,
    movingRangeMean,
    upperLimit: mean + spread,
    lowerLimit: mean - spread,
    nearUpper: mean + (2 / 3) * spread,
    nearLower: mean - (2 / 3) * spread,
  };
}
