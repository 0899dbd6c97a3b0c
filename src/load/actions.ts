// actions.csv (optional): improvement actions arising from QA, with their current status.
import { ACTION_STATUSES, type Action } from '../domain/quality/types.ts';
import { readChoice, readPeriod, readRequiredText, unknownIdMessage } from './cells.ts';
import type { CsvCell, CsvSpec, CsvTable } from './csv.ts';
import { readDate } from './dates.ts';
import { issue, type ValidationIssue } from './issue.ts';

export const ACTIONS_FILE = 'actions.csv';

export const ACTIONS_SPEC: CsvSpec = {
  required: ['id', 'title', 'owner', 'raised', 'due', 'status'],
  optional: ['indicators'],
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

export function readActions(table: CsvTable, indicatorIds: ReadonlySet<string> | null, issues: ValidationIssue[]): Action[] {
  const file = table.file;
  const actions: Action[] = [];
  const firstLine = new Map<string, number>();

  for (const row of table.rows) {
    const before = issues.length;
    const idCell = row.cell('id');
    const id = readRequiredText(idCell, file, issues, 'the id is blank. Give every action a short unique id, e.g. A01, so it can be referred to.');
    if (id.ok) {
      const earlier = firstLine.get(id.value);
      if (earlier !== undefined) {
        issues.push(issue(file, idCell.line, idCell.column,
          `the id "${id.value}" is already used on line ${earlier}. Every action needs its own id; change one of them.`));
      } else {
        firstLine.set(id.value, row.line);
      }
    }
    const title = readRequiredText(row.cell('title'), file, issues, 'the title is blank. Write what the action is, as readers should see it.');
    const raised = readPeriod(row.cell('raised'), file, issues);
    const due = readDate(row.cell('due'), file, issues, 'due date');
    const status = readChoice(row.cell('status'), file, issues, ACTION_STATUSES, 'status');
    const indicators = readIndicatorList(row.cell('indicators'), file, issues, indicatorIds);

    if (issues.length === before && id.ok && title.ok && raised.ok && due.ok && status.ok && indicators !== null) {
      actions.push({
        id: id.value,
        title: title.value,
        owner: row.cell('owner').text,
        raised: raised.value,
        due: due.value,
        status: status.value,
        indicators,
      });
    }
  }
  return actions;
}
