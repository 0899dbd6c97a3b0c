// Months (`YYYY-MM`) and dates (`YYYY-MM-DD`) in CSV cells, with hints for the forms Excel and UK habits produce.
import { periodMonths } from '../domain/period.ts';
import type { PeriodId } from '../domain/types.ts';
import type { Parsed } from './cells.ts';
import type { CsvCell } from './csv.ts';
import { issue, type ValidationIssue } from './issue.ts';

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export const WRITE_MONTHS = 'Write months as YYYY-MM, e.g. 2025-10 for October 2025';
export const WRITE_DATES = 'Write dates as YYYY-MM-DD, e.g. 2025-03-31';
const EXCEL_TEXT = 'If Excel keeps changing it, format the column as Text before typing.';

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** `2025-10` from a year and a 1-12 month. */
export function monthId(year: number, month: number): string {
  return `${year}-${pad(month)}`;
}

function fullYear(text: string): number {
  const year = Number(text);
  return text.length === 2 ? 2000 + year : year;
}

/** Month number 1-12 from a name or abbreviation (`Oct`, `October`), or null. */
function monthFromName(text: string): number | null {
  const lower = text.toLowerCase();
  if (lower.length < 3) return null;
  const index = MONTH_NAMES.findIndex((name) => name.toLowerCase().startsWith(lower) || (lower === 'sept' && name === 'September'));
  return index >= 0 ? index + 1 : null;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** `2025-10` for loosely written months such as `Oct-25`, `October 2025`, `10/2025`, `2025/10` or a whole date. */
export function suggestMonth(text: string): string | null {
  const trimmed = text.trim();
  const named = /^([A-Za-z]+)[\s\-/.]+(\d{2}|\d{4})$/.exec(trimmed);
  if (named) {
    const month = monthFromName(named[1] ?? '');
    return month === null ? null : monthId(fullYear(named[2] ?? ''), month);
  }
  const monthFirst = /^(\d{1,2})[/\-.](\d{4})$/.exec(trimmed);
  if (monthFirst) {
    const month = Number(monthFirst[1]);
    return month >= 1 && month <= 12 ? monthId(Number(monthFirst[2]), month) : null;
  }
  const yearFirst = /^(\d{4})[/.\-_ ](\d{1,2})$/.exec(trimmed);
  if (yearFirst) {
    const month = Number(yearFirst[2]);
    return month >= 1 && month <= 12 ? monthId(Number(yearFirst[1]), month) : null;
  }
  const date = suggestDate(trimmed) ?? (DATE_PATTERN.test(trimmed) ? trimmed : null);
  return date === null ? null : date.slice(0, 7);
}

/** `2025-03-31` for UK-style dates such as `31/03/2025`, `31/3/25`, `31-Mar-2025` or `31 March 2025`, when they are real dates. */
export function suggestDate(text: string): string | null {
  const trimmed = text.trim();
  let day: number;
  let month: number | null;
  let year: number;
  const numeric = /^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})$/.exec(trimmed);
  const named = /^(\d{1,2})(?:st|nd|rd|th)?[\s\-/.]+([A-Za-z]+)[\s\-/.,]+(\d{4}|\d{2})$/.exec(trimmed);
  if (numeric) {
    day = Number(numeric[1]);
    month = Number(numeric[2]);
    year = fullYear(numeric[3] ?? '');
  } else if (named) {
    day = Number(named[1]);
    month = monthFromName(named[2] ?? '');
    year = fullYear(named[3] ?? '');
  } else {
    const loose = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(trimmed);
    if (!loose) return null;
    year = Number(loose[1]);
    month = Number(loose[2]);
    day = Number(loose[3]);
  }
  if (month === null || !isRealDate(year, month, day)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Why `text` is not a `YYYY-MM` month, or '' when it is one. */
export function monthProblem(text: string): string {
  const match = MONTH_PATTERN.exec(text);
  if (match) {
    const month = Number(match[2]);
    if (month >= 1 && month <= 12) return '';
    return `"${text}" is not a month: the month number must be 01 to 12. ${WRITE_MONTHS}.`;
  }
  const suggestion = suggestMonth(text);
  const didYouMean = suggestion === null ? '' : ` Did you mean ${suggestion}? ${EXCEL_TEXT}`;
  return `"${text}" is not a month. ${WRITE_MONTHS}.${didYouMean}`;
}

/** Reads a `YYYY-MM` month; `blank` completes "the month is blank. ..." when required, or blank gives null when omitted. */
export function readMonth(cell: CsvCell, file: string, issues: ValidationIssue[], blank?: string): Parsed<string | null> {
  if (cell.text === '') {
    if (blank === undefined) return { ok: true, value: null };
    issues.push(issue(file, cell.line, cell.column, `the month is blank. ${blank}`));
    return { ok: false };
  }
  const problem = monthProblem(cell.text);
  if (problem !== '') {
    issues.push(issue(file, cell.line, cell.column, problem));
    return { ok: false };
  }
  return { ok: true, value: cell.text };
}

/** The three `YYYY-MM` months of a quarter, in order. */
export function monthsOfPeriod(period: PeriodId): string[] {
  const { start } = periodMonths(period);
  return [0, 1, 2].map((offset) => {
    const absolute = start.year * 12 + start.month + offset;
    return monthId(Math.floor(absolute / 12), (absolute % 12) + 1);
  });
}

/** `2025-10, 2025-11 or 2025-12`. */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** Why `text` is not a real `YYYY-MM-DD` date, or '' when it is one. */
export function dateProblem(text: string): string {
  const match = DATE_PATTERN.exec(text);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (isRealDate(year, month, day)) return '';
    if (month < 1 || month > 12) {
      const swapped = isRealDate(year, day, month) ? ` Did you mean ${year}-${pad(day)}-${pad(month)}? The month comes before the day.` : '';
      return `"${text}" is not a real date: there is no month ${match[2]}. ${WRITE_DATES}.${swapped}`;
    }
    return `"${text}" is not a real date: ${MONTH_NAMES[month - 1]} ${year} has ${daysInMonth(year, month)} days. ${WRITE_DATES}.`;
  }
  const suggestion = suggestDate(text);
  const didYouMean = suggestion === null ? '' : ` Did you mean ${suggestion}? ${EXCEL_TEXT}`;
  return `"${text}" is not a date. ${WRITE_DATES}.${didYouMean}`;
}

/** Reads a required `YYYY-MM-DD` date; `what` names it in the blank message, e.g. `due date`. */
export function readDate(cell: CsvCell, file: string, issues: ValidationIssue[], what: string): Parsed<string> {
  if (cell.text === '') {
    issues.push(issue(file, cell.line, cell.column, `the ${what} is blank. ${WRITE_DATES}.`));
    return { ok: false };
  }
  const problem = dateProblem(cell.text);
  if (problem !== '') {
    issues.push(issue(file, cell.line, cell.column, problem));
    return { ok: false };
  }
  return { ok: true, value: cell.text };
}
