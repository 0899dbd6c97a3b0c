import { describe, expect, it } from 'vitest';
import { groupByMonth, monthLabel, scheduleAsAt, scheduleForPeriod, upcoming } from '../../../../src/domain/quality/schedule.ts';
import type { ScheduleItem } from '../../../../src/domain/quality/types.ts';

function item(month: string, activity: string, status: ScheduleItem['status'] = 'planned'): ScheduleItem {
  return { month, activity, serviceArea: 'Children in care', status };
}

const schedule = [
  item('2025-05', 'Care plans audit', 'complete'),
  item('2025-04', 'Supervision dip sample', 'complete'),
  item('2025-07', 'Practice observations'),
  item('2025-06', 'Return home interviews', 'cancelled'),
  item('2025-04', 'Pathway plans audit', 'complete'),
  item('2025-10', 'Chronologies dip sample'),
  item('2025-07', 'Visits audit', 'cancelled'),
  item('2026-01', 'Early help audit'),
  item('2025-03', 'Assessments audit', 'complete'),
];

describe('monthLabel', () => {
  it('names the month and year', () => {
    expect(monthLabel('2025-04')).toBe('April 2025');
    expect(monthLabel('2026-01')).toBe('January 2026');
    expect(monthLabel('2025-12')).toBe('December 2025');
  });

  it('refuses a month that is not YYYY-MM', () => {
    expect(() => monthLabel('2025-13')).toThrow(/not a month/);
    expect(() => monthLabel('April 2025')).toThrow(/not a month/);
  });
});

describe('groupByMonth', () => {
  it('sorts months and keeps input order within one', () => {
    const groups = groupByMonth(schedule);
    expect(groups.map((g) => g.month)).toEqual(['2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-10', '2026-01']);
    expect(groups[1]).toEqual({
      month: '2025-04',
      label: 'April 2025',
      items: [schedule[1], schedule[4]],
    });
  });

  it('is empty for no items', () => {
    expect(groupByMonth([])).toEqual([]);
  });
});

describe('scheduleForPeriod', () => {
  it('keeps the quarter’s three months, whatever the status', () => {
    const q1 = scheduleForPeriod(schedule, '2025-26-Q1');
    expect(q1.map((g) => g.label)).toEqual(['April 2025', 'May 2025', 'June 2025']);
    expect(q1.flatMap((g) => g.items.map((i) => i.status))).toEqual(['complete', 'complete', 'complete', 'cancelled']);
  });

  it('handles the quarter that starts in January', () => {
    expect(scheduleForPeriod(schedule, '2025-26-Q4').map((g) => g.month)).toEqual(['2026-01']);
    expect(scheduleForPeriod(schedule, '2024-25-Q4').map((g) => g.month)).toEqual(['2025-03']);
  });

  it('is empty for a quarter with nothing scheduled', () => {
    expect(scheduleForPeriod(schedule, '2023-24-Q1')).toEqual([]);
  });
});

describe('upcoming', () => {
  it('lists planned work after the quarter ends, not cancelled or done', () => {
    const next = upcoming(schedule, '2025-26-Q1');
    expect(next.map((g) => [g.month, g.items.map((i) => i.activity)])).toEqual([
      ['2025-07', ['Practice observations']],
      ['2025-10', ['Chronologies dip sample']],
      ['2026-01', ['Early help audit']],
    ]);
  });

  it('leaves out the quarter’s own months', () => {
    expect(upcoming(schedule, '2025-26-Q2').map((g) => g.month)).toEqual(['2025-10', '2026-01']);
    expect(upcoming(schedule, '2025-26-Q4')).toEqual([]);
  });
});

describe('scheduleAsAt', () => {
  it('shows a month after the quarter as at most planned, so a later quarter\'s months marked done are not done yet', () => {
    const marked = [item('2025-12', 'Case file audits', 'complete'), item('2026-01', 'Case file audits', 'complete'), item('2026-02', 'Dip sample', 'complete'), item('2026-03', 'Themed audit', 'planned')];
    expect(scheduleAsAt(marked, '2025-26-Q3').map((i) => [i.month, i.status])).toEqual([
      ['2025-12', 'complete'], ['2026-01', 'planned'], ['2026-02', 'planned'], ['2026-03', 'planned'],
    ]);
    expect(scheduleAsAt(marked, '2025-26-Q4')).toEqual(marked);
  });

  it('keeps a cancellation, which is a change to the plan rather than something done', () => {
    expect(scheduleAsAt([item('2026-02', 'Dip sample', 'cancelled')], '2025-26-Q3')[0]!.status).toBe('cancelled');
  });

  it('gives the quarter the same "coming next" whatever is marked done after it', () => {
    const marked = schedule.map((i) => (i.month > '2025-06' ? { ...i, status: 'complete' as const } : i));
    expect(upcoming(scheduleAsAt(marked, '2025-26-Q1'), '2025-26-Q1').map((g) => g.month)).toEqual(['2025-07', '2025-10', '2026-01']);
  });
});
