import { describe, expect, it } from 'vitest';
import { AUDITS_SPEC, readAudits } from '../../../src/load/audits.ts';
import { parseCsv } from '../../../src/load/csv.ts';
import { readGradeScales } from '../../../src/load/grade-scales.ts';
import type { ValidationIssue } from '../../../src/load/issue.ts';
import { GRADE_SCALES_JSON, csv, qaIssuesWith } from '../../support/load-fixtures.ts';

const FILE = 'audits/2025-26-Q3.csv';
const HEADER = 'activity,type,service_area,month,scale,auditor_grade,moderated_grade,count';
const OK_ROW = 'Case file audits,audit,Front door,2025-10,ofsted,good,good,3';

/** Reads an audits file for 2025-26-Q3 (October to December 2025) against the fixture's scales. */
function audits(...rows: string[]) {
  const issues: ValidationIssue[] = [];
  const catalogue = readGradeScales(GRADE_SCALES_JSON, issues);
  const table = parseCsv(csv(HEADER, ...rows), FILE, AUDITS_SPEC, issues);
  if (!table) throw new Error('table not read');
  return { ...readAudits(table, '2025-26-Q3', catalogue, issues), issues };
}

function only(...rows: string[]): ValidationIssue {
  const { issues } = audits(...rows);
  expect(issues).toHaveLength(1);
  return issues[0] as ValidationIssue;
}

describe('readAudits: valid rows', () => {
  it('reads the kinds of activity in a framework like Leicester\'s (seed 002) as written in plain words', () => {
    const { rows, issues } = audits(
      'Spotlight: neglect,Thematic review,,,ofsted,good,,4',
      'Joint audit with health and police,Multi-agency audit,,,ofsted,requires improvement,,2',
      'Learning reviews,learning-review,,,ofsted,inadequate,,1',
    );
    expect(issues).toEqual([]);
    expect(rows.map((r) => [r.activity, r.type])).toEqual([
      ['Spotlight: neglect', 'thematic_review'],
      ['Joint audit with health and police', 'multi_agency_audit'],
      ['Learning reviews', 'learning_review'],
    ]);
  });

  it('reads grades written as the label-like id with capitals, spaces or hyphens, and a blank type as audit', () => {
    const { rows, issues } = audits(
      'Case file audits,,,,ofsted,Good,Requires improvement,2',
      'Case file audits,Audit,,,ofsted,requires-improvement,,1',
      'Observations,Observation,,2025-12,meets_good,MEETS GOOD,Exceeds_Good,1',
    );
    expect(issues).toEqual([]);
    expect(rows).toEqual([
      { period: '2025-26-Q3', activity: 'Case file audits', type: 'audit', scale: 'ofsted', auditorGrade: 'good', moderatedGrade: 'requires_improvement', count: 2, serviceArea: '', month: null, moderationReported: true },
      { period: '2025-26-Q3', activity: 'Case file audits', type: 'audit', scale: 'ofsted', auditorGrade: 'requires_improvement', moderatedGrade: null, count: 1, serviceArea: '', month: null, moderationReported: true },
      { period: '2025-26-Q3', activity: 'Observations', type: 'observation', scale: 'meets_good', auditorGrade: 'meets_good', moderatedGrade: 'exceeds_good', count: 1, serviceArea: '', month: '2025-12', moderationReported: true },
    ]);
  });

  it('needs only the required columns', () => {
    const issues: ValidationIssue[] = [];
    const catalogue = readGradeScales(GRADE_SCALES_JSON, issues);
    const table = parseCsv(csv('activity,scale,auditor_grade,moderated_grade,count', 'Dip sample,ofsted,inadequate,,4'), FILE, AUDITS_SPEC, issues);
    const result = table ? readAudits(table, '2025-26-Q3', catalogue, issues) : null;
    expect(issues).toEqual([]);
    expect(result?.rows).toEqual([
      { period: '2025-26-Q3', activity: 'Dip sample', type: 'audit', scale: 'ofsted', auditorGrade: 'inadequate', moderatedGrade: null, count: 4, serviceArea: '', month: null, moderationReported: true },
    ]);
  });
});

describe('readAudits: moderation not reported, and audits not graded', () => {
  function read(header: string, ...rows: string[]) {
    const issues: ValidationIssue[] = [];
    const catalogue = readGradeScales(GRADE_SCALES_JSON, issues);
    const table = parseCsv(csv(header, ...rows), FILE, AUDITS_SPEC, issues);
    if (!table) throw new Error('table not read');
    return { ...readAudits(table, '2025-26-Q3', catalogue, issues), issues };
  }

  it('a file without a moderated_grade column reports no moderation; a blank cell in the column means not moderated', () => {
    const without = read('activity,scale,auditor_grade,count', 'Case file audits,ofsted,good,3');
    expect(without.issues).toEqual([]);
    expect(without.rows[0]).toMatchObject({ moderatedGrade: null, moderationReported: false });
    const blank = read('activity,scale,auditor_grade,moderated_grade,count', 'Case file audits,ofsted,good,,3');
    expect(blank.rows[0]).toMatchObject({ moderatedGrade: null, moderationReported: true });
  });

  it('a row with blank scale and auditor grade counts audits done but not graded', () => {
    const { rows, ungraded, issues } = read('activity,service_area,month,scale,auditor_grade,count', 'Family support case audits,NCFP,2025-11,,,235');
    expect(issues).toEqual([]);
    expect(rows).toEqual([]);
    expect(ungraded).toEqual([{ period: '2025-26-Q3', activity: 'Family support case audits', type: 'audit', count: 235, serviceArea: 'NCFP', month: '2025-11' }]);
  });

  it('a not-graded row with a moderated grade is refused at its cell', () => {
    const { issues, ungraded } = read('activity,scale,auditor_grade,moderated_grade,count', 'Family support case audits,,,good,235');
    expect(ungraded).toEqual([]);
    expect(issues).toEqual([{ file: FILE, line: 2, column: 'D (moderated_grade)', message: expect.stringMatching(/no scale and no auditor grade.*Fill in the scale and auditor grade, or leave the moderated grade blank\.$/) }]);
  });

  it('a blank scale with a grade is still an error, not an ungraded row', () => {
    const { issues, ungraded } = read('activity,scale,auditor_grade,count', 'Case file audits,,good,3');
    expect(ungraded).toEqual([]);
    expect(issues).toEqual([{ file: FILE, line: 2, column: 'B (scale)', message: expect.stringMatching(/^the scale is blank/) }]);
  });
});

describe('readAudits: every problem gives the file, line, column and a fix', () => {
  it('an unknown scale id, suggesting the nearest', () => {
    expect(only(OK_ROW, 'Other audits,audit,,,ofsteed,good,,1')).toEqual({
      file: FILE, line: 3, column: 'E (scale)',
      message: expect.stringMatching(/^"ofsteed" is not a grade scale in grade-scales\.json\. Did you mean "ofsted"\? Check the spelling.*or add it to grade-scales\.json first\.$/),
    });
  });

  it('a blank scale lists the scales', () => {
    expect(only('Case file audits,audit,,,,good,,1')).toEqual({
      file: FILE, line: 2, column: 'E (scale)',
      message: 'the scale is blank. Write the id of the grade scale from grade-scales.json (ofsted or meets_good).',
    });
  });

  it('a grade not in its scale lists the valid grade ids', () => {
    expect(only('Case file audits,audit,,,ofsted,goood,,1')).toEqual({
      file: FILE, line: 2, column: 'F (auditor_grade)',
      message: '"goood" is not a grade of the "ofsted" scale in grade-scales.json. Did you mean good? Write one of outstanding, good, requires_improvement or inadequate.',
    });
    expect(only('Case file audits,audit,,,ofsted,good,brilliant,1')).toEqual({
      file: FILE, line: 2, column: 'G (moderated_grade)',
      message: '"brilliant" is not a grade of the "ofsted" scale in grade-scales.json. Write one of outstanding, good, requires_improvement or inadequate.',
    });
  });

  it('a grade written as its label suggests the id', () => {
    expect(only('Case file audits,audit,,,ofsted,Requires improvement to be good,,1')).toEqual({
      file: FILE, line: 2, column: 'F (auditor_grade)',
      message: expect.stringMatching(/"Requires improvement to be good" is the label readers see; in the data write the grade's id, requires_improvement\.$/),
    });
  });

  it('a moderated grade from another scale names both scales', () => {
    expect(only('Case file audits,audit,,,ofsted,good,meets_good,1')).toEqual({
      file: FILE, line: 2, column: 'G (moderated_grade)',
      message: '"meets_good" is a grade of the "meets_good" scale, but this row uses the "ofsted" scale. ' +
        'Write one of outstanding, good, requires_improvement or inadequate, or correct the scale column if the row belongs to the "meets_good" scale.',
    });
  });

  it('a blank auditor grade lists the grades', () => {
    expect(only('Case file audits,audit,,,meets_good,,,1')).toEqual({
      file: FILE, line: 2, column: 'F (auditor_grade)',
      message: 'the auditor grade is blank. Write the grade the auditor gave: one of exceeds_good, meets_good or does_not_meet_good.',
    });
  });

  it('a count that is not a positive whole number', () => {
    const fix = 'Write the number of audits as a whole number of 1 or more, e.g. 3';
    expect(only('A,audit,,,ofsted,good,,0')).toEqual({ file: FILE, line: 2, column: 'H (count)', message: `"0" cannot be a count. ${fix} (delete the row instead of writing 0).` });
    expect(only('A,audit,,,ofsted,good,,2.5')).toEqual({ file: FILE, line: 2, column: 'H (count)', message: `"2.5" cannot be a count. ${fix}.` });
    expect(only('A,audit,,,ofsted,good,,-1')).toEqual({ file: FILE, line: 2, column: 'H (count)', message: `"-1" cannot be a count. ${fix}.` });
    expect(only('A,audit,,,ofsted,good,,')).toEqual({ file: FILE, line: 2, column: 'H (count)', message: `the count is blank. ${fix}.` });
    expect(only('A,audit,,,ofsted,good,,three')).toEqual({ file: FILE, line: 2, column: 'H (count)', message: `"three" is not a number. ${fix}.` });
  });

  it('an unknown type', () => {
    expect(only('Case file audits,survey,,,ofsted,good,,1')).toEqual({
      file: FILE, line: 2, column: 'B (type)',
      message: '"survey" is not a type. Write one of: audit, observation, dip_sample, thematic_review, multi_agency_audit, learning_review, or leave it blank for audit.',
    });
  });

  it('a malformed month, with a suggestion for the forms Excel writes', () => {
    expect(only('A,audit,,Oct-25,ofsted,good,,1')).toEqual({
      file: FILE, line: 2, column: 'D (month)',
      message: '"Oct-25" is not a month. Write months as YYYY-MM, e.g. 2025-10 for October 2025. Did you mean 2025-10? If Excel keeps changing it, format the column as Text before typing.',
    });
    expect(only('A,audit,,2025-13,ofsted,good,,1')).toEqual({
      file: FILE, line: 2, column: 'D (month)',
      message: '"2025-13" is not a month: the month number must be 01 to 12. Write months as YYYY-MM, e.g. 2025-10 for October 2025.',
    });
  });

  it('a month outside the file\'s quarter says which months are allowed', () => {
    expect(only('A,audit,,2025-09,ofsted,good,,1')).toEqual({
      file: FILE, line: 2, column: 'D (month)',
      message: '"2025-09" is not in this file\'s quarter, 2025-26-Q3 (October to December 2025). ' +
        'Write 2025-10, 2025-11 or 2025-12, or move the row to the audits file for the quarter it belongs to.',
    });
  });

  it('a blank activity', () => {
    expect(only(',audit,,,ofsted,good,,1')).toEqual({
      file: FILE, line: 2, column: 'A (activity)',
      message: expect.stringMatching(/^the activity is blank\. Write the name of the audit activity, e\.g\. Monthly case file audits/),
    });
  });

  it('one activity with two types names the earlier line', () => {
    expect(only(OK_ROW, 'Case file audits,observation,,,ofsted,good,,1')).toEqual({
      file: FILE, line: 3, column: 'B (type)',
      message: '"Case file audits" is an audit on line 2, but this row says it is an observation. ' +
        'Each activity has one type and one scale in a quarter: correct one of the rows, or give the two activities different names.',
    });
  });

  it('one activity with two scales names the earlier line', () => {
    expect(only(OK_ROW, 'Case file audits,audit,,,meets_good,meets_good,,1')).toEqual({
      file: FILE, line: 3, column: 'E (scale)',
      message: expect.stringMatching(/^"Case file audits" uses the "ofsted" scale on line 2, but this row uses the "meets_good" scale\. Each activity has one type and one scale/),
    });
  });

  it('reports every problem on a row, and keeps only rows without problems', () => {
    const { rows, issues } = audits(OK_ROW, ',survey,,2024-01,ofsted,goood,x,0');
    expect(issues.map((item) => item.column)).toEqual(['A (activity)', 'B (type)', 'F (auditor_grade)', 'G (moderated_grade)', 'H (count)', 'D (month)']);
    expect(rows).toHaveLength(1);
  });

  it('a file with no rows is not a problem here: the loader warns that it is not filled in yet', () => {
    const { rows, issues } = audits();
    expect(issues).toEqual([]);
    expect(rows).toEqual([]);
  });
});

describe('audits files in the dataset', () => {
  it('a badly named audits file suggests the right name', async () => {
    const issues = await qaIssuesWith({ 'audits/Q3 2025-26.csv': csv(HEADER, OK_ROW) });
    expect(issues).toEqual([{
      file: 'audits/Q3 2025-26.csv', line: null, column: null,
      message: expect.stringMatching(/the file name "Q3 2025-26\.csv" is not a quarter\. Name each file in audits\/ after the quarter.*Did you mean 2025-26-Q3\.csv\?/),
    }]);
  });

  it('missing required columns are reported at the header', async () => {
    const issues = await qaIssuesWith({ 'audits/2024-25-Q1.csv': csv('activity,scale,count', 'A,ofsted,1'), 'audit-domains/2024-25-Q1.csv': null });
    expect(issues).toEqual([{
      file: 'audits/2024-25-Q1.csv', line: 1, column: null,
      message: expect.stringMatching(/the header row is missing the column "auditor_grade"/),
    }]);
  });

  it('a heading that is a word of a missing column is refused on its cell, with the columns it could be', async () => {
    const issues = await qaIssuesWith({ 'audits/2024-25-Q1.csv': csv('activity,scale,grade,count', 'A,ofsted,good,1'), 'audit-domains/2024-25-Q1.csv': null });
    expect(issues).toEqual([{
      file: 'audits/2024-25-Q1.csv', line: 1, column: 'C (grade)',
      message: expect.stringMatching(/^the heading "grade" is not a column the site reads, so every value under it would be ignored; it looks like "auditor_grade" or "moderated_grade"\. Rename the heading "auditor_grade" or "moderated_grade"\./),
    }]);
  });
});
