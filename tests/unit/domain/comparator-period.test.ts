import { describe, expect, it } from 'vitest';
import { scorecardCaption, usualComparatorPeriods } from '../../../src/domain/comparator-period.ts';
import type { ComparatorResult } from '../../../src/domain/scorecard.ts';

const c = (value: number | null, period: string | null): ComparatorResult => ({ id: 'x', label: 'X', value, period, judgement: 'not_applicable' });

describe('usualComparatorPeriods', () => {
  it('names the quarter most figures in the column are for, ignoring rows without a figure', () => {
    const rows = [
      { comparators: [c(86.1, '2024-25-Q4'), c(1, '2024-25-Q4'), c(1, '2024-25-Q2')] },
      { comparators: [c(null, null), c(2, '2023-24-Q4'), c(1, '2024-25-Q4')] },
      { comparators: [c(70, '2024-25-Q4'), c(3, '2024-25-Q4'), c(null, '2025-26-Q1')] },
    ];
    // The third column's tie goes to the later quarter; a period without a figure does not count.
    expect(usualComparatorPeriods(rows, 3)).toEqual(['2024-25-Q4', '2024-25-Q4', '2024-25-Q4']);
  });

  it('gives null for a column with no figures at all', () => {
    expect(usualComparatorPeriods([{ comparators: [c(null, null)] }], 1)).toEqual([null]);
    expect(usualComparatorPeriods([], 2)).toEqual([null, null]);
  });
});

describe('scorecardCaption', () => {
  const labels = { period: 'Q3 2025/26', previous: 'Q2 2025/26', yearEarlier: 'Q3 2024/25' };

  it('names the quarter and the quarters each change is since', () => {
    expect(scorecardCaption(labels, [])).toBe('Q3 2025/26 by theme, with changes since Q2 2025/26 and since Q3 2024/25 (a year earlier).');
  });

  it('names the one quarter all comparisons are for', () => {
    const caption = scorecardCaption(labels, [{ label: 'England', period: 'Q4 2024/25' }, { label: 'North West', period: 'Q4 2024/25' }]);
    expect(caption).toMatch(/\(a year earlier\), and other areas' latest figures: for Q4 2024\/25 unless another quarter is shown\.$/);
  });

  it('names each comparison’s quarter when they differ, leaving out those without figures', () => {
    const caption = scorecardCaption(labels, [{ label: 'England', period: '2024/25' }, { label: 'North West', period: 'Q4 2024/25' }, { label: 'Similar', period: null }]);
    expect(caption).toMatch(/, and other areas' latest figures: England for 2024\/25, North West for Q4 2024\/25 unless another quarter is shown\.$/);
    expect(scorecardCaption(labels, [{ label: 'England', period: null }])).toMatch(/\(a year earlier\), and other areas' latest figures\.$/);
  });
});
