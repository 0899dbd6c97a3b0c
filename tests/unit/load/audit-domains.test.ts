import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/load/issue.ts';
import { AUDIT_DOMAINS_CSV, csv, loadQaWith, qaIssuesWith } from '../../support/load-fixtures.ts';

const FILE = 'audit-domains/2024-25-Q1.csv';
const HEADER = 'activity,domain,grade,count';

/** Issues when the fixture's audit-domains file for 2024-25-Q1 holds these rows (its audits file has "Case file audits" on ofsted). */
async function domains(...rows: string[]) {
  return qaIssuesWith({ [FILE]: csv(HEADER, ...rows) });
}

describe('audit-domains files', () => {
  it('reads domain grades, matching grades like the audits file does', async () => {
    const { dataset, issues } = await loadQaWith({
      [FILE]: csv(HEADER, 'Case file audits,Voice of the child,Good,4', 'Practice observations,Planning,Does not meet good,1'),
    });
    expect(issues).toEqual([]);
    expect(dataset?.quality.domainGrades).toEqual([
      { period: '2024-25-Q1', activity: 'Case file audits', domain: 'Voice of the child', grade: 'good', count: 4 },
      { period: '2024-25-Q1', activity: 'Practice observations', domain: 'Planning', grade: 'does_not_meet_good', count: 1 },
    ]);
  });

  it('an activity not in the same quarter\'s audits file', async () => {
    expect(await domains('Case file audit,Voice,good,1')).toEqual([{
      file: FILE, line: 2, column: 'A (activity)',
      message: '"Case file audit" is not an activity in audits/2024-25-Q1.csv. The activities there are "Case file audits" or "Practice observations". ' +
        'Domain grades belong to an activity audited that quarter: correct the name, or add the activity\'s audits to the audits file.',
    }]);
  });

  it('an activity written with different capitals suggests the exact name', async () => {
    const issues = await domains('case file audits,Voice,good,1');
    expect(issues).toEqual([{ file: FILE, line: 2, column: 'A (activity)', message: expect.stringContaining('Did you mean "Case file audits"? Write the name exactly as in the audits file.') }]);
  });

  it('a grade not in the activity\'s scale lists its grades', async () => {
    expect(await domains('Case file audits,Voice,excellent,1')).toEqual([{
      file: FILE, line: 2, column: 'C (grade)',
      message: '"excellent" is not a grade of the "ofsted" scale in grade-scales.json. Write one of outstanding, good, requires_improvement or inadequate.',
    }]);
  });

  it('a grade of another scale says which scale the activity uses', async () => {
    expect(await domains('Case file audits,Voice,meets_good,1')).toEqual([{
      file: FILE, line: 2, column: 'C (grade)',
      message: '"meets_good" is a grade of the "meets_good" scale, but "Case file audits" uses the "ofsted" scale in audits/2024-25-Q1.csv. ' +
        'Write one of outstanding, good, requires_improvement or inadequate.',
    }]);
  });

  it('a count that is not a positive whole number', async () => {
    expect(await domains('Case file audits,Voice,good,0')).toEqual([{
      file: FILE, line: 2, column: 'D (count)',
      message: '"0" cannot be a count. Write the number of audits with this grade as a whole number of 1 or more, e.g. 3 (delete the row instead of writing 0).',
    }]);
  });

  it('a duplicate activity, domain and grade names the earlier line, even when written differently', async () => {
    expect(await domains('Case file audits,Voice,good,1', 'Case file audits,Planning,good,1', 'Case file audits,Voice,Good,2')).toEqual([{
      file: FILE, line: 4, column: 'C (grade)',
      message: 'there is already a row for "Case file audits", "Voice", good on line 2. Keep one row per activity, domain and grade: add the counts together and delete one of the rows.',
    }]);
  });

  it('blank activity, domain or grade', async () => {
    const issues = await domains(',Voice,good,1', 'Case file audits,,good,1', 'Case file audits,Voice,,1');
    expect(issues.map(formatIssue)).toEqual([
      expect.stringMatching(/^audit-domains\/2024-25-Q1\.csv, line 2, column A \(activity\): the activity is blank\. Write the name of an activity in audits\/2024-25-Q1\.csv/),
      expect.stringMatching(/^audit-domains\/2024-25-Q1\.csv, line 3, column B \(domain\): the domain is blank\. Write the practice domain/),
      'audit-domains/2024-25-Q1.csv, line 4, column C (grade): the grade is blank. Write the grade given for this domain: one of outstanding, good, requires_improvement or inadequate.',
    ]);
  });

  it('a domain file for a quarter with no audits file', async () => {
    const issues = await qaIssuesWith({ 'audit-domains/2023-24-Q4.csv': AUDIT_DOMAINS_CSV });
    expect(issues).toEqual([{
      file: 'audit-domains/2023-24-Q4.csv', line: null, column: null,
      message: expect.stringMatching(/^there is no audits\/2023-24-Q4\.csv, so these domain grades belong to no audits\. Add the quarter's audits file/),
    }]);
  });

  it('does not check activities when the audits file could not be read', async () => {
    const issues = await qaIssuesWith({ 'audits/2024-25-Q1.csv': csv('activity,count', 'x,1') });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'audits/2024-25-Q1.csv', line: 1 });
  });
});
