// Reading single values (numbers, ids, periods, choices) out of CSV cells, with messages that say how to fix them.
import { isPeriodId, periodMonthsLabel } from '../domain/period.ts';
import type { PeriodId, Unit } from '../domain/types.ts';
import type { CsvCell } from './csv.ts';
import { issue, type ValidationIssue } from './issue.ts';

/** Ids become parts of web addresses, so they are kept simple. */
export const ID_PATTERN = /^[a-z0-9_-]+$/;

export type Parsed<T> = { ok: true; value: T } | { ok: false };

const INVALID = { ok: false } as const;

function ok<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

export interface WrittenNumber {
  value: number;
  /** Decimal places as written: 12.50 → 2, 13 → 0. */
  decimals: number;
}

// `\d+(?:\.\d*)?` rather than `\d+\.?\d*`: the same numbers, but a long run of digits that is not a number
// (`1111…x`) is refused at once instead of after trying every way of splitting the digits between the two parts.
const NUMBER_PATTERN = /^[+-]?(\d+(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d+))?$/;

/** A plain number as Excel writes it (`12.5`, `-3`, `.5`, `1E-05`); no thousands separators, units or % signs. */
export function parseNumberText(text: string): WrittenNumber | null {
  const match = NUMBER_PATTERN.exec(text);
  if (!match) return null;
  const value = Number(text);
  if (!Number.isFinite(value)) return null;
  const mantissa = match[1] ?? '';
  const point = mantissa.indexOf('.');
  const fraction = point >= 0 ? mantissa.length - point - 1 : 0;
  const exponent = match[2] ? Number(match[2]) : 0;
  return { value: Object.is(value, -0) ? 0 : value, decimals: Math.max(0, fraction - exponent) };
}

const NOT_AVAILABLE_WORDS = new Set(['n/a', 'na', 'n.a.', '-', '--', '*', 'x', '..', 'tbc', 'null', 'none', 'nil', 'not available', 'unknown']);

export interface NumberOptions {
  /** Completes "or leave it blank ...", e.g. `if not available`; omit when the value is required. */
  blank?: string;
  /** What kind of number is expected, for the example, e.g. `12.5`. */
  example?: string;
  /** Blank means "not available", so words like n/a get a hint to leave the cell empty instead. */
  notAvailable?: boolean;
}

/** Why `text` is not a number, and how to write it. */
export function notANumberMessage(text: string, options: NumberOptions): string {
  const example = options.example ?? '12.5';
  const lead = `"${text}" is not a number. Write a number such as ${example}${options.blank ? `, or leave it blank ${options.blank}` : ''}.`;
  const lower = text.toLowerCase();
  if (/%\s*$/.test(text) && parseNumberText(text.replace(/%\s*$/, '').trim())) {
    return `${lead} Leave out the % sign: write ${text.replace(/%\s*$/, '').trim()} for ${text.replace(/\s+/g, '')}.`;
  }
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) {
    return `${lead} Leave out the thousands separator: write ${text.replace(/,/g, '')}, not ${text}.`;
  }
  if (/^[+-]?\d+,\d+$/.test(text)) {
    return `${lead} Use a full stop for the decimal point: write ${text.replace(',', '.')}.`;
  }
  if (/^#[A-Z/0!?]+[!?A]?$/i.test(text)) {
    return `${lead} ${text} is an Excel error from a formula: fix the formula in your workbook before saving the CSV.`;
  }
  if (options.notAvailable && NOT_AVAILABLE_WORDS.has(lower)) {
    return `${lead} Leave the cell empty rather than writing "${text}".`;
  }
  return lead;
}

/** Reads an optional number: blank → null. */
export function readNumber(cell: CsvCell, file: string, issues: ValidationIssue[], options: NumberOptions): Parsed<WrittenNumber | null> {
  if (cell.text === '') return ok(null);
  const parsed = parseNumberText(cell.text);
  if (!parsed) {
    issues.push(issue(file, cell.line, cell.column, notANumberMessage(cell.text, options)));
    return INVALID;
  }
  return ok(parsed);
}

const UNIT_WORDS: Record<Unit, string> = {
  percent: 'a percentage',
  count: 'a count',
  rate_per_10000: 'a rate per 10,000',
  days: 'a number of days',
  number: 'a number',
};

/** Percentages must be 0–100; counts, rates and days cannot be negative; `number` may be anything. */
export function unitRangeProblem(value: number, unit: Unit, text: string): string | null {
  if (unit === 'percent' && (value < 0 || value > 100)) {
    return `"${text}" is outside 0 to 100. This indicator is a percentage, so write 45.2 for 45.2%.`;
  }
  if ((unit === 'count' || unit === 'rate_per_10000' || unit === 'days') && value < 0) {
    return `"${text}" is below 0, but this indicator is ${UNIT_WORDS[unit]}, which cannot be negative. Check the sign.`;
  }
  return null;
}

export function checkUnitRange(value: number, unit: Unit | undefined, cell: CsvCell, file: string, issues: ValidationIssue[]): boolean {
  if (unit === undefined) return true;
  const problem = unitRangeProblem(value, unit, cell.text);
  if (problem) issues.push(issue(file, cell.line, cell.column, problem));
  return problem === null;
}

/** Reads an amber tolerance: blank → null, otherwise a number of 0 or more. */
export function readAmber(cell: CsvCell, file: string, issues: ValidationIssue[], blank: string): Parsed<number | null> {
  const parsed = readNumber(cell, file, issues, { blank, example: '2' });
  if (!parsed.ok) return INVALID;
  if (parsed.value === null) return ok(null);
  if (parsed.value.value < 0) {
    issues.push(issue(file, cell.line, cell.column,
      `"${cell.text}" is below 0. The amber tolerance is how far from the target still counts as amber, so write it as 0 or more, e.g. 2, or leave it blank ${blank}.`));
    return INVALID;
  }
  return ok(parsed.value.value);
}

function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0] ?? 0;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j] ?? 0;
      previous[j] = Math.min(above + 1, (previous[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length] ?? 0;
}

/** The known id closest to `text`, if one is close enough to be a likely typo. */
export function closestId(text: string, known: Iterable<string>): string | null {
  const simplify = (id: string) => id.toLowerCase().replace(/[\s_-]+/g, '');
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const id of known) {
    if (simplify(id) === simplify(text)) return id;
    const distance = editDistance(text.toLowerCase(), id);
    if (distance < bestDistance) {
      best = id;
      bestDistance = distance;
    }
  }
  return best !== null && bestDistance <= Math.max(2, Math.floor(text.length / 4)) ? best : null;
}

/** Message for an id that should be one of the known ids. */
export function unknownIdMessage(text: string, what: string, where: string, known: Iterable<string>): string {
  const suggestion = closestId(text, known);
  const didYouMean = suggestion ? ` Did you mean "${suggestion}"?` : '';
  return `"${text}" is not ${what} in ${where}.${didYouMean} Check the spelling (ids are lower case and must match exactly), or add it to ${where} first.`;
}

/** Message for a new id (in indicators.csv or site.json) that breaks the id rules, or '' if it is fine. */
export function idProblem(text: string): string {
  if (ID_PATTERN.test(text)) return '';
  const suggestion = text.toLowerCase().trim().replace(/[^a-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
  const example = suggestion !== '' && suggestion !== text ? `"${suggestion}"` : '"cla-rate"';
  return `"${text}" cannot be used as an id. Ids become part of web addresses, so use only lower-case letters a-z, digits 0-9, hyphens (-) and underscores (_), with no spaces, e.g. ${example}.`;
}

/** Reads a reference to a known id (an indicator or comparator). `known` null means the list could not be read: skip the check. */
export function readReference(
  cell: CsvCell, file: string, issues: ValidationIssue[],
  what: string, where: string, known: ReadonlySet<string> | null,
): Parsed<string> {
  if (cell.text === '') {
    issues.push(issue(file, cell.line, cell.column, `this is blank. Write the id of ${what} from ${where}.`));
    return INVALID;
  }
  if (known !== null && !known.has(cell.text)) {
    issues.push(issue(file, cell.line, cell.column, unknownIdMessage(cell.text, what, where, known)));
    return INVALID;
  }
  return ok(cell.text);
}

/** Longer text is not a period written loosely, so no suggestion is looked for (and the patterns stay fast). */
const MAX_PERIOD_SUGGESTION_LENGTH = 40;

/** A likely intended period for loosely written text such as `2024/25 Q1` or `Q1 2024-25`, or null. */
export function suggestPeriod(text: string): PeriodId | null {
  if (text.length > MAX_PERIOD_SUGGESTION_LENGTH) return null;
  const yearFirst = /^(\d{4})\s*[-/]\s*(\d{2}|\d{4})\s*[-_ ]?\s*q\s*([1-4])$/i.exec(text.trim());
  const quarterFirst = /^q\s*([1-4])\s*[-_ ]?\s*(\d{4})\s*[-/]\s*(\d{2}|\d{4})$/i.exec(text.trim());
  let year: string | undefined;
  let next: string | undefined;
  let quarter: string | undefined;
  if (yearFirst) [, year, next, quarter] = yearFirst;
  else if (quarterFirst) [, quarter, year, next] = quarterFirst;
  if (year === undefined || next === undefined || quarter === undefined) return null;
  const candidate = `${year}-${next.slice(-2)}-Q${quarter}`;
  return isPeriodId(candidate) ? candidate : null;
}

/** Why `text` is not a period, and how to write it. */
export function periodProblem(text: string): string {
  const suggestion = suggestPeriod(text);
  const base = `"${text}" is not a period. Write periods as YYYY-YY-Qn, where YYYY-YY is the financial year and Qn the quarter, e.g. 2024-25-Q1 for April to June 2024.`;
  if (suggestion && suggestion !== text) return `${base} Did you mean ${suggestion} (${periodMonthsLabel(suggestion)})?`;
  const years = /^(\d{4})-(\d{2})-Q[1-4]$/.exec(text);
  if (years) return `${base} The two years must follow on: ${years[1]}-${String((Number(years[1]) + 1) % 100).padStart(2, '0')}.`;
  return base;
}

export function readPeriod(cell: CsvCell, file: string, issues: ValidationIssue[]): Parsed<PeriodId> {
  if (cell.text === '') {
    issues.push(issue(file, cell.line, cell.column, 'the period is blank. Write the quarter as YYYY-YY-Qn, e.g. 2024-25-Q1 for April to June 2024.'));
    return INVALID;
  }
  if (!isPeriodId(cell.text)) {
    issues.push(issue(file, cell.line, cell.column, periodProblem(cell.text)));
    return INVALID;
  }
  return ok(cell.text);
}

/** Reads one of a fixed list of words, case-insensitively (spaces and hyphens count as _); blank is an error unless `blankMeans` is given. */
export function readChoice<T extends string>(
  cell: CsvCell, file: string, issues: ValidationIssue[], choices: readonly T[], what: string, blankMeans?: T,
): Parsed<T> {
  const list = choices.join(', ');
  const orBlank = blankMeans === undefined ? '' : `, or leave it blank for ${blankMeans}`;
  const normalised = cell.text.toLowerCase().replace(/[\s-]+/g, '_');
  const found = choices.find((choice) => choice === normalised);
  if (cell.text === '') {
    if (blankMeans !== undefined) return ok(blankMeans);
    issues.push(issue(file, cell.line, cell.column, `the ${what} is blank. Write one of: ${list}.`));
    return INVALID;
  }
  if (found === undefined) {
    issues.push(issue(file, cell.line, cell.column, `"${cell.text}" is not a ${what}. Write one of: ${list}${orBlank}.`));
    return INVALID;
  }
  return ok(found);
}

/** Reads text that must be filled in; `blank` is the whole message for an empty cell. */
export function readRequiredText(cell: CsvCell, file: string, issues: ValidationIssue[], blank: string): Parsed<string> {
  if (cell.text === '') {
    issues.push(issue(file, cell.line, cell.column, blank));
    return INVALID;
  }
  return ok(cell.text);
}

/** Reads a count of things (e.g. `audits`) that must be a whole number of 1 or more. */
export function readPositiveCount(cell: CsvCell, file: string, issues: ValidationIssue[], things: string): Parsed<number> {
  const fix = `Write the number of ${things} as a whole number of 1 or more, e.g. 3`;
  if (cell.text === '') {
    issues.push(issue(file, cell.line, cell.column, `the count is blank. ${fix}.`));
    return INVALID;
  }
  const parsed = parseNumberText(cell.text);
  if (!parsed) {
    issues.push(issue(file, cell.line, cell.column, notANumberMessage(cell.text, { example: '3' }).replace('Write a number such as 3', fix)));
    return INVALID;
  }
  if (!Number.isInteger(parsed.value) || parsed.value < 1) {
    const why = parsed.value === 0 ? ' (delete the row instead of writing 0)' : '';
    issues.push(issue(file, cell.line, cell.column, `"${cell.text}" cannot be a count. ${fix}${why}.`));
    return INVALID;
  }
  return ok(parsed.value);
}
