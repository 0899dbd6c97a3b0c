import { describe, expect, it } from 'vitest';
import { PERIODS, SCHEDULE_MONTHS, financialQuarter, monthLabel, periodAt, quarterIndex, quarterMonths } from '../../../../scripts/demo-data/periods.ts';

describe('the demo\'s quarters', () => {
  it('are 13 consecutive quarters, 2022-23-Q3 to 2025-26-Q3', () => {
    expect(PERIODS).toHaveLength(13);
    expect([PERIODS[0], PERIODS.at(-1)]).toEqual(['2022-23-Q3', '2025-26-Q3']);
    PERIODS.forEach((period, i) => expect(quarterIndex(period)).toBe(i));
    expect(quarterIndex('2030-31-Q1')).toBeNull();
  });

  it('reach before the first quarter, for rolling figures', () => {
    expect(periodAt(-1)).toBe('2022-23-Q2');
    expect(financialQuarter(-3)).toBe('Q4');
  });

  it('have their calendar months, and the schedule runs three months past the last', () => {
    expect(quarterMonths('2022-23-Q4')).toEqual(['2023-01', '2023-02', '2023-03']);
    expect(monthLabel('2026-01')).toBe('January 2026');
    expect(SCHEDULE_MONTHS).toHaveLength(13 * 3 + 3);
    expect(SCHEDULE_MONTHS.at(-1)).toBe('2026-03');
  });
});
