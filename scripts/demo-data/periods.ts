// The demo's quarters: 13 consecutive quarters, 2022-23-Q3 to 2025-26-Q3. Inside the generator a quarter is its index
// (0 to 12); the catalogue names quarters by period, and indexes before 0 are the quarters before the first
// (rolling 12-month figures need them).
import { periodFromOrdinal, periodMonths, periodOrdinal } from '../../src/domain/period.ts';

export const FIRST = '2022-23-Q3';
export const QUARTER_COUNT = 13;
export const PERIODS: readonly string[] = Array.from({ length: QUARTER_COUNT }, (_, i) => periodFromOrdinal(periodOrdinal(FIRST) + i));

export type FinancialQuarter = 'Q1' | 'Q2' | 'Q3' | 'Q4';

/** The period of quarter index `i`, which may lie before the first quarter or after the last. */
export const periodAt = (i: number): string => periodFromOrdinal(periodOrdinal(FIRST) + i);

/** The quarter index of `period`, or null when it is not one of the demo's quarters. */
export function quarterIndex(period: string): number | null {
  const i = PERIODS.indexOf(period);
  return i < 0 ? null : i;
}

export const isQ4 = (i: number): boolean => PERIODS[i]!.endsWith('Q4');

/** Quarter index to financial quarter. */
export const financialQuarter = (i: number): FinancialQuarter => periodAt(i).slice(-2) as FinancialQuarter;

/** Calendar months `YYYY-MM` of a quarter, in order. */
export function quarterMonths(period: string): string[] {
  const { start } = periodMonths(period);
  return [0, 1, 2].map((k) => {
    const absolute = start.year * 12 + start.month + k;
    return `${Math.floor(absolute / 12)}-${String((absolute % 12) + 1).padStart(2, '0')}`;
  });
}

/** `January 2026` from `2026-01`. */
export function monthLabel(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return new Date(Date.UTC(year!, m! - 1, 1)).toLocaleString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** Every month of the demo quarters and the three months after the last one. */
export const SCHEDULE_MONTHS: readonly string[] = [...PERIODS.flatMap(quarterMonths), ...quarterMonths(periodAt(QUARTER_COUNT))];
