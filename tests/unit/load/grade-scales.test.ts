import { describe, expect, it } from 'vitest';
import { readGradeScales } from '../../../src/load/grade-scales.ts';
import type { ValidationIssue } from '../../../src/load/issue.ts';
import { GRADE_SCALES_JSON, qaIssuesWith } from '../../support/load-fixtures.ts';

function scales(text: string) {
  const issues: ValidationIssue[] = [];
  const catalogue = readGradeScales(text, issues);
  return { catalogue, issues };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const lines = (...text: string[]) => `${text.join('\n')}\n`;
const grade = (id: string, good: boolean) => ({ id, label: id, good });
const scale = (id: string, ...grades: object[]) => ({ id, label: id, grades });
const TWO_GRADES = (id: string) => JSON.stringify(scale(id, grade('good', true), grade('bad', false)));

describe('readGradeScales: a scale names its pass line', () => {
  it('reads "headline", trimmed, and uses "good or better" when it is left out', () => {
    const { catalogue, issues } = scales(json([
      { ...scale('csc', grade('adequate_or_good', true), grade('inadequate', false)), headline: ' adequate or good ' },
      scale('ofsted', grade('good', true), grade('inadequate', false)),
    ]));
    expect(issues).toEqual([]);
    expect(catalogue?.scales.get('csc')?.headline).toBe('adequate or good');
    expect(catalogue?.scales.get('ofsted')?.headline).toBe('good or better');
  });

  it('refuses an empty or non-text headline at its line, saying what to write', () => {
    const { issues } = scales(json([
      { ...scale('csc', grade('good', true), grade('bad', false)), headline: '' },
      { ...scale('other', grade('good', true), grade('bad', false)), headline: true },
    ]));
    expect(issues.map((i) => [i.file, i.column, i.message])).toEqual([
      ['grade-scales.json', '[0].headline', expect.stringMatching(/^"headline" is empty\. Write the words for the grades marked "good": true, e\.g\. "headline": "adequate or good"/)],
      ['grade-scales.json', '[1].headline', expect.stringMatching(/^"headline" must be text in double quotes/)],
    ]);
    expect(issues.every((i) => typeof i.line === 'number' && i.line > 1)).toBe(true);
  });
});

describe('readGradeScales: valid files', () => {
  it('reads the scales in file order, best grade first', () => {
    const { catalogue, issues } = scales(GRADE_SCALES_JSON);
    expect(issues).toEqual([]);
    expect([...(catalogue?.scales.keys() ?? [])]).toEqual(['ofsted', 'meets_good']);
    expect(catalogue?.scales.get('meets_good')?.grades.map((g) => g.id)).toEqual(['exceeds_good', 'meets_good', 'does_not_meet_good']);
  });

  it('accepts a byte-order mark and CRLF, trims text and ignores unknown keys', () => {
    const text = `\uFEFF${json([{ id: ' ofsted ', label: ' Ofsted ', colour: 'red', grades: [{ id: 'good', label: 'Good', good: true, note: 'x' }, grade('inadequate', false)] }])}`;
    const { catalogue, issues } = scales(text.replace(/\n/g, '\r\n'));
    expect(issues).toEqual([]);
    expect(catalogue?.scales.get('ofsted')).toEqual({
      id: 'ofsted', label: 'Ofsted', grades: [{ id: 'good', label: 'Good', good: true }, { id: 'inadequate', label: 'inadequate', good: false }],
      headline: 'good or better',
    });
  });
});

describe('readGradeScales: problems, with the line and the key path', () => {
  it('a JSON syntax error gives the line and character', () => {
    const { catalogue, issues } = scales('[\n  { "id": "a", "label": "A", "grades": [] },\n]\n');
    expect(catalogue).toBeNull();
    expect(issues).toEqual([{
      file: 'grade-scales.json', line: 2, column: '44',
      message: expect.stringMatching(/^this is not valid JSON: there is a comma after the last item in the list\. Remove this comma/),
    }]);
  });

  it('fewer than two grades', () => {
    const { issues } = scales(lines(
      '[',
      '  { "id": "ofsted", "label": "Ofsted",',
      '    "grades": [ { "id": "good", "label": "Good", "good": true } ] }',
      ']',
    ));
    expect(issues).toEqual([{
      file: 'grade-scales.json', line: 3, column: '[0].grades', message: '"grades" needs at least two grades, best first, e.g. Good and Inadequate.',
    }]);
  });

  it('a scale id or grade id that breaks the id rules', () => {
    const { issues } = scales(lines(
      '[',
      '  { "id": "Ofsted scale", "label": "Ofsted", "grades": [',
      '    { "id": "good", "label": "Good", "good": true },',
      '    { "id": "Not good", "label": "Not good", "good": false }',
      '  ] }',
      ']',
    ));
    expect(issues).toEqual([
      { file: 'grade-scales.json', line: 2, column: '[0].id', message: expect.stringMatching(/"Ofsted scale" cannot be used as an id\..*e\.g\. "ofsted-scale"/) },
      { file: 'grade-scales.json', line: 4, column: '[0].grades[1].id', message: expect.stringMatching(/"Not good" cannot be used as an id\..*e\.g\. "not-good"/) },
    ]);
  });

  it('a scale id used twice', () => {
    const { issues, catalogue } = scales(lines(
      '[',
      `  ${TWO_GRADES('ofsted')},`,
      `  ${TWO_GRADES('ofsted')}`,
      ']',
    ));
    expect(issues).toEqual([{
      file: 'grade-scales.json', line: 3, column: '[1].id',
      message: 'the scale id "ofsted" is used twice (scales 1 and 2 in the list). Give each scale its own id.',
    }]);
    expect(catalogue?.ids).toEqual(new Set(['ofsted']));
  });

  it('a grade id used twice in a scale, or differing only by - and _, even alongside other problems', () => {
    const { issues } = scales(lines(
      '[',
      '  { "id": "ofsted", "label": "Ofsted", "grades": [',
      '    { "id": "good", "label": "Good", "good": true },',
      '    { "id": "good", "label": "Good", "good": true },',
      '    { "id": "not-good", "label": "Not good", "good": false },',
      '    { "id": "not_good", "label": "", "good": false }',
      '  ] }',
      ']',
    ));
    expect(issues).toEqual([
      { file: 'grade-scales.json', line: 4, column: '[0].grades[1].id', message: 'the grade id "good" is used twice in this scale (grades 1 and 2). Give each grade its own id.' },
      { file: 'grade-scales.json', line: 6, column: '[0].grades[3].label', message: expect.stringMatching(/^"label" is empty\. Fill it in, e\.g\. "label": "Good"/) },
      { file: 'grade-scales.json', line: 6, column: '[0].grades[3].id', message: expect.stringMatching(/the grade id "not_good" is too like "not-good" \(grade 3\).*Give each grade its own id\./) },
    ]);
  });

  it('"good" missing, not true or false, or a good grade after one that is not', () => {
    const { issues } = scales(lines(
      '[',
      '  { "id": "ofsted", "label": "Ofsted", "grades": [',
      '    { "id": "outstanding", "label": "Outstanding" },',
      '    { "id": "inadequate", "label": "Inadequate", "good": false },',
      '    { "id": "good", "label": "Good", "good": "yes" },',
      '    { "id": "fine", "label": "Fine", "good": true }',
      '  ] }',
      ']',
    ));
    expect(issues).toEqual([
      { file: 'grade-scales.json', line: 3, column: '[0].grades[0].good', message: expect.stringMatching(/^"good" is missing\. Add "good": true/) },
      { file: 'grade-scales.json', line: 5, column: '[0].grades[2].good', message: '"good" must be true or false, in lower case without quotes.' },
      { file: 'grade-scales.json', line: 6, column: '[0].grades[3].good', message: expect.stringMatching(/"fine" counts as good but comes after "inadequate", which does not\. List grades best first/) },
    ]);
  });

  it('missing keys are reported at the line of the scale that should hold them', () => {
    const { issues } = scales('[\n  { "label": "No id" }\n]\n');
    expect(issues).toEqual([
      { file: 'grade-scales.json', line: 2, column: '[0].id', message: expect.stringMatching(/^"id" is missing\. Add it, e\.g\. "id": "ofsted"/) },
      { file: 'grade-scales.json', line: 2, column: '[0].grades', message: expect.stringMatching(/^"grades" is missing\. Add the scale's grades, best first/) },
    ]);
  });

  it('keeps the good scales usable when another scale has a problem', () => {
    const { catalogue } = scales(json([scale('ofsted', grade('good', true), grade('bad', false)), scale('broken', grade('x', true))]));
    expect([...(catalogue?.scales.keys() ?? [])]).toEqual(['ofsted']);
    expect(catalogue?.ids).toEqual(new Set(['ofsted', 'broken']));
  });
});

describe('grade-scales.json in the dataset', () => {
  it('reports its problems, and audits on a broken scale are not flooded with grade errors', async () => {
    const issues = await qaIssuesWith({
      'grade-scales.json': GRADE_SCALES_JSON.replace('"label": "Meets good three-point scale",', '"label": "",'),
    });
    expect(issues).toEqual([{
      file: 'grade-scales.json', line: 14, column: '[1].label', message: expect.stringMatching(/^"label" is empty\. Fill it in/),
    }]);
  });

  it('when it cannot be read at all, audit scales and grades are not checked', async () => {
    const issues = await qaIssuesWith({ 'grade-scales.json': '[ oops ]' });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'grade-scales.json', line: 1, column: '3' });
  });
});
