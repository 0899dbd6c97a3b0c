import { describe, expect, it } from 'vitest';
import { sharedComparatorPeriods } from '../../../src/domain/comparator-period.ts';
import type { ComparatorResult } from '../../../src/domain/scorecard.ts';

const c = (value: number | null, period: string | null): ComparatorResult => ({ id: 'x', label: 'X', value, period, judgement: 'not_applicable' });

describe('sharedComparatorPeriods', () => {
  it('names the quarter when every figure in the column is for it, ignoring rows without a figure', () => {
    const rows = [
      { comparators: [c(86.1, '2024-25-Q4'), c(1, '2024-25-Q4')] },
      { comparators: [c(null, null), c(2, '2023-24-Q4')] },
      { comparators: [c(70, '2024-25-Q4'), c(3, '2024-25-Q4')] },
    ];
    expect(sharedComparatorPeriods(rows, 2)).toEqual(['2024-25-Q4', null]);
  });

  it('gives null for a column with no figures at all', () => {
    expect(sharedComparatorPeriods([{ comparators: [c(null, null)] }], 1)).toEqual([null]);
    expect(sharedComparatorPeriods([], 2)).toEqual([null, null]);
  });
});
