// Numbers as readers see them: en-GB separators, fixed decimals per unit so a column lines up, and
// words rather than blanks for missing figures.
import type { Operator, ResolvedTarget, Unit } from './types.ts';

export const NO_DATA_TEXT = 'No data';
export const NO_TARGET_TEXT = 'No target';

const DEFAULT_DECIMALS: Record<Unit, number> = {
  percent: 1,
  count: 0,
  rate_per_10000: 1,
  days: 0,
  number: 1,
};

const UNIT_LABELS: Record<Unit, string> = {
  percent: '%',
  count: 'count',
  rate_per_10000: 'per 10,000 children',
  days: 'days',
  number: 'number',
};

const OPERATOR_SYMBOLS: Record<Operator, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<' };
const OPERATOR_WORDS: Record<Operator, string> = {
  '>=': 'at least',
  '<=': 'at most',
  '>': 'more than',
  '<': 'less than',
};

export function defaultDecimals(unit: Unit): number {
  return DEFAULT_DECIMALS[unit];
}

/** Words for a unit, for table headings and chart axes. */
export function unitLabel(unit: Unit): string {
  return UNIT_LABELS[unit];
}

export function operatorSymbol(operator: Operator): string {
  return OPERATOR_SYMBOLS[operator];
}

/** For screen-reader text and legends, where "≥" may be read out badly. */
export function operatorWords(operator: Operator): string {
  return OPERATOR_WORDS[operator];
}

// One formatter per number of decimals, made on first use: creating an Intl.NumberFormat costs far more
// than formatting with one, and a county's build formats a quarter of a million figures.
const numberFormats = new Map<number, Intl.NumberFormat>();

/** en-GB digits with exactly `decimals` places; "negative" sign display avoids printing "-0.0". */
export function formatNumber(value: number, decimals: number): string {
  let format = numberFormats.get(decimals);
  if (format === undefined) {
    format = new Intl.NumberFormat('en-GB', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      signDisplay: 'negative',
    });
    numberFormats.set(decimals, format);
  }
  return format.format(value);
}

/** A figure with its unit's symbol (only percent carries one; other units are named in headings). */
export function formatValue(value: number | null, unit: Unit, decimals: number | null): string {
  if (value === null) return NO_DATA_TEXT;
  const text = formatNumber(value, decimals ?? defaultDecimals(unit));
  return unit === 'percent' ? `${text}%` : text;
}

/** `≥ 85.0%`, at the indicator's own precision so target and value read alike. */
export function formatTarget(target: ResolvedTarget | null, unit: Unit, decimals: number | null): string {
  if (target === null) return NO_TARGET_TEXT;
  return `${operatorSymbol(target.operator)} ${formatValue(target.value, unit, decimals)}`;
}

export function formatCount(value: number | null): string {
  return value === null ? NO_DATA_TEXT : formatNumber(value, 0);
}

/**
 * `79%`: a share as a whole percent, the one rounding every stated share uses (so a tile, a sentence and a
 * table give the same number). A non-zero share never shows as 0% and a partial one never as 100%, which
 * would misstate the counts. Null when there is no base.
 */
export function formatPercentOf(part: number, whole: number): string | null {
  if (whole <= 0) return null;
  const percent = (part / whole) * 100;
  if (part > 0 && percent < 0.5) return '<1%';
  if (part < whole && percent >= 99.5) return '>99%';
  return `${formatNumber(percent, 0)}%`;
}

/** `38 of 48 (79%)`. Whole percent is enough beside the counts. */
export function formatShareOf(part: number | null, whole: number | null): string {
  if (part === null || whole === null) return NO_DATA_TEXT;
  const counts = `${formatCount(part)} of ${formatCount(whole)}`;
  const share = formatPercentOf(part, whole);
  return share === null ? counts : `${counts} (${share})`;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `31 March 2025` from `2025-03-31`, as GOV.UK writes dates. */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`"${isoDate}" is not a date; write dates as YYYY-MM-DD`);
  return dateFormat.format(date);
}
