import { describe, expect, it } from 'vitest';
import { wilsonInterval, wilsonIntervalPercent, Z_95 } from '../../../src/domain/wilson.ts';

function rounded(interval: { lower: number; upper: number }): [number, number] {
  return [Number(interval.lower.toFixed(4)), Number(interval.upper.toFixed(4))];
}

describe('wilsonInterval', () => {
  // Newcombe (1998), "Two-sided confidence intervals for the single proportion", worked examples, method 3 (score interval without continuity correction).
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
    [29, 29, 0.883, 1],
  ])('%i/%i matches the published interval', (x, n, lower, upper) => {
    expect(rounded(wilsonInterval(x, n))).toEqual([lower, upper]);
  });

  it.each([
    [38, 48, 0.6574, 0.8827],
    [0, 10, 0, 0.2775],
    [10, 10, 0.7225, 1],
  ])('%i/%i to 4 dp', (x, n, lower, upper) => {
    expect(rounded(wilsonInterval(x, n))).toEqual([lower, upper]);
  });

  it('stays exactly within 0..1 at the extremes', () => {
    expect(wilsonInterval(0, 10).lower).toBe(0);
    expect(wilsonInterval(10, 10).upper).toBe(1);
  });

  it('brackets the observed proportion and narrows as the sample grows', () => {
    const small = wilsonInterval(8, 10);
    const large = wilsonInterval(800, 1000);
    expect(small.lower).toBeLessThan(0.8);
    expect(small.upper).toBeGreaterThan(0.8);
    expect(large.upper - large.lower).toBeLessThan(small.upper - small.lower);
  });

  it('uses z for the width (a smaller z gives a narrower interval)', () => {
    expect(Z_95).toBeCloseTo(1.96, 2);
    const z90 = wilsonInterval(38, 48, 1.6448536269514722);
    const z95 = wilsonInterval(38, 48);
    expect(z90.upper - z90.lower).toBeLessThan(z95.upper - z95.lower);
  });

  it('rejects impossible counts', () => {
    expect(() => wilsonInterval(1, 0)).toThrow(/denominator/);
    expect(() => wilsonInterval(0, -5)).toThrow(/denominator/);
    expect(() => wilsonInterval(11, 10)).toThrow(/numerator/);
    expect(() => wilsonInterval(-1, 10)).toThrow(/numerator/);
    expect(() => wilsonInterval(Number.NaN, 10)).toThrow(/numerator/);
  });
});

describe('wilsonIntervalPercent', () => {
  it('is the proportion interval times 100', () => {
    const { lower, upper } = wilsonIntervalPercent(38, 48);
    expect(lower).toBeCloseTo(65.74, 2);
    expect(upper).toBeCloseTo(88.27, 2);
  });
});
