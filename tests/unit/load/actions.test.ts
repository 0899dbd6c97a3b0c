import { describe, expect, it } from 'vitest';
import { csv, loadQaWith, qaIssuesWith } from './fixtures.ts';

const FILE = 'actions.csv';
const HEADER = 'id,title,owner,raised,due,status,indicators';
const actions = (...rows: string[]) => csv(HEADER, ...rows);
const one = async (row: string) => qaIssuesWith({ [FILE]: actions(row) });

describe('actions.csv', () => {
  it('reads statuses written with spaces and capitals, and ;-separated indicators', async () => {
    const { dataset, issues } = await loadQaWith({ [FILE]: actions('A1,Title,Owner,2024-25-Q1,2025-03-31,On track,assess-45; contacts;', 'A2,Title,,2024-25-Q2,2024-12-31,At-Risk,') });
    expect(issues).toEqual([]);
    expect(dataset?.quality.actions).toEqual([
      { id: 'A1', title: 'Title', owner: 'Owner', raised: '2024-25-Q1', due: '2025-03-31', status: 'on_track', indicators: ['assess-45', 'contacts'] },
      { id: 'A2', title: 'Title', owner: '', raised: '2024-25-Q2', due: '2024-12-31', status: 'at_risk', indicators: [] },
    ]);
  });

  it('the indicators column may be left out', async () => {
    const { issues } = await loadQaWith({ [FILE]: csv('id,title,owner,raised,due,status', 'A1,T,O,2024-25-Q1,2025-03-31,complete') });
    expect(issues).toEqual([]);
  });

  it('a blank or repeated id', async () => {
    const issues = await qaIssuesWith({ [FILE]: actions(',T,O,2024-25-Q1,2025-03-31,complete,', 'A1,T,O,2024-25-Q1,2025-03-31,complete,', 'A1,T,O,2024-25-Q1,2025-03-31,complete,') });
    expect(issues).toEqual([
      { file: FILE, line: 2, column: 'A (id)', message: expect.stringMatching(/^the id is blank\. Give every action a short unique id, e\.g\. A01/) },
      { file: FILE, line: 4, column: 'A (id)', message: 'the id "A1" is already used on line 3. Every action needs its own id; change one of them.' },
    ]);
  });

  it('a blank title', async () => {
    expect(await one('A1,,O,2024-25-Q1,2025-03-31,complete,')).toEqual([
      { file: FILE, line: 2, column: 'B (title)', message: 'the title is blank. Write what the action is, as readers should see it.' },
    ]);
  });

  it('raised is not a period', async () => {
    expect(await one('A1,T,O,2024/25 Q1,2025-03-31,complete,')).toEqual([
      { file: FILE, line: 2, column: 'D (raised)', message: expect.stringMatching(/^"2024\/25 Q1" is not a period\. Write periods as YYYY-YY-Qn.*Did you mean 2024-25-Q1/) },
    ]);
  });

  it('due is not a real date', async () => {
    expect(await one('A1,T,O,2024-25-Q1,2025-02-30,complete,')).toEqual([
      { file: FILE, line: 2, column: 'E (due)', message: '"2025-02-30" is not a real date: February 2025 has 28 days. Write dates as YYYY-MM-DD, e.g. 2025-03-31.' },
    ]);
  });

  it('due written as a UK date suggests the ISO form', async () => {
    expect(await one('A1,T,O,2024-25-Q1,31/03/2025,complete,')).toEqual([
      { file: FILE, line: 2, column: 'E (due)', message: '"31/03/2025" is not a date. Write dates as YYYY-MM-DD, e.g. 2025-03-31. Did you mean 2025-03-31? If Excel keeps changing it, format the column as Text before typing.' },
    ]);
  });

  it('due blank or with day and month swapped', async () => {
    expect(await one('A1,T,O,2024-25-Q1,,complete,')).toEqual([
      { file: FILE, line: 2, column: 'E (due)', message: 'the due date is blank. Write dates as YYYY-MM-DD, e.g. 2025-03-31.' },
    ]);
    expect(await one('A1,T,O,2024-25-Q1,2025-31-03,complete,')).toEqual([
      { file: FILE, line: 2, column: 'E (due)', message: '"2025-31-03" is not a real date: there is no month 31. Write dates as YYYY-MM-DD, e.g. 2025-03-31. Did you mean 2025-03-31? The month comes before the day.' },
    ]);
  });

  it('an unknown status', async () => {
    expect(await one('A1,T,O,2024-25-Q1,2025-03-31,late,')).toEqual([
      { file: FILE, line: 2, column: 'F (status)', message: '"late" is not a status. Write one of: not_started, on_track, at_risk, complete.' },
    ]);
  });

  it('an unknown indicator id is named, with the nearest id', async () => {
    expect(await one('A1,T,O,2024-25-Q1,2025-03-31,complete,contacts;assess45')).toEqual([
      { file: FILE, line: 2, column: 'G (indicators)', message: expect.stringMatching(/^"assess45" is not an indicator in indicators\.csv\. Did you mean "assess-45"\?/) },
    ]);
  });

  it('indicators separated by commas', async () => {
    expect(await one('A1,T,O,2024-25-Q1,2025-03-31,complete,"contacts,assess-45"')).toEqual([
      { file: FILE, line: 2, column: 'G (indicators)', message: expect.stringMatching(/^"contacts,assess-45" is not an indicator.*Separate indicator ids with semicolons \(;\), not commas\./) },
    ]);
  });
});
