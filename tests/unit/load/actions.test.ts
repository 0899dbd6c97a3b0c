import { describe, expect, it } from 'vitest';
import { csv, loadQaWith, qaIssuesWith } from '../../support/load-fixtures.ts';

const FILE = 'actions.csv';
const HEADER = 'id,title,owner,raised,due,status,completed,indicators';
const actions = (...rows: string[]) => csv(HEADER, ...rows);
const one = async (row: string) => qaIssuesWith({ [FILE]: actions(row) });

describe('actions.csv', () => {
  it('reads statuses written with spaces and capitals, completed dates and ;-separated indicators', async () => {
    const { dataset, issues } = await loadQaWith({ [FILE]: actions('A1,Title,Owner,2024-25-Q1,2025-03-31,On track,,assess-45; contacts;', 'A2,Title,,2024-25-Q2,2024-12-31,Complete, 2024-11-08 ,') });
    expect(issues).toEqual([]);
    expect(dataset?.quality.actions).toEqual([
      { id: 'A1', title: 'Title', owner: 'Owner', raised: '2024-25-Q1', due: '2025-03-31', status: 'on_track', completed: null, indicators: ['assess-45', 'contacts'] },
      { id: 'A2', title: 'Title', owner: '', raised: '2024-25-Q2', due: '2024-12-31', status: 'complete', completed: '2024-11-08', indicators: [] },
    ]);
  });

  it('the indicators and completed columns may be left out while no action is complete', async () => {
    const { issues } = await loadQaWith({ [FILE]: csv('id,title,owner,raised,due,status', 'A1,T,O,2024-25-Q1,2025-03-31,at_risk') });
    expect(issues).toEqual([]);
  });

  it('a complete action without the day it was completed is refused where the date belongs', async () => {
    expect(await one('A1,T,O,2024-25-Q1,2025-03-31,complete,,')).toEqual([
      { file: FILE, line: 2, column: 'G (completed)', message: expect.stringMatching(/^the action is complete but has no completed date\. Write the day it was completed as YYYY-MM-DD, e\.g\. 2025-11-14/) },
    ]);
    // A file written before the column existed: the message says to add it.
    expect(await qaIssuesWith({ [FILE]: csv('id,title,owner,raised,due,status', 'A1,T,O,2024-25-Q1,2025-03-31,at_risk', 'A2,T,O,2024-25-Q1,2025-03-31,complete') })).toEqual([
      { file: FILE, line: 3, column: 'completed', message: expect.stringContaining('(add a column headed completed if the file has none)') },
    ]);
  });

  it('a completed date on an action that is not complete', async () => {
    expect(await one('A1,T,O,2024-25-Q1,2025-03-31,on_track,2025-01-10,')).toEqual([
      { file: FILE, line: 2, column: 'G (completed)', message: 'there is a completed date, but the status is on_track. If the action is complete, set its status to complete; if not, clear the completed date.' },
    ]);
  });

  it('a completed date that is not a date, suggesting the ISO form', async () => {
    expect(await one('A1,T,O,2024-25-Q1,2025-03-31,complete,14/11/2024,')).toEqual([
      { file: FILE, line: 2, column: 'G (completed)', message: expect.stringMatching(/^"14\/11\/2024" is not a date\. Write dates as YYYY-MM-DD.*Did you mean 2024-11-14\?/) },
    ]);
  });

  it('a completed date before the quarter the action was raised in', async () => {
    expect(await one('A1,T,O,2024-25-Q2,2025-03-31,complete,2024-06-30,')).toEqual([
      { file: FILE, line: 2, column: 'G (completed)', message: '30 June 2024 is before the action was raised (Q2 2024/25, from 1 July 2024). Check the completed date and the quarter in raised.' },
    ]);
  });

  it('a completed date after the build\'s date', async () => {
    const future = await loadQaWith({ [FILE]: actions('A1,T,O,2024-25-Q1,2025-03-31,complete,2026-02-14,') }, '2026-01-15');
    expect(future.issues).toEqual([
      { file: FILE, line: 2, column: 'G (completed)', message: expect.stringMatching(/^14 February 2026 is after today \(15 January 2026\): an action cannot be completed in the future\./) },
    ]);
    expect((await loadQaWith({ [FILE]: actions('A1,T,O,2024-25-Q1,2025-03-31,complete,2026-01-15,') }, '2026-01-15')).issues).toEqual([]);
  });

  it('a blank or repeated id', async () => {
    const issues = await qaIssuesWith({ [FILE]: actions(',T,O,2024-25-Q1,2025-03-31,on_track,,', 'A1,T,O,2024-25-Q1,2025-03-31,on_track,,', 'A1,T,O,2024-25-Q1,2025-03-31,on_track,,') });
    expect(issues).toEqual([
      { file: FILE, line: 2, column: 'A (id)', message: expect.stringMatching(/^the id is blank\. Give every action a short unique id, e\.g\. A01/) },
      { file: FILE, line: 4, column: 'A (id)', message: 'the id "A1" is already used on line 3. Every action needs its own id; change one of them.' },
    ]);
  });

  it('a blank title', async () => {
    expect(await one('A1,,O,2024-25-Q1,2025-03-31,on_track,,')).toEqual([
      { file: FILE, line: 2, column: 'B (title)', message: 'the title is blank. Write what the action is, as readers should see it.' },
    ]);
  });

  it('raised is not a period', async () => {
    expect(await one('A1,T,O,2024/25 Q1,2025-03-31,on_track,,')).toEqual([
      { file: FILE, line: 2, column: 'D (raised)', message: expect.stringMatching(/^"2024\/25 Q1" is not a period\. Write periods as YYYY-YY-Qn.*Did you mean 2024-25-Q1/) },
    ]);
  });

  it('due is not a real date', async () => {
    expect(await one('A1,T,O,2024-25-Q1,2025-02-30,on_track,,')).toEqual([
      { file: FILE, line: 2, column: 'E (due)', message: '"2025-02-30" is not a real date: February 2025 has 28 days. Write dates as YYYY-MM-DD, e.g. 2025-03-31.' },
    ]);
  });

  it('due written as a UK date suggests the ISO form', async () => {
    expect(await one('A1,T,O,2024-25-Q1,31/03/2025,on_track,,')).toEqual([
      { file: FILE, line: 2, column: 'E (due)', message: '"31/03/2025" is not a date. Write dates as YYYY-MM-DD, e.g. 2025-03-31. Did you mean 2025-03-31? If Excel keeps changing it, format the column as Text before typing.' },
    ]);
  });

  it('due blank or with day and month swapped', async () => {
    expect(await one('A1,T,O,2024-25-Q1,,on_track,,')).toEqual([
      { file: FILE, line: 2, column: 'E (due)', message: 'the due date is blank. Write dates as YYYY-MM-DD, e.g. 2025-03-31.' },
    ]);
    expect(await one('A1,T,O,2024-25-Q1,2025-31-03,on_track,,')).toEqual([
      { file: FILE, line: 2, column: 'E (due)', message: '"2025-31-03" is not a real date: there is no month 31. Write dates as YYYY-MM-DD, e.g. 2025-03-31. Did you mean 2025-03-31? The month comes before the day.' },
    ]);
  });

  it('an unknown status', async () => {
    expect(await one('A1,T,O,2024-25-Q1,2025-03-31,late,,')).toEqual([
      { file: FILE, line: 2, column: 'F (status)', message: '"late" is not a status. Write one of: not_started, on_track, at_risk, complete.' },
    ]);
  });

  it('an unknown indicator id is named, with the nearest id', async () => {
    expect(await one('A1,T,O,2024-25-Q1,2025-03-31,on_track,,contacts;assess45')).toEqual([
      { file: FILE, line: 2, column: 'H (indicators)', message: expect.stringMatching(/^"assess45" is not an indicator in indicators\.csv\. Did you mean "assess-45"\?/) },
    ]);
  });

  it('indicators separated by commas', async () => {
    expect(await one('A1,T,O,2024-25-Q1,2025-03-31,on_track,,"contacts,assess-45"')).toEqual([
      { file: FILE, line: 2, column: 'H (indicators)', message: expect.stringMatching(/^"contacts,assess-45" is not an indicator.*Separate indicator ids with semicolons \(;\), not commas\./) },
    ]);
  });
});
