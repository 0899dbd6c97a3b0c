// A thin wrapper over papaparse that copes with files saved by Excel (byte-order mark, CRLF, trailing blank
// lines, padded values, header names in any case) and knows the real line of every cell, even when an
// earlier value in quotes runs over several lines. Every heading is accounted for: a near miss for a column
// is refused with its right name (column-names.ts), any other unknown heading is a warning.
import Papa from 'papaparse';
import { closeHeadings } from './column-names.ts';
import { columnLetter, issue, type ValidationIssue } from './issue.ts';
import { LineIndex } from './text.ts';

export interface CsvSpec {
  /** Lower-case header names that must be present. */
  required: readonly string[];
  /** Lower-case header names that may be present; any other column is not read, and is warned about. */
  optional: readonly string[];
}

export interface CsvCell {
  /** Trimmed text; '' when blank or when the column is absent. */
  text: string;
  line: number;
  /** `C (value)`, or just the name when the file has no such column. */
  column: string;
}

export interface CsvRow {
  /** Line the row starts on. */
  line: number;
  cell(name: string): CsvCell;
}

export interface CsvTable {
  file: string;
  headerLine: number;
  /** Lower-case names of the recognised columns present in the file. */
  columns: ReadonlySet<string>;
  /** Non-blank data rows that could be read. */
  rows: CsvRow[];
}

interface RawRow {
  fields: string[];
  start: number;
  end: number;
  errors: Papa.ParseError[];
}

/** Character offsets where each field of the row starting at `start` begins (quotes as papaparse reads them). */
function fieldStarts(text: string, start: number, end: number): number[] {
  const starts = [start];
  let inQuotes = false;
  let atFieldStart = true;
  for (let i = start; i < end; i++) {
    const char = text[i];
    if (inQuotes) {
      if (char === '"') {
        if (text[i + 1] === '"') i++;
        else inQuotes = false;
      }
      continue;
    }
    if (atFieldStart && char === '"') {
      inQuotes = true;
      atFieldStart = false;
    } else if (char === ',') {
      starts.push(i + 1);
      atFieldStart = true;
    } else if (char === '\n') {
      break;
    } else {
      atFieldStart = false;
    }
  }
  return starts;
}

function fieldIndexAt(starts: readonly number[], offset: number): number {
  let index = 0;
  for (let i = 0; i < starts.length; i++) if ((starts[i] ?? 0) <= offset) index = i;
  return index;
}

function isBlank(fields: readonly string[]): boolean {
  return fields.every((field) => field.trim() === '');
}

function joinNames(names: readonly string[], word: string): string {
  const quoted = names.map((name) => `"${name}"`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${word} ${quoted[quoted.length - 1]}`;
}

function listNames(names: readonly string[]): string {
  return joinNames(names, 'and');
}

function orNames(names: readonly string[]): string {
  return joinNames(names, 'or');
}

export function headerExample(spec: CsvSpec): string {
  const optional = spec.optional.length > 0 ? ` (and, if wanted, ${spec.optional.join(', ')})` : '';
  return `${spec.required.join(',')}${optional}`;
}

/**
 * Parses CSV text. Returns null when the file cannot be used at all (empty, or required columns missing);
 * every problem found is added to `issues`, and every column that is not read to `warnings`.
 */
export function parseCsv(source: string, file: string, spec: CsvSpec, issues: ValidationIssue[], warnings: ValidationIssue[] = []): CsvTable | null {
  // One kind of line break keeps offsets and papaparse's newline handling simple; line numbers are unchanged.
  const text = (source.startsWith('\uFEFF') ? source.slice(1) : source).replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    issues.push(issue(file, null, null,
      `the file is empty. It needs a header row naming the columns, ${headerExample(spec)}, followed by one row of data per line.`));
    return null;
  }
  const lines = new LineIndex(text);

  const raw: RawRow[] = [];
  let cursor = 0;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    newline: '\n',
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    skipEmptyLines: false,
    step: (result) => {
      raw.push({ fields: result.data, start: cursor, end: result.meta.cursor, errors: result.errors });
      cursor = result.meta.cursor;
    },
  });

  let header: string[] | null = null;
  let headerLine = 1;
  const columnIndex = new Map<string, number>();
  /** Columns with no heading: their values cannot be read, so the first one is warned about. */
  const untitled = new Set<number>();
  const rows: CsvRow[] = [];

  /** `C (value)` for each recognised column, made once rather than for every cell read. */
  let columnNames = new Map<string, string>();

  for (const row of raw) {
    // Where each field starts is only needed to place a cell on a later line of a row that runs over several
    // (a value in quotes with a line break) or to place a problem: worked out then, not for every row.
    let fieldOffsets: number[] | undefined;
    const starts = (): number[] => (fieldOffsets ??= fieldStarts(text, row.start, row.end));
    const quoteErrors = row.errors.filter((error) => error.type === 'Quotes');
    const cellName = (index: number): string => {
      const name = header?.[index];
      return name ? `${columnLetter(index)} (${name})` : columnLetter(index);
    };

    if (quoteErrors.length > 0) {
      const unclosed = quoteErrors.find((error) => error.code === 'MissingQuotes');
      const first = unclosed ?? quoteErrors[0];
      const quoteAt = Math.max(0, (first?.index ?? row.start + 1) - 1);
      const line = lines.line(quoteAt);
      const column = cellName(fieldIndexAt(starts(), quoteAt));
      if (unclosed) {
        issues.push(issue(file, line, column,
          'the value starting with a quote (") here is never properly closed, so the rest of the file cannot be read. ' +
          'A value in quotes must end with a quote followed by a comma or the end of the line, and a quote inside the value must be written twice (""). ' +
          'Add the missing closing quote or remove the opening one.'));
        break;
      }
      issues.push(issue(file, line, column,
        'the value starting with a quote (") here has a stray quote inside it. Write a quote inside a quoted value twice, ' +
        'e.g. "the ""front door"" service", or remove the quotes.'));
      if (header === null) return null;
      continue;
    }

    if (isBlank(row.fields)) continue;

    if (header === null) {
      headerLine = lines.line(row.start);
      header = row.fields.map((field) => field.trim().toLowerCase());
      const known = new Set([...spec.required, ...spec.optional]);
      const unknown: number[] = [];
      header.forEach((name, index) => {
        if (name === '') {
          untitled.add(index);
          return;
        }
        const earlier = columnIndex.get(name);
        if (earlier !== undefined) {
          issues.push(issue(file, lines.line(starts()[index] ?? row.start), `${columnLetter(index)} (${name})`,
            `the column "${name}" appears twice (columns ${columnLetter(earlier)} and ${columnLetter(index)}). Delete or rename one of them.`));
        } else if (known.has(name)) {
          columnIndex.set(name, index);
        } else {
          unknown.push(index);
        }
      });
      // Excel in many European settings saves "CSV" with semicolons between the values.
      const semicolons = header.length === 1 && spec.required.every((name) => (header?.[0] ?? '').split(';').map((part) => part.trim()).includes(name));
      if (semicolons) {
        issues.push(issue(file, headerLine, null,
          'the values in this file are separated by semicolons (;), not commas, so its columns cannot be told apart. ' +
          'Excel does this when Windows is set to a language that writes decimals with a comma. In Excel, use File > Save As > "CSV UTF-8 (Comma delimited)", ' +
          'or change Windows\' list separator to a comma, and save again.'));
        return null;
      }
      // A heading the site does not read is never passed over in silence: a near miss for a column the file
      // lacks is refused (its values would be lost), any other is a warning.
      const covered = new Set<string>();
      for (const index of unknown) {
        const typed = row.fields[index]?.trim() ?? '';
        const name = header[index] ?? '';
        const at = lines.line(starts()[index] ?? row.start);
        const column = `${columnLetter(index)} (${name})`;
        const close = closeHeadings(typed, [...spec.required, ...spec.optional]);
        const absent = close.filter((known) => !columnIndex.has(known));
        const hidden = /[\p{Cc}\p{Cf}]/u.test(typed) ? ' (it holds a character that cannot be seen, copied in with the text)' : '';
        if (absent.length > 0) {
          for (const known of absent) covered.add(known);
          // Read as the column it is surely meant to be, so the refusal is its only message (not one per row).
          if (absent.length === 1) columnIndex.set(absent[0]!, index);
          issues.push(issue(file, at, column,
            `the heading "${typed}"${hidden} is not a column the site reads, so every value under it would be ignored; it looks like ${orNames(absent)}. ` +
            `Rename the heading ${orNames(absent)}. The columns of this file are ${headerExample(spec)}.`));
        } else if (close.length > 0) {
          const present = close.map((known) => `"${known}" (column ${columnLetter(columnIndex.get(known) ?? 0)})`);
          warnings.push(issue(file, at, column,
            `the column "${typed}" is not read: its heading is not one of this file's columns, though it looks like ${present.join(' or ')}, which is read. ` +
            'If its values should be published, move them into that column; if they are your own notes, they are not published: delete the column, or keep them in another file.'));
        } else {
          warnings.push(issue(file, at, column,
            `the column "${typed}"${hidden} is not read: this file's columns are ${headerExample(spec)}. ` +
            'If it should be one of them, rename its heading; if it holds your own notes, they are not published: delete the column, or keep them in another file.'));
        }
      }
      columnNames = new Map([...columnIndex].map(([name, index]) => [name, `${columnLetter(index)} (${name})`]));
      const missing = spec.required.filter((name) => !columnIndex.has(name));
      if (missing.length > 0) {
        const unexplained = missing.filter((name) => !covered.has(name));
        if (unexplained.length > 0) {
          issues.push(issue(file, headerLine, null,
            `the header row is missing the column${unexplained.length > 1 ? 's' : ''} ${listNames(unexplained)}. ` +
            `The first row must name the columns: ${headerExample(spec)}, in any order.`));
        }
        return null;
      }
      continue;
    }

    const width = header.length;
    const extra = row.fields.findIndex((field, index) => index >= width && field.trim() !== '');
    if (extra >= 0) {
      issues.push(issue(file, lines.line(starts()[extra] ?? row.start), columnLetter(extra),
        `this row has a value in column ${columnLetter(extra)}, but the header row only names ${width} column${width === 1 ? '' : 's'}, so the values may have shifted. ` +
        'This usually means a value contains a comma: put that value in double quotes, or remove the comma (write 1234, not 1,234).'));
      continue;
    }

    const fields = row.fields;
    const rowLine = lines.line(row.start);
    // The last character of a row is its line break (or the file's last character), on its last line.
    const oneLine = lines.line(Math.max(row.start, row.end - 1)) === rowLine;
    for (const index of untitled) {
      if ((fields[index] ?? '').trim() === '') continue;
      untitled.delete(index);
      warnings.push(issue(file, lines.line(starts()[index] ?? row.start), columnLetter(index),
        `this value is in column ${columnLetter(index)}, which has no heading, so it is not read (nor is anything else in that column). ` +
        'Give the column its heading in the first row, or delete the column if its values are your own notes.'));
    }
    rows.push({
      line: rowLine,
      cell(name: string): CsvCell {
        const index = columnIndex.get(name);
        if (index === undefined) return { text: '', line: rowLine, column: name };
        return { text: (fields[index] ?? '').trim(), line: oneLine ? rowLine : lines.line(starts()[index] ?? row.start), column: columnNames.get(name)! };
      },
    });
  }

  if (header === null) return null; // Only reachable when the header row itself had a quoting problem.
  return { file, headerLine, columns: new Set(columnIndex.keys()), rows };
}
