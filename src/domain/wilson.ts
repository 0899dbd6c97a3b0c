// Wilson score interval for a proportion. Preferred over the normal approximation because it stays
// inside 0..1 and behaves for the small counts and 0%/100% figures common in children's services.

/** The two-sided 95% normal quantile. */
export const Z_95 = 1.959963984540054;

export interface Interval {
  lower: number;
  upper: number;
}

/** Interval for numerator/denominator as proportions 0..1. */
export function wilsonInterval(numerator: number, denominator: number, z: number = Z_95): Interval {
  if (!(denominator > 0) || !Number.isFinite(denominator)) {
    throw new Error(`Wilson interval needs a positive denominator, got ${denominator}`);
  }
  if (!(numerator >= 0 && numerator <= denominator)) {
    throw new Error(`Wilson interval needs 0 <= numerator <= denominator, got ${numerator}/${denominator}`);
  }
  const p = numerator / denominator;
  const z2 = z * z;
  const scale = 1 + z2 / denominator;
  const centre = (p + z2 / (2 * denominator)) / scale;
  const halfWidth = (z * Math.sqrt((p * (1 - p)) / denominator + z2 / (4 * denominator * denominator))) / scale;
  // At 0% and 100% the exact bound is 0 or 1; rounding would otherwise leave 0.9999999999999999, and a
  // comparator at exactly 100% must count as inside the interval.
  return {
    lower: numerator === 0 ? 0 : Math.max(0, centre - halfWidth),
    upper: numerator === denominator ? 1 : Math.min(1, centre + halfWidth),
  };
}

/** The same interval in percent (0..100), as percent indicators are stored. */
export function wilsonIntervalPercent(numerator: number, denominator: number, z: number = Z_95): Interval {
  const { lower, upper } = wilsonInterval(numerator, denominator, z);
  return { lower: lower * 100, upper: upper * 100 };
}
