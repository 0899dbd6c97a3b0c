// The one writer for CSV downloads. Text cells that a spreadsheet would run as a formula (starting with
// =, +, -, @, tab or carriage return) are prefixed with an apostrophe by papaparse's escapeFormulae; numbers
// are left as numbers, so a negative value stays a number.
import Papa from 'papaparse';

export type CsvCellValue = string | number | boolean | null;
export type CsvRecord = Record<string, CsvCellValue>;

/** Rows as CSV, with the columns given or else every key in the order first seen; a BOM so Excel reads UTF-8. */
export function toCsv(rows: readonly CsvRecord[], columns?: readonly string[]): string {
  const fields = columns ? [...columns] : [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const data = rows.map((row) => fields.map((field) => row[field] ?? null));
  const body = Papa.unparse<CsvCellValue[]>({ fields, data }, { newline: '\r\n', escapeFormulae: true });
  // Papaparse ends a header-only file with a line break already; a second would be a blank row.
  return `\uFEFF${body.replace(/\r\n$/, '')}\r\n`;
}
