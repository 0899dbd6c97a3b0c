import { describe, expect, it } from 'vitest';
import { movingRanges, processLimits, screenedMovingRangeMean } from '../../../../src/domain/spc/limits.ts';

describe('process limits (Making Data Count, no baseline, outliers screened)', () => {
  it('takes moving ranges between consecutive values', () => {
    expect(movingRanges([10, 12, 9, 9])).toEqual([2, 3, 0]);
  });

  it('sets limits at the mean ± 2.66 mean moving ranges and the near band at two thirds of that', () => {
    // Mean 11; moving ranges all 2, so the mean moving range is 2 and the spread 5.32.
    const limits = processLimits([10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12]);
    expect(limits.mean).toBe(11);
    expect(limits.movingRangeMean).toBe(2);
    expect(limits.upperLimit).toBeCloseTo(16.32, 10);
    expect(limits.lowerLimit).toBeCloseTo(5.68, 10);
    expect(limits.nearUpper).toBeCloseTo(11 + (2 / 3) * 5.32, 10);
    expect(limits.nearLower).toBeCloseTo(11 - (2 / 3) * 5.32, 10);
  });

  it('drops moving ranges of 3.267 × the mean moving range or more, then averages again', () => {
    // Ranges: ten of 2, then 18, 38, 18. Mean 94/13 ≈ 7.23; 3.267 × that ≈ 23.6, so only 38 goes.
    // Screened mean: (20 + 36) / 12 = 4.667 (unscreened it would be 7.23).
    const values = [10, 12, 10, 12, 10, 12, 30, -8, 10, 12, 10, 12, 10, 12];
    expect(screenedMovingRangeMean(values)).toBeCloseTo(56 / 12, 10);
    const limits = processLimits(values);
    expect(limits.mean).toBe(11);
    expect(limits.upperLimit).toBeCloseTo(11 + 2.66 * (56 / 12), 10);
  });

  it('gives a flat series no spread rather than failing on an empty screened set', () => {
    expect(processLimits([5, 5, 5, 5]).upperLimit).toBe(5);
    expect(processLimits([5]).movingRangeMean).toBe(0);
  });
});
