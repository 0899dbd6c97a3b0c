// schedule.csv (optional): the QA activities planned or done, by month.
import { SCHEDULE_STATUSES, type ScheduleItem } from '../domain/quality/types.ts';
import { readChoice, readRequiredText } from './cells.ts';
import type { CsvSpec, CsvTable } from './csv.ts';
import { WRITE_MONTHS, readMonth } from './dates.ts';
import type { ValidationIssue } from './issue.ts';

export const SCHEDULE_FILE = 'schedule.csv';

export const SCHEDULE_SPEC: CsvSpec = {
  required: ['month', 'activity', 'service_area', 'status'],
  optional: [],
};

export function readSchedule(table: CsvTable, issues: ValidationIssue[]): ScheduleItem[] {
  const file = table.file;
  const items: ScheduleItem[] = [];
  for (const row of table.rows) {
    const before = issues.length;
    const month = readMonth(row.cell('month'), file, issues, `${WRITE_MONTHS}.`);
    const activity = readRequiredText(row.cell('activity'), file, issues,
      'the activity is blank. Write the QA activity planned for the month, e.g. Monthly case file audits.');
    const status = readChoice(row.cell('status'), file, issues, SCHEDULE_STATUSES, 'status');
    if (issues.length === before && month.ok && month.value !== null && activity.ok && status.ok) {
      items.push({ month: month.value, activity: activity.value, serviceArea: row.cell('service_area').text, status: status.value });
    }
  }
  return items;
}
