// audits/<period>.csv (optional): audit counts for one quarter, one row per activity, grade movement and
// (optionally) service area and month.
import { periodMonthsLabel } from '../domain/period.ts';
import { AUDIT_TYPES, type AuditRow, type AuditType, type GradeScale, type UngradedRow } from '../domain/quality/types.ts';
import type { PeriodId } from '../domain/types.ts';
import { readChoice, readPositiveCount, readRequiredText, unknownIdMessage, type Parsed } from './cells.ts';
import type { CsvCell, CsvSpec, CsvTable } from './csv.ts';
import { monthsOfPeriod, orList, readMonth } from './dates.ts';
import { FirstSeen } from './duplicates.ts';
import { GRADE_SCALES_FILE, type ScaleCatalogue } from './grade-scales.ts';
import { readGrade } from './grades.ts';
import { issue, type ValidationIssue } from './issue.ts';

export const AUDITS_DIR = 'audits';

export const AUDITS_SPEC: CsvSpec = {
  required: ['activity', 'scale', 'auditor_grade', 'count'],
  // Without a moderated_grade column, moderation was not reported (not "none moderated").
  optional: ['moderated_grade', 'type', 'service_area', 'month'],
};

/** What audit-domain files need to know about one quarter's activities. */
export interface AuditActivity {
  /** The activity's scale when it is known and valid; null when it cannot be used to check grades. */
  scale: GradeScale | null;
}

export interface AuditsResult {
  rows: AuditRow[];
  /** Rows with blank scale and auditor grade: audits done but not graded. */
  ungraded: UngradedRow[];
  /** Every activity named in the file, even on rows with other problems. */
  activities: Map<string, AuditActivity>;
}

function readScale(cell: CsvCell, file: string, issues: ValidationIssue[], catalogue: ScaleCatalogue | null): Parsed<string> {
  if (cell.text === '') {
    const known = catalogue && catalogue.ids.size > 0 ? ` (${orList([...catalogue.ids])})` : '';
    issues.push(issue(file, cell.line, cell.column, `the scale is blank. Write the id of the grade scale from ${GRADE_SCALES_FILE}${known}.`));
    return { ok: false };
  }
  if (catalogue !== null && !catalogue.ids.has(cell.text)) {
    issues.push(issue(file, cell.line, cell.column, unknownIdMessage(cell.text, 'a grade scale', GRADE_SCALES_FILE, catalogue.ids)));
    return { ok: false };
  }
  return { ok: true, value: cell.text };
}

/** Reports a row that gives an activity a different type or scale from an earlier row. */
function checkSame<T extends string>(
  seen: FirstSeen<{ value: T; line: number }>, activity: string, value: T, cell: CsvCell, file: string, issues: ValidationIssue[],
  describe: (value: T) => string,
): void {
  const earlier = seen.before(activity, { value, line: cell.line });
  if (earlier === undefined || earlier.value === value) return;
  issues.push(issue(file, cell.line, cell.column,
    `"${activity}" ${describe(earlier.value)} on line ${earlier.line}, but this row ${describe(value).replace(/^is/, 'says it is')}. ` +
    'Each activity has one type and one scale in a quarter: correct one of the rows, or give the two activities different names.'));
}

function readMonthInPeriod(cell: CsvCell, period: PeriodId, months: readonly string[], file: string, issues: ValidationIssue[]): Parsed<string | null> {
  const month = readMonth(cell, file, issues);
  if (month.ok && month.value !== null && !months.includes(month.value)) {
    issues.push(issue(file, cell.line, cell.column,
      `"${month.value}" is not in this file's quarter, ${period} (${periodMonthsLabel(period)}). ` +
      `Write ${orList(months)}, or move the row to the audits file for the quarter it belongs to.`));
    return { ok: false };
  }
  return month;
}

/** `catalogue` null: grade-scales.json is missing or unreadable, so scales and grades are not checked. */
export function readAudits(table: CsvTable, period: PeriodId, catalogue: ScaleCatalogue | null, issues: ValidationIssue[]): AuditsResult {
  const file = table.file;
  const rows: AuditRow[] = [];
  const ungraded: UngradedRow[] = [];
  const moderationReported = table.columns.has('moderated_grade');
  const activities = new Map<string, AuditActivity>();
  const types = new FirstSeen<{ value: AuditType; line: number }>();
  const scales = new FirstSeen<{ value: string; line: number }>();
  const months = monthsOfPeriod(period);

  for (const row of table.rows) {
    const before = issues.length;
    const activity = readRequiredText(row.cell('activity'), file, issues,
      'the activity is blank. Write the name of the audit activity, e.g. Monthly case file audits, written the same way on each of its rows.');
    const typeCell = row.cell('type');
    const type = readChoice(typeCell, file, issues, AUDIT_TYPES, 'type', 'audit');
    const scaleCell = row.cell('scale');
    if (scaleCell.text === '' && row.cell('auditor_grade').text === '') {
      // Audits done but not graded (e.g. a service that does not grade yet): counted, never in a share.
      const moderatedCell = row.cell('moderated_grade');
      if (moderatedCell.text !== '') {
        issues.push(issue(file, moderatedCell.line, moderatedCell.column,
          'this row has no scale and no auditor grade, so it counts audits that were not graded, but it has a moderated grade. ' +
          'Fill in the scale and auditor grade, or leave the moderated grade blank.'));
      }
      const count = readPositiveCount(row.cell('count'), file, issues, 'audits');
      const month = readMonthInPeriod(row.cell('month'), period, months, file, issues);
      if (activity.ok) {
        if (!activities.has(activity.value)) activities.set(activity.value, { scale: null });
        if (type.ok) checkSame(types, activity.value, type.value, typeCell, file, issues, (value) => `is ${/^[aeiou]/.test(value) ? 'an' : 'a'} ${value}`);
      }
      if (issues.length === before && activity.ok && type.ok && count.ok && month.ok) {
        ungraded.push({ period, activity: activity.value, type: type.value, count: count.value, serviceArea: row.cell('service_area').text, month: month.value });
      }
      continue;
    }
    const scaleId = readScale(scaleCell, file, issues, catalogue);
    const scale = scaleId.ok ? catalogue?.scales.get(scaleId.value) : undefined;

    const auditor = readGrade(row.cell('auditor_grade'), file, issues, scale, catalogue,
      'the auditor grade is blank. Write the grade the auditor gave');
    const moderated = readGrade(row.cell('moderated_grade'), file, issues, scale, catalogue, null);
    const count = readPositiveCount(row.cell('count'), file, issues, 'audits');

    const month = readMonthInPeriod(row.cell('month'), period, months, file, issues);

    if (activity.ok) {
      // The activity's scale for its domain grades: the first usable one, even if an earlier row's was not.
      if (!activities.get(activity.value)?.scale) activities.set(activity.value, { scale: scale ?? null });
      if (type.ok) checkSame(types, activity.value, type.value, typeCell, file, issues, (value) => `is ${/^[aeiou]/.test(value) ? 'an' : 'a'} ${value}`);
      if (scaleId.ok) checkSame(scales, activity.value, scaleId.value, scaleCell, file, issues, (value) => `uses the "${value}" scale`);
    }

    if (issues.length === before && activity.ok && type.ok && scaleId.ok && auditor.ok && auditor.value !== null
      && moderated.ok && count.ok && month.ok) {
      rows.push({
        period,
        activity: activity.value,
        type: type.value,
        scale: scaleId.value,
        auditorGrade: auditor.value,
        moderatedGrade: moderated.value,
        count: count.value,
        serviceArea: row.cell('service_area').text,
        month: month.value,
        moderationReported,
      });
    }
  }
  return { rows, ungraded, activities };
}
