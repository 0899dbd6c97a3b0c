// Numbers and CSV as the demo's files write them, and numbers as its prose says them.
import type { Unit } from '../../src/domain/types.ts';

export type Cell = string | number | null | undefined;

/** Rounds half away from zero, as the site does, never to -0. */
export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : Number(rounded.toFixed(decimals));
}

/** Plain number text: no thousands separators, no exponent, no trailing zeros; '' for no number. */
export function num(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  return String(value);
}

/** A field quoted only when it must be (scripts/lib/demo-repo.ts quotes the same way, so kept rows do not change). */
export function csvField(value: Cell): string {
  const text = value === null || value === undefined ? '' : String(value);
  if (/[",\r\n]/.test(text) || text !== text.trim()) return `"${text.replace(/"/g, '""')}"`;
  return text;
}

export function csv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  for (const row of rows) {
    if (row.length !== header.length) throw new Error(`row has ${row.length} fields, header ${header.length}`);
  }
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\n') + '\n';
}

/** Friendly value text for commentary only (commentary is prose, so a thousands separator is fine there). */
export function prose(value: number, unit: Unit, decimals: number): string {
  const text = value.toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  switch (unit) {
    case 'percent': return `${text}%`;
    case 'rate_per_10000': return `${text} per 10,000`;
    case 'days': return `${text} days`;
    default: return text;
  }
}

/** A whole percent of `whole`; 0 of nothing. */
export const pct = (part: number, whole: number): number => (whole === 0 ? 0 : Math.round((100 * part) / whole));

const numberWords = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** `three`, or the digits above ten. */
export const words = (n: number): string => numberWords[n] ?? String(n);
export const plural = (n: number, one: string, many: string): string => `${words(n)} ${n === 1 ? one : many}`;
/** `a, b and c`. */
export const listText = (items: string[]): string => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
