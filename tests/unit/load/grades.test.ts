// A grade in an audits file is read against the scale its row uses: written in any capitals, with spaces or
// hyphens, it is that grade's id; a scale's label, or another scale's grade, is refused with the id to write.
import { describe, expect, it } from 'vitest';
import type { GradeScale } from '../../../src/domain/quality/types.ts';
import { findGrade, readGrade } from '../../../src/load/grades.ts';
import type { ScaleCatalogue } from '../../../src/load/grade-scales.ts';
import type { ValidationIssue } from '../../../src/load/issue.ts';
import { meetsGood, ofsted } from '../../support/quality-fixtures.ts';

const FILE = 'audits/2024-25-Q1.csv';
const catalogue: ScaleCatalogue = { scales: new Map([[ofsted.id, ofsted], [meetsGood.id, meetsGood]]), ids: new Set([ofsted.id, meetsGood.id]) };
const cell = (text: string) => ({ text, line: 4, column: 'E (auditor_grade)' });

function read(text: string, scale: GradeScale | undefined = ofsted, blank: string | null = 'the auditor\'s grade is blank. Write the grade', source?: { owner: string; file: string }) {
  const issues: ValidationIssue[] = [];
  const result = readGrade(cell(text), FILE, issues, scale, catalogue, blank, source);
  for (const found of issues) expect(found).toMatchObject({ file: FILE, line: 4, column: 'E (auditor_grade)' });
  return { result, messages: issues.map((found) => found.message) };
}

describe('findGrade', () => {
  it('finds a grade by its id in any capitals, with spaces or hyphens for underscores', () => {
    expect(findGrade(meetsGood, 'Not met')).toBe('not_met');
    expect(findGrade(meetsGood, ' NOT-MET ')).toBe('not_met');
    expect(findGrade(ofsted, 'ri')).toBe('ri');
  });

  it('finds nothing for a label or another scale\'s grade', () => {
    expect(findGrade(ofsted, 'Requires improvement to be good')).toBeNull();
    expect(findGrade(ofsted, 'meets')).toBeNull();
  });
});

describe('readGrade', () => {
  it('reads a grade of the row\'s scale as its id', () => {
    expect(read('Outstanding').result).toEqual({ ok: true, value: 'outstanding' });
  });

  it('refuses a blank grade where one is needed, listing the scale\'s grades; reads it as none where blank is allowed', () => {
    expect(read('').messages).toEqual(['the auditor\'s grade is blank. Write the grade: one of outstanding, good, ri or inadequate.']);
    expect(read('', ofsted, null)).toEqual({ result: { ok: true, value: null }, messages: [] });
  });

  it('tells an officer who wrote the label readers see which id to write', () => {
    expect(read('Requires improvement to be good').messages).toEqual([
      '"Requires improvement to be good" is not a grade of the "ofsted" scale in grade-scales.json. "Requires improvement to be good" is the label readers see; in the data write the grade\'s id, ri.',
    ]);
  });

  it('names the scale a grade belongs to when the row uses another, and where that scale was set', () => {
    expect(read('meets').messages).toEqual([
      '"meets" is a grade of the "meets_good" scale, but this row uses the "ofsted" scale. Write one of outstanding, good, ri or inadequate, or correct the scale column if the row belongs to the "meets_good" scale.',
    ]);
    expect(read('Meets good', ofsted, 'blank', { owner: '"Case file audits"', file: 'audits/2024-25-Q1.csv' }).messages).toEqual([
      '"Meets good" is a grade of the "meets_good" scale, but "Case file audits" uses the "ofsted" scale in audits/2024-25-Q1.csv. Write one of outstanding, good, ri or inadequate.',
    ]);
  });

  it('suggests the grade meant for a slip of spelling', () => {
    expect(read('outstandng').messages).toEqual([
      '"outstandng" is not a grade of the "ofsted" scale in grade-scales.json. Did you mean outstanding? Write one of outstanding, good, ri or inadequate.',
    ]);
  });

  it('takes the text as it is when the row\'s scale is unknown, so one bad scale is not reported on every grade', () => {
    const issues: ValidationIssue[] = [];
    expect(readGrade(cell('anything'), FILE, issues, undefined, catalogue, 'blank')).toEqual({ ok: true, value: 'anything' });
    expect(readGrade(cell('anything'), FILE, issues, ofsted, null, 'blank')).toEqual({ ok: true, value: 'anything' });
    expect(issues).toEqual([]);
  });
});
