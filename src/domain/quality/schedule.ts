// The audit schedule by month. Months are `YYYY-MM`, which sort and compare correctly as text.
import { periodMonths } from '../period.ts';
import type { PeriodId } from '../types.ts';
import type { ScheduleItem } from './types.ts';

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export interface ScheduleMonth {
  month: string;
  /** `April 2025`. */
  label: string;
  /** In input order. */
  items: ScheduleItem[];
}

export function monthLabel(month: string): string {
  const match = MONTH_PATTERN.exec(month);
  if (!match) throw new Error(`"${month}" is not a month; write months as YYYY-MM`);
  return `${MONTH_NAMES[Number(match[2]) - 1]} ${match[1]}`;
}

function monthKey(year: number, monthIndex: number): string {
  return `${year}-${String(monthIndex + 1).padStart(2, '0')}`;
}

/** Months with items only, oldest first. */
export function groupByMonth(items: readonly ScheduleItem[]): ScheduleMonth[] {
  const byMonth = new Map<string, ScheduleItem[]>();
  for (const item of items) {
    const group = byMonth.get(item.month);
    if (group) group.push(item);
    else byMonth.set(item.month, [item]);
  }
  return [...byMonth.keys()].sort().map((month) => ({ month, label: monthLabel(month), items: byMonth.get(month) ?? [] }));
}

/** Everything scheduled in the quarter's three months, whatever its status. */
export function scheduleForPeriod(items: readonly ScheduleItem[], period: PeriodId): ScheduleMonth[] {
  const { start, end } = periodMonths(period);
  const first = monthKey(start.year, start.month);
  const last = monthKey(end.year, end.month);
  return groupByMonth(items.filter((item) => item.month >= first && item.month <= last));
}

/** Planned work in months after the quarter ends: what is coming next. */
export function upcoming(items: readonly ScheduleItem[], afterPeriod: PeriodId): ScheduleMonth[] {
  const { end } = periodMonths(afterPeriod);
  const last = monthKey(end.year, end.month);
  return groupByMonth(items.filter((item) => item.status === 'planned' && item.month > last));
}

/**
 * The schedule as it stood at the end of `period`: an activity in a later month is at most planned, since it had
 * not happened yet (marking a draft quarter's months done must not show them done before it is published).
 * A cancellation stays: it is a change to the plan, not something done.
 */
export function scheduleAsAt(items: readonly ScheduleItem[], period: PeriodId): ScheduleItem[] {
  const { end } = periodMonths(period);
  const last = monthKey(end.year, end.month);
  return items.map((item) => (item.status === 'complete' && item.month > last ? { ...item, status: 'planned' } : item));
}
