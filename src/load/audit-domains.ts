// audit-domains/<period>.csv (optional): grades for each practice domain of the activities in that quarter's audits file.
import type { DomainGradeRow } from '../domain/quality/types.ts';
import type { PeriodId } from '../domain/types.ts';
import { readPositiveCount, readRequiredText, type Parsed } from './cells.ts';
import type { CsvCell, CsvSpec, CsvTable } from './csv.ts';
import { orList } from './dates.ts';
import { DuplicateRows } from './duplicates.ts';
import { normaliseGrade, type ScaleCatalogue } from './grade-scales.ts';
import { readGrade } from './grades.ts';
import { AUDITS_DIR, type AuditActivity } from './audits.ts';
import { issue, type ValidationIssue } from './issue.ts';

export const AUDIT_DOMAINS_DIR = 'audit-domains';

export const AUDIT_DOMAINS_SPEC: CsvSpec = {
  required: ['activity', 'domain', 'grade', 'count'],
  optional: [],
};

function readActivity(
  cell: CsvCell, file: string, issues: ValidationIssue[], period: PeriodId, activities: ReadonlyMap<string, AuditActivity> | null,
): Parsed<string> {
  const activity = readRequiredText(cell, file, issues,
    `the activity is blank. Write the name of an activity in ${AUDITS_DIR}/${period}.csv, e.g. Monthly case file audits.`);
  if (!activity.ok || activities === null || activities.has(activity.value)) return activity;
  const names = [...activities.keys()];
  const sameWords = names.find((name) => normaliseGrade(name) === normaliseGrade(activity.value));
  const hint = sameWords !== undefined
    ? ` Did you mean "${sameWords}"? Write the name exactly as in the audits file.`
    : names.length > 0 && names.length <= 8 ? ` The activities there are ${orList(names.map((name) => `"${name}"`))}.` : '';
  issues.push(issue(file, cell.line, cell.column,
    `"${activity.value}" is not an activity in ${AUDITS_DIR}/${period}.csv.${hint} ` +
    'Domain grades belong to an activity audited that quarter: correct the name, or add the activity\'s audits to the audits file.'));
  return { ok: false };
}

/**
 * `activities` null: that quarter's audits file could not be read, so activity names are not checked. Grades are
 * checked against the scale the activity uses in the audits file.
 */
export function readAuditDomains(
  table: CsvTable, period: PeriodId, activities: ReadonlyMap<string, AuditActivity> | null, catalogue: ScaleCatalogue | null,
  issues: ValidationIssue[],
): DomainGradeRow[] {
  const file = table.file;
  const rows: DomainGradeRow[] = [];
  const duplicates = new DuplicateRows(file, issues);

  if (table.rows.length === 0) {
    issues.push(issue(file, null, null, 'this domain grades file has no rows. Add one row per activity, domain and grade under the header row, or delete the file.'));
  }

  for (const row of table.rows) {
    const before = issues.length;
    const activity = readActivity(row.cell('activity'), file, issues, period, activities);
    const domain = readRequiredText(row.cell('domain'), file, issues,
      'the domain is blank. Write the practice domain the grade is for, e.g. Voice of the child.');
    const gradeCell = row.cell('grade');
    const scale = activity.ok ? activities?.get(activity.value)?.scale ?? undefined : undefined;
    const grade = readGrade(gradeCell, file, issues, scale, catalogue, 'the grade is blank. Write the grade given for this domain',
      activity.ok ? { owner: `"${activity.value}"`, file: `${AUDITS_DIR}/${period}.csv` } : undefined);
    const count = readPositiveCount(row.cell('count'), file, issues, 'audits with this grade');

    if (activity.ok && domain.ok && grade.ok && grade.value !== null) {
      duplicates.check([activity.value, domain.value, grade.value], row.line, gradeCell, (earlier) =>
        `there is already a row for "${activity.value}", "${domain.value}", ${grade.value} on line ${earlier}. ` +
        'Keep one row per activity, domain and grade: add the counts together and delete one of the rows.');
    }

    if (issues.length === before && activity.ok && domain.ok && grade.ok && grade.value !== null && count.ok) {
      rows.push({ period, activity: activity.value, domain: domain.value, grade: grade.value, count: count.value });
    }
  }
  return rows;
}
