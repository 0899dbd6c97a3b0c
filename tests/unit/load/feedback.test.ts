import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/load/csv.ts';
import { FEEDBACK_SPEC, readFeedback } from '../../../src/load/feedback.ts';
import type { ValidationIssue } from '../../../src/load/issue.ts';
import { csv, loadWith } from '../../support/load-fixtures.ts';

const FILE = 'feedback/2013-14-Q4.csv';
const HEADER = 'source,method,question,agreed,asked';

// Shaped like Nottinghamshire's Q4 2013/14 report (seed 003): 14 activity-based interviews with children whose
// protection plans had ended, questionnaires from 4 parents, and telephone interviews about EHC plans and the Early Help Unit.
const NOTTINGHAMSHIRE = [
  'Children and young people,Activity-based interview,My social worker listened to me,12,14',
  'Children and young people,Activity-based interview,I understood why I had a protection plan,10,14',
  'Parents and carers,Questionnaire,I was involved in making the plan,3,4',
  'Parents and carers,Telephone interview,Satisfied with the EHC plan process overall,18,18',
  '"Parents, carers and referrers",Telephone interview,My referral was dealt with on time,21,25',
];

function feedback(...rows: string[]) {
  const issues: ValidationIssue[] = [];
  const table = parseCsv(csv(HEADER, ...rows), FILE, FEEDBACK_SPEC, issues);
  if (!table) throw new Error('table not read');
  return { rows: readFeedback(table, '2013-14-Q4', issues), issues };
}

function only(...rows: string[]): ValidationIssue {
  const { issues } = feedback(...rows);
  expect(issues).toHaveLength(1);
  return issues[0] as ValidationIssue;
}

describe('readFeedback', () => {
  it('reads a quarter of feedback like Nottinghamshire 2013/14, in the order given', () => {
    const { rows, issues } = feedback(...NOTTINGHAMSHIRE);
    expect(issues).toEqual([]);
    expect(rows.map((r) => [r.source, r.method, r.question, r.agreed, r.asked])).toEqual([
      ['Children and young people', 'Activity-based interview', 'My social worker listened to me', 12, 14],
      ['Children and young people', 'Activity-based interview', 'I understood why I had a protection plan', 10, 14],
      ['Parents and carers', 'Questionnaire', 'I was involved in making the plan', 3, 4],
      ['Parents and carers', 'Telephone interview', 'Satisfied with the EHC plan process overall', 18, 18],
      ['Parents, carers and referrers', 'Telephone interview', 'My referral was dealt with on time', 21, 25],
    ]);
    expect(rows.every((r) => r.period === '2013-14-Q4')).toBe(true);
  });

  it('accepts 0 agreed: nobody agreeing is a finding', () => {
    expect(feedback('Children,Interview,I knew who my social worker was,0,5').rows[0]?.agreed).toBe(0);
  });

  it('refuses more agreeing than were asked, at the agreed cell', () => {
    expect(only('Children,Interview,I felt listened to,15,14')).toEqual({
      file: FILE, line: 2, column: 'D (agreed)',
      message: '15 agreed, but only 14 were asked. The number who agreed cannot be more than the number asked: check both figures.',
    });
  });

  it('says how to write numbers that are not whole numbers of people', () => {
    expect(only('Children,Interview,I felt listened to,86%,14').message).toMatch(/^"86%" is not a number\..*Leave out the % sign.*how many of those asked agreed/);
    expect(only('Children,Interview,I felt listened to,12.5,14').message)
      .toBe('"12.5" cannot be a number of people. Write how many of those asked agreed, as a whole number of 0 or more, e.g. 12.');
    expect(only('Children,Interview,I felt listened to,0,0')).toMatchObject({ column: 'E (asked)',
      message: '"0" cannot be a number of people. Write how many people were asked this question, as a whole number of 1 or more, e.g. 14 (delete the row if nobody was asked).' });
    expect(only('Children,Interview,I felt listened to,12,')).toMatchObject({ column: 'E (asked)', message: expect.stringMatching(/^the number is blank\. Write how many people were asked/) });
  });

  it('names each blank text cell and what to write in it', () => {
    const { issues } = feedback(',,,1,2');
    expect(issues.map((i) => [i.column, i.message.slice(0, 24)])).toEqual([
      ['A (source)', 'the source is blank. Wri'], ['B (method)', 'the method is blank. Wri'], ['C (question)', 'the question is blank. W'],
    ]);
  });

  it('refuses the same question for the same people and method twice, naming the earlier line', () => {
    expect(only(NOTTINGHAMSHIRE[0]!, 'Children and young people,Activity-based interview,My social worker listened to me,1,2')).toEqual({
      file: FILE, line: 3, column: 'C (question)',
      message: 'this question was already given for Children and young people (Activity-based interview) on line 2. ' +
        'Give each question once for each source and method: add the two rows together, or delete one.',
    });
    // The same words asked of another group, or in another way, are another question.
    expect(feedback(NOTTINGHAMSHIRE[0]!, 'Parents and carers,Activity-based interview,My social worker listened to me,3,4').issues).toEqual([]);
  });
});

describe('feedback/ in the data folder', () => {
  it('is optional, read by quarter, and makes a quarter with only feedback a QA quarter', async () => {
    const { dataset, issues, warnings } = await loadWith({ [FILE]: csv(HEADER, ...NOTTINGHAMSHIRE) });
    expect(issues).toEqual([]);
    expect(warnings).toEqual([]);
    expect(dataset?.quality.feedback).toHaveLength(5);
    expect((await loadWith()).dataset?.quality.feedback).toEqual([]);
  });

  it('names files that are not quarters, second files, files it will not read and files with no rows yet', async () => {
    const { issues, warnings } = await loadWith({
      'feedback/Q4 2013-14.csv': csv(HEADER, NOTTINGHAMSHIRE[0]!),
      'feedback/2013-14-Q3.xlsx': 'PK',
      'feedback/2014-15-Q1.csv': csv(HEADER),
    });
    expect(issues.map((i) => i.file)).toEqual(['feedback/Q4 2013-14.csv']);
    expect(issues[0]?.message).toMatch(/^the file name "Q4 2013-14\.csv" is not a quarter\. Name each file in feedback\//);
    expect(warnings.map((w) => w.file).sort()).toEqual(['feedback/2013-14-Q3.xlsx', 'feedback/2014-15-Q1.csv']);
    expect(warnings.find((w) => w.file === 'feedback/2014-15-Q1.csv')?.message).toMatch(/^this feedback file has no rows yet/);
  });

  it('reports a bad row with file, line and column, so nothing is built', async () => {
    const { dataset, issues } = await loadWith({ [FILE]: csv(HEADER, 'Children,Interview,I felt listened to,15,14') });
    expect(dataset).toBeNull();
    expect(issues).toMatchObject([{ file: FILE, line: 2, column: 'D (agreed)' }]);
  });
});
