import { describe, expect, it } from 'vitest';
import { funnelLimits, funnelPoint, Z_95, Z_998 } from '../../../../src/domain/benchmark/funnel.ts';

describe('funnelPoint: Spiegelhalter\'s funnel limits for a proportion round England\'s', () => {
  it('uses the two-sided 95% and 99.8% normal quantiles', () => {
    expect(Z_95).toBe(1.959964);
    expect(Z_998).toBe(3.090232);
  });

  it('draws p0 ± z·√(p0(1 − p0)/n) with n our denominator', () => {
    const point = funnelPoint({ numerator: 200, denominator: 1000 }, { numerator: 25000, denominator: 100000 })!;
    const se = Math.sqrt((0.25 * 0.75) / 1000);
    expect(point.p0).toBe(0.25);
    expect(point.n).toBe(1000);
    expect(point.p).toBe(0.2);
    expect(point.limits.lower95).toBeCloseTo(0.25 - 1.959964 * se, 12);
    expect(point.limits.upper95).toBeCloseTo(0.25 + 1.959964 * se, 12);
    expect(point.limits.lower998).toBeCloseTo(0.25 - 3.090232 * se, 12);
    expect(point.limits.upper998).toBeCloseTo(0.25 + 3.090232 * se, 12);
    // 0.2 is 3.65 standard errors below 0.25.
    expect(point.position).toBe('below 99.8%');
  });

  it.each([
    [250, 'within'],
    [280, 'above 95%'],
    [300, 'above 99.8%'],
    [220, 'below 95%'],
    [200, 'below 99.8%'],
  ] as const)('%i of 1000 against England\'s 25%% is %s', (numerator, position) => {
    expect(funnelPoint({ numerator, denominator: 1000 }, { numerator: 25, denominator: 100 })!.position).toBe(position);
  });

  it('keeps the limits within 0 to 1', () => {
    const point = funnelPoint({ numerator: 0, denominator: 5 }, { numerator: 1, denominator: 100 })!;
    expect(point.limits.lower998).toBe(0);
    expect(point.position).toBe('within');
  });

  it('has no point without counts for both', () => {
    expect(funnelPoint({ numerator: null, denominator: 1000 }, { numerator: 1, denominator: 4 })).toBeNull();
    expect(funnelPoint({ numerator: 1, denominator: 0 }, { numerator: 1, denominator: 4 })).toBeNull();
    expect(funnelPoint({ numerator: 1, denominator: 10 }, null)).toBeNull();
    expect(funnelPoint({ numerator: 1, denominator: 10 }, { numerator: null, denominator: 4 })).toBeNull();
  });
});

describe('funnelLimits', () => {
  it("is Spiegelhalter's p0 ± z·√(p0(1 − p0)/n), kept within 0 and 1", () => {
    // p0 = 0.226, n = 3,504: √(0.226 × 0.774 / 3504) = 0.0070654…; × 1.959964 = 0.013848.
    const limits = funnelLimits(0.226, 3504, 1.959964);
    expect(limits.lower).toBeCloseTo(0.226 - 0.013848, 5);
    expect(limits.upper).toBeCloseTo(0.226 + 0.013848, 5);
    expect(funnelLimits(0.05, 4, 3.090232).lower).toBe(0);
    expect(funnelLimits(0.95, 4, 3.090232).upper).toBe(1);
  });
});
