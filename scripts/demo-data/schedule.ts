// The quality assurance schedule (schedule.csv): every month of the demo quarters and the next three months, with
// each quarter's themed audit, dip sample and multi-agency audit, the cancelled activities and those planned ahead.
import { PERIODS, SCHEDULE_MONTHS, quarterMonths } from './periods.ts';
import { ALL_AREAS, CANCELLED, CASE_FILE_AUDITS, PLANNED_AFTER, PRACTICE_OBSERVATIONS, observationArea } from './qa/activities.ts';
import type { QuarterQa } from './qa/audits.ts';
import { csv } from './text.ts';

export interface ScheduleRow {
  month: string;
  activity: string;
  area: string;
  status: string;
}

/** Monthly activities first, then themed audits, then the rest, by name. */
const scheduleKind = (activity: string): number =>
  activity === CASE_FILE_AUDITS ? 0 : activity === PRACTICE_OBSERVATIONS ? 1 : activity.startsWith('Themed audit') ? 2 : 3;

export function scheduleRows(quarters: readonly QuarterQa[]): ScheduleRow[] {
  const rows: ScheduleRow[] = [];
  const lastMonth = quarterMonths(PERIODS.at(-1)!)[2]!;
  const statusFor = (month: string): string => (month <= lastMonth ? 'complete' : 'planned');
  for (const month of SCHEDULE_MONTHS) {
    rows.push({ month, activity: CASE_FILE_AUDITS, area: ALL_AREAS, status: statusFor(month) });
    rows.push({ month, activity: PRACTICE_OBSERVATIONS, area: observationArea(month), status: statusFor(month) });
  }
  quarters.forEach((q) => {
    const months = quarterMonths(q.period);
    for (const extra of [q.themed, q.dip, q.multiAgency]) {
      if (extra) rows.push({ month: months[extra.month]!, activity: extra.activity, area: extra.area, status: 'complete' });
    }
  });
  for (const c of CANCELLED) rows.push({ ...c, status: 'cancelled' });
  for (const p of PLANNED_AFTER) rows.push({ ...p, status: 'planned' });
  return rows.sort((a, b) => a.month.localeCompare(b.month) || scheduleKind(a.activity) - scheduleKind(b.activity) || a.activity.localeCompare(b.activity));
}

export function scheduleCsv(rows: readonly ScheduleRow[]): string {
  return csv(['month', 'activity', 'service_area', 'status'], rows.map((r) => [r.month, r.activity, r.area, r.status]));
}
