// actions.csv (optional): improvement actions arising from QA, with their current status and, once complete, the
// day they were completed, so that every quarter shows each action as it stood at its end.
import { formatDate } from '../domain/format.ts';
import { periodShortLabel, periodStartDate } from '../domain/period.ts';
import { ACTION_STATUSES, type Action, type ActionStatus } from '../domain/quality/types.ts';
import type { PeriodId } from '../domain/types.ts';
import { readChoice, readPeriod, readRequiredText, type Parsed, unknownIdMessage } from './cells.ts';
import type { CsvCell, CsvSpec, CsvTable } from './csv.ts';
import { dateProblem, readDate } from './dates.ts';
import { DuplicateRows } from './duplicates.ts';
import { issue, type ValidationIssue } from './issue.ts';

export const ACTIONS_FILE = 'actions.csv';

export const ACTIONS_SPEC: CsvSpec = {
  required: ['id', 'title', 'owner', 'raised', 'due', 'status'],
  optional: ['indicators', 'completed'],
};

/** `;`-separated indicator ids; blank parts are ignored. `known` null: indicators.csv could not be read, so ids are not checked. */
function readIndicatorList(cell: CsvCell, file: string, issues: ValidationIssue[], known: ReadonlySet<string> | null): string[] | null {
  const ids = cell.text.split(';').map((part) => part.trim()).filter((part) => part !== '');
  let ok = true;
  for (const id of ids) {
    if (known !== null && !known.has(id)) {
      const message = unknownIdMessage(id, 'an indicator', 'indicators.csv', known);
      const separator = id.includes(',') ? ' Separate indicator ids with semicolons (;), not commas.' : '';
      issues.push(issue(file, cell.line, cell.column, `${message}${separator}`));
      ok = false;
    }
  }
  return ok ? [...new Set(ids)] : null;
}

/**
 * The `completed` date: required when the status is complete, refused otherwise, never before the quarter the
 * action was raised and never after `today` (the build's date, `YYYY-MM-DD`; not checked when not given).
 * `status` and `raised` are null when their own cells were refused.
 */
function readCompleted(
  cell: CsvCell, status: ActionStatus | null, raised: PeriodId | null, today: string | undefined, file: string, issues: ValidationIssue[],
): Parsed<string | null> {
  const refuse = (message: string): Parsed<string | null> => {
    issues.push(issue(file, cell.line, cell.column, message));
    return { ok: false };
  };
  if (cell.text === '') {
    if (status !== 'complete') return { ok: true, value: null };
    return refuse('the action is complete but has no completed date. Write the day it was completed as YYYY-MM-DD, e.g. 2025-11-14 ' +
      '(add a column headed completed if the file has none): each quarter then shows the action as it stood at its end.');
  }
  const problem = dateProblem(cell.text);
  if (problem !== '') return refuse(problem);
  if (status !== null && status !== 'complete') {
    return refuse(`there is a completed date, but the status is ${status}. If the action is complete, set its status to complete; ` +
      'if not, clear the completed date.');
  }
  if (raised !== null && cell.text < periodStartDate(raised)) {
    return refuse(`${formatDate(cell.text)} is before the action was raised (${periodShortLabel(raised)}, from ${formatDate(periodStartDate(raised))}). ` +
      'Check the completed date and the quarter in raised.');
  }
  if (today !== undefined && cell.text > today) {
    return refuse(`${formatDate(cell.text)} is after today (${formatDate(today)}): an action cannot be completed in the future. ` +
      'Write the day it was completed; until it is, keep its status as not_started, on_track or at_risk and leave completed blank.');
  }
  return { ok: true, value: cell.text };
}

/** `today`: the build's date (`YYYY-MM-DD`), after which no action can have been completed. */
export function readActions(table: CsvTable, indicatorIds: ReadonlySet<string> | null, issues: ValidationIssue[], today?: string): Action[] {
  const file = table.file;
  const actions: Action[] = [];
  const duplicates = new DuplicateRows(file, issues);

  for (const row of table.rows) {
    const before = issues.length;
    const idCell = row.cell('id');
    const id = readRequiredText(idCell, file, issues, 'the id is blank. Give every action a short unique id, e.g. A01, so it can be referred to.');
    if (id.ok) {
      duplicates.check(id.value, row.line, idCell, (earlier) =>
        `the id "${id.value}" is already used on line ${earlier}. Every action needs its own id; change one of them.`);
    }
    const title = readRequiredText(row.cell('title'), file, issues, 'the title is blank. Write what the action is, as readers should see it.');
    const raised = readPeriod(row.cell('raised'), file, issues);
    const due = readDate(row.cell('due'), file, issues, 'due date');
    const status = readChoice(row.cell('status'), file, issues, ACTION_STATUSES, 'status');
    const completed = readCompleted(row.cell('completed'), status.ok ? status.value : null, raised.ok ? raised.value : null, today, file, issues);
    const indicators = readIndicatorList(row.cell('indicators'), file, issues, indicatorIds);

    if (issues.length === before && id.ok && title.ok && raised.ok && due.ok && status.ok && completed.ok && indicators !== null) {
      actions.push({
        id: id.value,
        title: title.value,
        owner: row.cell('owner').text,
        raised: raised.value,
        due: due.value,
        status: status.value,
        completed: completed.value,
        indicators,
      });
    }
  }
  return actions;
}
