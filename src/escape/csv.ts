// The one writer for CSV downloads. Text cells that a spreadsheet would run as a formula (starting with
// =, +, -, @, tab or carriage return) are prefixed with an apostrophe by papaparse's escapeFormulae; numbers
// are left as numbers, so a negative value stays a number.
import Papa from 'papaparse';

export type CsvRecord = Record<string, string | number | boolean | null>;

export function toCsv(rows: readonly CsvRecord[], columns?: readonly string[]): string {
  const body = Papa.unparse(columns ? { fields: [...columns], data: rows.map((row) => columns.map((c) => row[c] ?? null)) } : [...rows], {
    newline: '\r\n',
    escapeFormulae: true,
  });
  // A byte-order mark so Excel opens it as UTF-8.
  return `\uFEFF${body}\r\n`;
}
