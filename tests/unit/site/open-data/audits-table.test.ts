import { describe, expect, it } from 'vitest';
import { AUDIT_COLUMNS, auditsTable } from '../../../../src/site/open-data/audits-table.ts';
import { row, scales } from '../../../support/quality-fixtures.ts';

const names = AUDIT_COLUMNS.map((column) => column.name);

describe('auditsTable', () => {
  it('writes exactly the defined columns in every row', () => {
    const rows = auditsTable([row({ auditorGrade: 'good', moderatedGrade: null, count: 2 })], scales);
    expect(Object.keys(rows[0]!).sort()).toEqual([...names].sort());
  });

  it('gives the grade that stands: the moderated grade when there is one, with its label and whether it is good', () => {
    const [moved, unmoderated] = auditsTable([
      row({ auditorGrade: 'good', moderatedGrade: 'ri', count: 1 }),
      row({ auditorGrade: 'outstanding', moderatedGrade: null, count: 3 }),
    ], scales);
    expect(moved).toMatchObject({ auditor_grade: 'good', moderated_grade: 'ri', final_grade: 'ri', final_grade_label: 'Requires improvement to be good', final_grade_good: false, count: 1 });
    expect(unmoderated).toMatchObject({ auditor_grade: 'outstanding', moderated_grade: null, final_grade: 'outstanding', final_grade_good: true, count: 3 });
  });

  it('adds together rows the data repeats, so each row is one key', () => {
    const rows = auditsTable([
      row({ auditorGrade: 'good', moderatedGrade: null, count: 2, month: '2023-10' }),
      row({ auditorGrade: 'good', moderatedGrade: null, count: 5, month: '2023-10' }),
      row({ auditorGrade: 'good', moderatedGrade: null, count: 1, month: '2023-11' }),
    ], scales);
    expect(rows.map((r) => [r['month'], r['count']])).toEqual([['2023-10', 7], ['2023-11', 1]]);
  });

  it('puts quarters oldest first with their dates, keeping file order within a quarter', () => {
    const rows = auditsTable([
      row({ period: '2024-25-Q1', auditorGrade: 'good', moderatedGrade: null, count: 1 }),
      row({ period: '2023-24-Q4', activity: 'B', auditorGrade: 'good', moderatedGrade: null, count: 1 }),
      row({ period: '2023-24-Q4', activity: 'A', auditorGrade: 'good', moderatedGrade: null, count: 1 }),
    ], scales);
    expect(rows.map((r) => [r['period'], r['activity']])).toEqual([['2023-24-Q4', 'B'], ['2023-24-Q4', 'A'], ['2024-25-Q1', 'Deep dive case audits']]);
    expect(rows[0]).toMatchObject({ period_start: '2024-01-01', period_end: '2024-03-31' });
  });
});
