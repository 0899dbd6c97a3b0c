// benchmarks/statistical-neighbours.csv: DfE's statistical-neighbour model as published (old_la_code, then each
// council's 10 nearest neighbours SN_1 … SN_10 by old_la_code, and how close each is, SN_1P …, whose values may
// carry a trailing space). Only our council's row is read: the rest of the model is DfE's to keep.
import { parseCsv, type CsvCell } from '../csv.ts';
import { DuplicateRows } from '../duplicates.ts';
import { issue, type ValidationIssue } from '../issue.ts';
import { headings } from './headings.ts';
import { BENCHMARKS_DIR } from './mapping.ts';
import { NEIGHBOUR_COUNT } from './site-settings.ts';

export const NEIGHBOURS_FILE = `${BENCHMARKS_DIR}/statistical-neighbours.csv`;

const NEIGHBOUR_COLUMNS = Array.from({ length: NEIGHBOUR_COUNT }, (_, i) => `sn_${i + 1}`);

/** Our council's 10 neighbours as the model lists them, nearest first, each with its cell; null when the file or our row cannot be used. */
export function readNeighbours(text: string, oldCode: string, councilName: string, issues: ValidationIssue[]): { code: string; cell: CsvCell }[] | null {
  const known = headings(text);
  const required = ['old_la_code', ...NEIGHBOUR_COLUMNS];
  const table = parseCsv(text, NEIGHBOURS_FILE, { required, optional: known.filter((name) => name !== '' && !required.includes(name)) }, issues, []);
  if (table === null) return null;
  const duplicates = new DuplicateRows(NEIGHBOURS_FILE, issues);
  let ours: { code: string; cell: CsvCell }[] | null = null;
  for (const row of table.rows) {
    const codeCell = row.cell('old_la_code');
    if (codeCell.text !== oldCode) continue;
    if (!duplicates.check([oldCode], row.line, codeCell, (earlier) =>
      `there is already a row for ${councilName} (old_la_code ${oldCode}) on line ${earlier}. The model gives each council one row: keep the file as DfE publishes it.`)) return null;
    const cells = NEIGHBOUR_COLUMNS.map((column) => row.cell(column));
    const blank = cells.find((cell) => cell.text === '');
    if (blank) {
      issues.push(issue(NEIGHBOURS_FILE, blank.line, blank.column,
        `${councilName}'s row has no neighbour here. DfE's model names ${NEIGHBOUR_COUNT} neighbours for every council: use the file as DfE publishes it, or list the neighbours in site.json's "statistical_neighbours".`));
      return null;
    }
    ours = cells.map((cell) => ({ code: cell.text, cell }));
  }
  if (ours === null) {
    issues.push(issue(NEIGHBOURS_FILE, null, null,
      `there is no row for ${councilName} (old_la_code ${oldCode}, as DfE's files give it for site.json's "local_authority"). ` +
      'Check that this is DfE\'s statistical-neighbour model for councils in England and that "local_authority" is your council\'s code, or list your neighbours in site.json\'s "statistical_neighbours".'));
  }
  return ours;
}
