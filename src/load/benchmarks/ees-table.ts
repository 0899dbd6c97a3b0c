// DfE's files are large (2,000 rows of 20 columns is usual, and a build may read twenty) and machine-written, so
// they are split line by line into plain rows, each cell trimmed only when it is read: csv.ts's general reader,
// which places every cell of every row of an officer's hand-edited file, costs several times more. A file that
// cannot be split so (a quote left open or a line break inside a value, a heading twice, a row wider than the
// header) is read by csv.ts after all, which places each such problem.
import Papa from 'papaparse';
import { parseCsv, type CsvCell } from '../csv.ts';
import { columnLetter, type ValidationIssue } from '../issue.ts';

export interface EesRow {
  line: number;
  fields: readonly string[];
}

export class EesTable {
  readonly file: string;
  /** Lower-case headings, in file order. */
  readonly header: readonly string[];
  readonly rows: readonly EesRow[];
  readonly #index: Map<string, number>;

  constructor(file: string, header: readonly string[], rows: readonly EesRow[]) {
    this.file = file;
    this.header = header;
    this.rows = rows;
    this.#index = new Map(header.map((name, i) => [name, i] as const).filter(([name]) => name !== '').reverse());
  }

  has(name: string): boolean {
    return this.#index.has(name);
  }

  /** The trimmed text of a cell; '' when blank or when there is no such column. */
  text(row: EesRow, name: string): string {
    const index = this.#index.get(name);
    return index === undefined ? '' : (row.fields[index] ?? '').trim();
  }

  /** A reader of one column's cells, its position looked up once for the many rows read. */
  column(name: string): (row: EesRow) => string {
    const index = this.#index.get(name);
    return index === undefined ? () => '' : (row) => (row.fields[index] ?? '').trim();
  }

  /** A cell placed for a message: `L (rate)`. */
  cell(row: EesRow, name: string): CsvCell {
    const index = this.#index.get(name);
    return { text: this.text(row, name), line: row.line, column: index === undefined ? name : `${columnLetter(index)} (${name})` };
  }
}

/** The file's rows, or null when it cannot be read (every problem is in `issues`). */
export function readEesTable(source: string, file: string, issues: ValidationIssue[]): EesTable | null {
  const text = (source.startsWith('\uFEFF') ? source.slice(1) : source).replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const header = splitLine(lines[0] ?? '')?.map((name) => name.trim().toLowerCase()) ?? [];
  const named = header.filter((name) => name !== '');
  if (header.length === 0 || new Set(named).size !== named.length) return placedByCsv(source, file, header, issues);
  const rows: EesRow[] = [];
  for (let i = 1; i < lines.length; i++) {
    const fields = splitLine(lines[i]!);
    // null: a quote that does not close on its line, so the lines no longer match the rows.
    if (fields === null || (fields.length > header.length && fields.slice(header.length).some((field) => field.trim() !== ''))) return placedByCsv(source, file, header, issues);
    if (fields.every((field) => field.trim() === '')) continue;
    rows.push({ line: i + 1, fields });
  }
  return new EesTable(file, header, rows);
}

/**
 * One line's values: split at commas when it has no quote (nearly every line of DfE's files), by papaparse when it
 * has (a name such as "Herefordshire, County of"); null when papaparse finds a quote out of place.
 */
function splitLine(line: string): string[] | null {
  if (!line.includes('"')) return line.split(',');
  const parsed = Papa.parse<string[]>(line, { delimiter: ',', newline: '\n', quoteChar: '"', escapeChar: '"', header: false });
  return parsed.errors.length > 0 || parsed.data.length !== 1 ? null : parsed.data[0]!;
}

function placedByCsv(source: string, file: string, header: readonly string[], issues: ValidationIssue[]): EesTable | null {
  const names = [...new Set(header.filter((name) => name !== ''))];
  const before = issues.length;
  const table = parseCsv(source, file, { required: names, optional: [] }, issues, []);
  if (table === null || issues.length > before) return null;
  const rows = table.rows.map((row) => ({ line: row.line, fields: names.map((name) => row.cell(name).text) }));
  return new EesTable(file, names, rows);
}
