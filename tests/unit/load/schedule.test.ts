import { describe, expect, it } from 'vitest';
import { csv, loadQaWith, qaIssuesWith } from '../../support/load-fixtures.ts';

const FILE = 'schedule.csv';
const schedule = (...rows: string[]) => csv('month,activity,service_area,status', ...rows);

describe('schedule.csv', () => {
  it('reads statuses in any capitals, and allows a blank service area', async () => {
    const { dataset, issues } = await loadQaWith({ [FILE]: schedule('2025-01,Audits,,Planned', '2025-02,Dip sample,Children in care,CANCELLED') });
    expect(issues).toEqual([]);
    expect(dataset?.quality.schedule).toEqual([
      { month: '2025-01', activity: 'Audits', serviceArea: '', status: 'planned' },
      { month: '2025-02', activity: 'Dip sample', serviceArea: 'Children in care', status: 'cancelled' },
    ]);
  });

  it('a month that is blank, malformed or not 01 to 12', async () => {
    const issues = await qaIssuesWith({ [FILE]: schedule(',Audits,,planned', 'January 2025,Audits,,planned', '2025-00,Audits,,planned') });
    expect(issues).toEqual([
      { file: FILE, line: 2, column: 'A (month)', message: 'the month is blank. Write months as YYYY-MM, e.g. 2025-10 for October 2025.' },
      { file: FILE, line: 3, column: 'A (month)', message: '"January 2025" is not a month. Write months as YYYY-MM, e.g. 2025-10 for October 2025. Did you mean 2025-01? If Excel keeps changing it, format the column as Text before typing.' },
      { file: FILE, line: 4, column: 'A (month)', message: '"2025-00" is not a month: the month number must be 01 to 12. Write months as YYYY-MM, e.g. 2025-10 for October 2025.' },
    ]);
  });

  it('an unknown or blank status', async () => {
    const issues = await qaIssuesWith({ [FILE]: schedule('2025-01,Audits,,done', '2025-01,Audits,,') });
    expect(issues).toEqual([
      { file: FILE, line: 2, column: 'D (status)', message: '"done" is not a status. Write one of: planned, complete, cancelled.' },
      { file: FILE, line: 3, column: 'D (status)', message: 'the status is blank. Write one of: planned, complete, cancelled.' },
    ]);
  });

  it('a blank activity', async () => {
    const issues = await qaIssuesWith({ [FILE]: schedule('2025-01,,,planned') });
    expect(issues).toEqual([{ file: FILE, line: 2, column: 'B (activity)', message: expect.stringMatching(/^the activity is blank\. Write the QA activity planned for the month/) }]);
  });
});
