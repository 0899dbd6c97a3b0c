import { describe, expect, it } from 'vitest';
import {
  compareWithComparator,
  judgementFor,
  latestComparatorValue,
  percentInterval,
  type ComparisonInput,
} from '../../../src/domain/comparator.ts';
import type { ComparatorValue } from '../../../src/domain/types.ts';

function cv(period: string, value: number): ComparatorValue {
  return { indicatorId: 'x', comparatorId: 'england', period, value };
}

describe('latestComparatorValue', () => {
  const values = [cv('2023-24-Q4', 30), cv('2021-22-Q4', 10), cv('2022-23-Q4', 20)];

  it('takes the most recent at or before the period, whatever the order', () => {
    expect(latestComparatorValue(values, '2023-24-Q4')?.value).toBe(30);
    expect(latestComparatorValue(values, '2023-24-Q3')?.value).toBe(20);
    expect(latestComparatorValue(values, '2022-23-Q4')?.value).toBe(20);
    expect(latestComparatorValue(values, '2025-26-Q2')?.period).toBe('2023-24-Q4');
  });

  it('is null when every value is later, or there are none', () => {
    expect(latestComparatorValue(values, '2021-22-Q3')).toBeNull();
    expect(latestComparatorValue([], '2023-24-Q4')).toBeNull();
  });
});

describe('judgementFor', () => {
  it('maps higher/lower to better/worse by polarity', () => {
    expect(judgementFor(true, 'higher_is_better')).toBe('better');
    expect(judgementFor(false, 'higher_is_better')).toBe('worse');
    expect(judgementFor(true, 'lower_is_better')).toBe('worse');
    expect(judgementFor(false, 'lower_is_better')).toBe('better');
    expect(judgementFor(true, 'neutral')).toBe('higher');
    expect(judgementFor(false, 'neutral')).toBe('lower');
  });
});

describe('percentInterval', () => {
  it('only for percent with both counts and a positive denominator', () => {
    expect(percentInterval('percent', 38, 48)?.lower).toBeCloseTo(65.74, 2);
    expect(percentInterval('count', 38, 48)).toBeNull();
    expect(percentInterval('percent', null, 48)).toBeNull();
    expect(percentInterval('percent', 38, null)).toBeNull();
    expect(percentInterval('percent', 0, 0)).toBeNull();
  });
});

describe('compareWithComparator', () => {
  // 38/48 = 79.2%, Wilson 95% interval 65.74%..88.27%.
  const withCounts: Omit<ComparisonInput, 'comparatorValue'> = {
    value: 79.2,
    numerator: 38,
    denominator: 48,
    unit: 'percent',
    polarity: 'higher_is_better',
  };

  it('not_applicable without a comparator value or our own value', () => {
    expect(compareWithComparator({ ...withCounts, comparatorValue: null }).judgement).toBe('not_applicable');
    expect(compareWithComparator({ ...withCounts, value: null, comparatorValue: 80 })).toEqual({
      judgement: 'not_applicable',
      interval: null,
    });
  });

  it('still reports our interval when there is no comparator', () => {
    expect(compareWithComparator({ ...withCounts, comparatorValue: null }).interval?.upper).toBeCloseTo(88.27, 2);
  });

  it('similar when the comparator lies inside the interval, even if the values differ', () => {
    const result = compareWithComparator({ ...withCounts, comparatorValue: 85.7 });
    expect(result.judgement).toBe('similar');
    expect(result.interval?.lower).toBeCloseTo(65.74, 2);
  });

  it('includes the interval bounds themselves', () => {
    const interval = percentInterval('percent', 38, 48);
    if (interval === null) throw new Error('expected an interval');
    expect(compareWithComparator({ ...withCounts, comparatorValue: interval.lower }).judgement).toBe('similar');
    expect(compareWithComparator({ ...withCounts, comparatorValue: interval.upper }).judgement).toBe('similar');
    expect(compareWithComparator({ ...withCounts, comparatorValue: interval.upper + 1e-9 }).judgement).toBe('worse');
    expect(compareWithComparator({ ...withCounts, comparatorValue: interval.lower - 1e-9 }).judgement).toBe('better');
  });

  it('a comparator at exactly 100% is similar to our 10 of 10', () => {
    const all = { ...withCounts, value: 100, numerator: 10, denominator: 10 };
    expect(compareWithComparator({ ...all, comparatorValue: 100 }).judgement).toBe('similar');
    expect(compareWithComparator({ ...all, comparatorValue: 70 }).judgement).toBe('better');
  });

  it('outside the interval follows polarity', () => {
    expect(compareWithComparator({ ...withCounts, comparatorValue: 60 }).judgement).toBe('better');
    expect(compareWithComparator({ ...withCounts, comparatorValue: 95 }).judgement).toBe('worse');
    const lower = { ...withCounts, polarity: 'lower_is_better' as const };
    expect(compareWithComparator({ ...lower, comparatorValue: 60 }).judgement).toBe('worse');
    expect(compareWithComparator({ ...lower, comparatorValue: 95 }).judgement).toBe('better');
    const neutral = { ...withCounts, polarity: 'neutral' as const };
    expect(compareWithComparator({ ...neutral, comparatorValue: 60 }).judgement).toBe('higher');
    expect(compareWithComparator({ ...neutral, comparatorValue: 95 }).judgement).toBe('lower');
    expect(compareWithComparator({ ...neutral, comparatorValue: 80 }).judgement).toBe('similar');
  });

  it('compares directly when a percent has no counts', () => {
    const bare = { ...withCounts, numerator: null, denominator: null };
    expect(compareWithComparator({ ...bare, comparatorValue: 79.2 })).toEqual({ judgement: 'similar', interval: null });
    expect(compareWithComparator({ ...bare, comparatorValue: 79.3 }).judgement).toBe('worse');
    expect(compareWithComparator({ ...bare, comparatorValue: 79.1 }).judgement).toBe('better');
  });

  it('compares directly when the denominator is zero', () => {
    const zero = { ...withCounts, value: 0, numerator: 0, denominator: 0 };
    expect(compareWithComparator({ ...zero, comparatorValue: 0 })).toEqual({ judgement: 'similar', interval: null });
    expect(compareWithComparator({ ...zero, comparatorValue: 5 }).judgement).toBe('worse');
  });

  it('compares directly for other units, even with counts', () => {
    const rate = { ...withCounts, unit: 'rate_per_10000' as const, value: 523.4, polarity: 'neutral' as const };
    expect(compareWithComparator({ ...rate, comparatorValue: 523.4 }).judgement).toBe('similar');
    expect(compareWithComparator({ ...rate, comparatorValue: 500 })).toEqual({ judgement: 'higher', interval: null });
    expect(compareWithComparator({ ...rate, comparatorValue: 600 }).judgement).toBe('lower');
    const days = { ...rate, unit: 'days' as const, value: 33, polarity: 'lower_is_better' as const };
    expect(compareWithComparator({ ...days, comparatorValue: 30 }).judgement).toBe('worse');
    expect(compareWithComparator({ ...days, comparatorValue: 40 }).judgement).toBe('better');
  });
});
