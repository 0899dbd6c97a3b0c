// Reads a CSV file as a CSVW processor would with its metadata, and lists every way the file breaks it: dialect
// (BOM, CRLF), header against the column names, each cell against its column's datatype, `null` and `required`,
// and the primary key. Used on the built files (e2e) and on files written in the unit tests.
import Papa from 'papaparse';

export interface CsvwColumn {
  name: string;
  titles: string | string[];
  'dc:description': string;
  datatype: string | { base: string; format: string };
  required: boolean;
  null?: string[];
}

export interface CsvwMetadata {
  '@context': string;
  url: string;
  dialect: { encoding: string; header: boolean; lineTerminators: string[] };
  tableSchema: { columns: CsvwColumn[]; primaryKey: string[] };
  [property: string]: unknown;
}

// XSD lexical forms (https://www.w3.org/TR/xmlschema11-2/), as CSVW reads them when no format is given.
const LEXICAL: Record<string, RegExp> = {
  decimal: /^[+-]?(\d+(\.\d*)?|\.\d+)$/,
  integer: /^[+-]?\d+$/,
  boolean: /^(true|false|1|0)$/,
  string: /^[\s\S]*$/,
};

function validDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

export function cellProblem(column: CsvwColumn, cell: string): string | null {
  const nulls = column.null ?? [''];
  if (nulls.includes(cell)) return column.required ? 'is blank but the column is required' : null;
  const base = typeof column.datatype === 'string' ? column.datatype : column.datatype.base;
  if (base === 'date') return validDate(cell) ? null : 'is not a date YYYY-MM-DD';
  const lexical = LEXICAL[base];
  if (!lexical) return `has a datatype this check does not know: ${base}`;
  if (!lexical.test(cell)) return `is not a ${base}`;
  if (typeof column.datatype !== 'string' && !new RegExp(column.datatype.format).test(cell)) return `does not match ${column.datatype.format}`;
  return null;
}

/** Every problem, as "row N, column name: ..." lines; an empty list when the file follows its metadata. */
export function csvwProblems(metadata: CsvwMetadata, csv: string): string[] {
  const problems: string[] = [];
  if (!csv.startsWith('\uFEFF')) problems.push('the file does not start with a UTF-8 byte order mark');
  const text = csv.replace(/^\uFEFF/, '');
  if (/(?<!\r)\n/.test(text.replace(/"[^"]*"/g, ''))) problems.push('a line ends with LF alone, not CRLF');
  const { data } = Papa.parse<string[]>(text.replace(/\r\n$/, ''), { newline: '\r\n' });
  const [header, ...rows] = data;
  const columns = metadata.tableSchema.columns;
  const names = columns.map((column) => column.name);
  if (JSON.stringify(header) !== JSON.stringify(names)) problems.push(`the header ${JSON.stringify(header)} is not the metadata's column names ${JSON.stringify(names)}`);
  // As CSVW validators do (table description compatibility): each header cell must be one of its column's titles.
  columns.forEach((column, c) => {
    const titles = typeof column.titles === 'string' ? [column.titles] : column.titles;
    if (header?.[c] !== undefined && !titles.includes(header[c]!)) problems.push(`the header ${JSON.stringify(header[c])} is not one of the titles ${JSON.stringify(titles)}`);
  });
  const keys = new Set<string>();
  const keyIndexes = metadata.tableSchema.primaryKey.map((name) => names.indexOf(name));
  if (keyIndexes.includes(-1)) problems.push(`the primary key ${JSON.stringify(metadata.tableSchema.primaryKey)} names a column that is not there`);
  rows.forEach((row, index) => {
    const line = index + 2;
    if (row.length !== columns.length) problems.push(`row ${line} has ${row.length} cells, not ${columns.length}`);
    columns.forEach((column, c) => {
      const problem = cellProblem(column, row[c] ?? '');
      if (problem) problems.push(`row ${line}, column ${column.name}: ${JSON.stringify(row[c])} ${problem}`);
    });
    const key = JSON.stringify(keyIndexes.map((i) => row[i]));
    if (keys.has(key)) problems.push(`row ${line} repeats the primary key ${key}`);
    keys.add(key);
  });
  return problems;
}
