// The quality assurance audits as a tidy table for spreadsheets: the counts of the audits files, one row per
// quarter, activity, service area, month and pair of grades (before and after moderation), with the grade
// that stands and whether it is at its scale's pass line (named in the headline column, so shares are only
// added across rows with the same words), so a reader can total them any way without grade-scales.json.
// Audits done but not graded are rows with blank grades; moderation_reported says whether a blank moderated
// grade means "not moderated" or "moderation not reported".
import { comparePeriods } from '../../domain/period.ts';
import { AUDIT_TYPES, type AuditRow, type GradeScale, type UngradedRow } from '../../domain/quality/types.ts';
import type { CsvRecord } from '../../escape/csv.ts';
import { MONTH_PATTERN, SUPPRESSED_SYMBOL, type ColumnDefinition, type TableDefinition } from './columns.ts';
import { PERIOD_COLUMNS, periodCells } from './period-columns.ts';

export const AUDIT_COLUMNS = [
  ...PERIOD_COLUMNS,
  { name: 'activity', title: 'Activity', datatype: 'string', unit: null, blank: false,
    description: 'The quality assurance activity, e.g. Monthly case file audits.' },
  { name: 'type', title: 'Type', datatype: 'string', unit: null, blank: false, values: AUDIT_TYPES,
    description: 'audit (case-file audit), observation (practice observation), dip_sample (a sample of cases on one theme), thematic_review (a thematic or spotlight review), multi_agency_audit (a case audit with partner agencies) or learning_review (a learning review of a case).' },
  { name: 'scale', title: 'Grade scale', datatype: 'string', unit: null, blank: true,
    description: 'The id of the grade scale the activity is graded on, e.g. ofsted for Ofsted\'s four grades. Blank for audits done but not graded.' },
  { name: 'service_area', title: 'Service area', datatype: 'string', unit: null, blank: true,
    description: 'The part of the service the audits were in. Blank when the activity is not split by service area.' },
  { name: 'month', title: 'Month', datatype: 'string', unit: null, blank: true, pattern: MONTH_PATTERN,
    description: 'The month the audits were done, YYYY-MM. Blank when not recorded.' },
  { name: 'auditor_grade', title: 'Auditor\'s grade', datatype: 'string', unit: null, blank: true,
    description: 'The grade the auditor gave, as the grade\'s id in its scale, e.g. requires_improvement. Blank for audits done but not graded.' },
  { name: 'moderation_reported', title: 'Moderation reported', datatype: 'boolean', unit: null, blank: false,
    description: 'true when the council reported moderation for this quarter\'s audits; false when it gave no moderation figures.' },
  { name: 'moderated_grade', title: 'Moderated grade', datatype: 'string', unit: null, blank: true,
    description: 'The grade after a manager moderated the audit. Blank when it was not moderated, or when moderation was not reported (see moderation_reported).' },
  { name: 'final_grade', title: 'Final grade', datatype: 'string', unit: null, blank: true,
    description: 'The grade that stands: the moderated grade when there is one, otherwise the auditor\'s. Blank for audits not graded.' },
  { name: 'final_grade_label', title: 'Final grade label', datatype: 'string', unit: null, blank: true,
    description: 'The final grade in words, e.g. Requires improvement to be good. Blank for audits not graded.' },
  { name: 'headline', title: 'Pass line', datatype: 'string', unit: null, blank: true,
    description: 'The scale\'s own words for its pass line, e.g. good or better, or adequate or good. Only add up final_grade_good across rows with the same words. Blank for audits not graded.' },
  { name: 'final_grade_good', title: 'At the pass line', datatype: 'boolean', unit: null, blank: true,
    description: 'true when the final grade is at or above its scale\'s pass line (see headline); false otherwise. Blank for audits not graded.' },
  { name: 'count', title: 'Count', datatype: 'integer', unit: 'audits', blank: true, suppressible: true,
    description: 'How many audits (or observations, or dip-sample cases) had these grades: 1 or more; c where withheld under disclosure control (a small count, or one it could be worked out from). Never blank.' },
] as const satisfies readonly ColumnDefinition[];

export type AuditColumn = (typeof AUDIT_COLUMNS)[number]['name'];

export const AUDITS_TABLE: TableDefinition = {
  title: 'Quality assurance audit grades',
  description: 'How many audits, observations and dip-sample cases were given each grade, before and after moderation, by quarter, activity, service area and month.',
  columns: AUDIT_COLUMNS,
  primaryKey: ['period', 'activity', 'service_area', 'month', 'auditor_grade', 'moderated_grade'],
};

/** A row whose count may be withheld (null) under disclosure control. */
export type Counted<T extends { count: number }> = Omit<T, 'count'> & { count: number | null };

/** A withheld count added to anything stays withheld (the published rows come one per key, so this is a guard). */
const add = (a: number | null, b: number | null) => (a === null || b === null ? null : a + b);

/**
 * The audit rows of the given quarters as CSV records, oldest quarter first and in file order within a quarter.
 * Rows the data repeats (same activity, area, month and grades) are added together, so each row is one key.
 */
export function auditsTable(audits: readonly Counted<AuditRow>[], scales: readonly GradeScale[], ungraded: readonly Counted<UngradedRow>[] = []): CsvRecord[] {
  const rows = new Map<string, Record<AuditColumn, CsvRecord[string]> & { count: number | null }>();
  const ordered = [...audits].sort((a, b) => comparePeriods(a.period, b.period));
  for (const audit of ordered) {
    const key = JSON.stringify([audit.period, audit.activity, audit.serviceArea, audit.month, audit.auditorGrade, audit.moderatedGrade]);
    const existing = rows.get(key);
    if (existing) {
      existing.count = add(existing.count, audit.count);
      continue;
    }
    const finalId = audit.moderatedGrade ?? audit.auditorGrade;
    const scale = scales.find((s) => s.id === audit.scale);
    const grade = scale?.grades.find((g) => g.id === finalId);
    // The loader has checked every grade against its scale; a miss here is a bug, not bad data.
    if (!scale || !grade) throw new Error(`Grade "${finalId}" is not in scale "${audit.scale}"`);
    rows.set(key, {
      ...periodCells(audit.period),
      activity: audit.activity,
      type: audit.type,
      scale: audit.scale,
      service_area: audit.serviceArea,
      month: audit.month,
      auditor_grade: audit.auditorGrade,
      moderation_reported: audit.moderationReported,
      moderated_grade: audit.moderatedGrade,
      final_grade: finalId,
      final_grade_label: grade.label,
      headline: scale.headline,
      final_grade_good: grade.good,
      count: audit.count,
    });
  }
  const records = [...rows.values()];
  // Audits done but not graded: counted in the file, with no grade or pass line to give.
  const notGraded = new Map<string, CsvRecord & { count: number | null }>();
  for (const row of [...ungraded].sort((a, b) => comparePeriods(a.period, b.period))) {
    const key = JSON.stringify([row.period, row.activity, row.serviceArea, row.month]);
    const existing = notGraded.get(key);
    if (existing) {
      existing.count = add(existing.count, row.count);
      continue;
    }
    notGraded.set(key, {
      ...periodCells(row.period), activity: row.activity, type: row.type, scale: null, service_area: row.serviceArea, month: row.month,
      auditor_grade: null, moderation_reported: false, moderated_grade: null, final_grade: null, final_grade_label: null, headline: null,
      final_grade_good: null, count: row.count,
    });
  }
  // Oldest quarter first, as for graded rows; a stable sort keeps each quarter's graded rows before its ungraded ones.
  return [...records, ...notGraded.values()]
    .sort((a, b) => comparePeriods(String(a.period), String(b.period)))
    .map((record) => ({ ...record, count: record.count ?? SUPPRESSED_SYMBOL }));
}
