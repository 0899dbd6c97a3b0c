// A thin wrapper over papaparse that copes with files saved by Excel (byte-order mark, CRLF, trailing blank
// lines, padded values, header names in any case) and knows the real line of every cell, even when an
// earlier value in quotes runs over several lines.
import Papa from 'papaparse';
import { columnLetter, issue, type ValidationIssue } from './issue.ts';
import { LineIndex } from './text.ts';

export interface CsvSpec {
  /** Lower-case header names that must be present. */
  required: readonly string[];
  /** Lower-case header names that may be present; any other columns are ignored. */
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

function listNames(names: readonly string[]): string {
  const quoted = names.map((name) => `"${name}"`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

export function headerExample(spec: CsvSpec): string {
  const optional = spec.optional.length > 0 ? ` (and, if wanted, ${spec.optional.join(', ')})` : '';
  return `${spec.required.join(',')}${optional}`;
}

/**
 * Parses CSV text. Returns null when the file cannot be used at all (empty, or required columns missing);
 * every problem found is added to `issues`.
 */
export function parseCsv(source: string, file: string, spec: CsvSpec, issues: ValidationIssue[]): CsvTable | null {
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
  const rows: CsvRow[] = [];

  for (const row of raw) {
    const starts = fieldStarts(text, row.start, row.end);
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
      const column = cellName(fieldIndexAt(starts, quoteAt));
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
      header.forEach((name, index) => {
        if (name === '') return;
        const earlier = columnIndex.get(name);
        if (earlier !== undefined) {
          issues.push(issue(file, lines.line(starts[index] ?? row.start), `${columnLetter(index)} (${name})`,
            `the column "${name}" appears twice (columns ${columnLetter(earlier)} and ${columnLetter(index)}). Delete or rename one of them.`));
        } else if (known.has(name)) {
          columnIndex.set(name, index);
        }
      });
      const missing = spec.required.filter((name) => !columnIndex.has(name));
      if (missing.length > 0) {
        const hints = missing.flatMap((name) => {
          const index = header?.findIndex((heading) => heading.replace(/[\s-]+/g, '_') === name) ?? -1;
          return index >= 0 ? [` Column ${columnLetter(index)} is headed "${row.fields[index]?.trim()}"; rename it "${name}".`] : [];
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
        issues.push(issue(file, headerLine, null,
          `the header row is missing the column${missing.length > 1 ? 's' : ''} ${listNames(missing)}. ` +
          `The first row must name the columns: ${headerExample(spec)}, in any order.${hints.join('')}`));
        return null;
      }
      continue;
    }

    const width = header.length;
    const extra = row.fields.findIndex((field, index) => index >= width && field.trim() !== '');
    if (extra >= 0) {
      issues.push(issue(file, lines.line(starts[extra] ?? row.start), columnLetter(extra),
        `this row has a value in column ${columnLetter(extra)}, but the header row only names ${width} column${width === 1 ? '' : 's'}, so the values may have shifted. ` +
        'This usually means a value contains a comma: put that value in double quotes, or remove the comma (write 1234, not 1,234).'));
      continue;
    }

    const fields = row.fields;
    const rowLine = lines.line(row.start);
    rows.push({
      line: rowLine,
      cell(name: string): CsvCell {
        const index = columnIndex.get(name);
        if (index === undefined) return { text: '', line: rowLine, column: name };
        return { text: (fields[index] ?? '').trim(), line: lines.line(starts[index] ?? row.start), column: `${columnLetter(index)} (${name})` };
      },
    });
  }

  if (header === null) return null; // Only reachable when the header row itself had a quoting problem.
  return { file, headerLine, columns: new Set(columnIndex.keys()), rows };
}
