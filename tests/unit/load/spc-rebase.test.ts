import { describe, expect, it } from 'vitest';
import { csv, issuesWith, loadWith } from '../../support/load-fixtures.ts';

const FILE = 'spc-rebase.csv';
const HEADER = 'indicator_id,period,reason';

describe('spc-rebase.csv', () => {
  it('is optional: without it there are no rebases', async () => {
    const { dataset, issues } = await loadWith();
    expect(issues).toEqual([]);
    expect(dataset?.spcRebases).toEqual([]);
  });

  it('reads each change to a service with its first quarter and reason', async () => {
    const { dataset, issues, warnings } = await loadWith({ [FILE]: csv(HEADER, 'cla-rate,2024-25-Q2,New edge of care team') });
    expect(issues).toEqual([]);
    expect(warnings).toEqual([]);
    expect(dataset?.spcRebases).toEqual([{ indicatorId: 'cla-rate', period: '2024-25-Q2', reason: 'New edge of care team' }]);
  });

  it('names the line and column of an unknown indicator, a bad or missing quarter, a blank reason and a repeat', async () => {
    const issues = await issuesWith({
      [FILE]: csv(
        HEADER,
        'cla-rat,2024-25-Q2,Typo',
        'cla-rate,2024/25 Q2,Loose period',
        'cla-rate,2023-24-Q4,No file for this quarter',
        'assess-45,2024-25-Q1,',
        'contacts,2024-25-Q2,First',
        'contacts,2024-25-Q2,Second',
      ),
    });
    expect(issues.map((i) => [i.file, i.line, i.column])).toEqual([
      [FILE, 2, 'A (indicator_id)'],
      [FILE, 3, 'B (period)'],
      [FILE, 4, 'B (period)'],
      [FILE, 5, 'C (reason)'],
      [FILE, 7, 'B (period)'],
    ]);
    expect(issues[0]!.message).toMatch(/cla-rate/);
    expect(issues[1]!.message).toMatch(/Did you mean 2024-25-Q2/);
    expect(issues[2]!.message).toMatch(/no quarter file for 2023-24-Q4/);
    expect(issues[3]!.message).toMatch(/^the reason is blank/);
    expect(issues[4]!.message).toMatch(/on line 6/);
  });

  it('refuses the placeholder reason of a line copied from validate’s suggestion', async () => {
    const issues = await issuesWith({ [FILE]: csv(HEADER, 'cla-rate,2024-25-Q2,<why the process changed>') });
    expect(issues.map((i) => [i.file, i.line, i.column])).toEqual([[FILE, 2, 'C (reason)']]);
    expect(issues[0]!.message).toMatch(/^the reason "<why the process changed>" is still the placeholder\. Say why the process changed/);
  });

  it('refuses a file without the columns', async () => {
    const issues = await issuesWith({ [FILE]: csv('indicator,period', 'cla-rate,2024-25-Q2') });
    expect(issues[0]).toMatchObject({ file: FILE, line: 1, column: 'A (indicator)' });
    expect(issues[0]!.message).toMatch(/^the heading "indicator" is not a column the site reads.*Rename the heading "indicator_id"\./);
    expect(issues[1]).toMatchObject({ file: FILE, line: 1, column: null });
    expect(issues[1]!.message).toMatch(/missing the column "reason"/);
  });
});
