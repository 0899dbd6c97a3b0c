import { describe, expect, it } from 'vitest';
import { quarterGaps, quarterHasEnded, quartersBetween } from '../../../src/domain/period-checks.ts';

describe('whether a quarter has ended', () => {
  it('has not on its last day, and has the day after', () => {
    expect(quarterHasEnded('2025-26-Q3', '2025-12-31')).toBe(false);
    expect(quarterHasEnded('2025-26-Q3', '2026-01-01')).toBe(true);
    expect(quarterHasEnded('2025-26-Q4', '2026-03-31')).toBe(false);
    expect(quarterHasEnded('2025-26-Q4', '2026-04-01')).toBe(true);
  });

  it('a quarter a year ahead has not', () => {
    expect(quarterHasEnded('2026-27-Q4', '2026-12-06')).toBe(false);
    expect(quarterHasEnded('2025-26-Q3', '2026-12-06')).toBe(true);
  });
});

describe('quarters missing between quarter files', () => {
  it('lists the quarters between two, across a financial year', () => {
    expect(quartersBetween('2025-26-Q3', '2026-27-Q4')).toEqual(['2025-26-Q4', '2026-27-Q1', '2026-27-Q2', '2026-27-Q3']);
    expect(quartersBetween('2025-26-Q3', '2025-26-Q4')).toEqual([]);
  });

  it('finds each gap, in any order of files, and none in a run', () => {
    expect(quarterGaps(['2025-26-Q1', '2025-26-Q2', '2025-26-Q3'])).toEqual([]);
    expect(quarterGaps(['2026-27-Q4', '2024-25-Q1', '2024-25-Q3', '2025-26-Q3'])).toEqual([
      { after: '2024-25-Q1', before: '2024-25-Q3', missing: ['2024-25-Q2'] },
      { after: '2024-25-Q3', before: '2025-26-Q3', missing: ['2024-25-Q4', '2025-26-Q1', '2025-26-Q2'] },
      { after: '2025-26-Q3', before: '2026-27-Q4', missing: ['2025-26-Q4', '2026-27-Q1', '2026-27-Q2', '2026-27-Q3'] },
    ]);
  });
});
