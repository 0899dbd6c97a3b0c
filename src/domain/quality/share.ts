// A count with its base. Percentages of QA samples are only honest beside the counts (1 of 9 is "11%"),
// so every share keeps both, and wording is left to formatShareOf.
import { formatShareOf } from '../format.ts';
import type { Share } from './types.ts';

export function share(count: number, total: number): Share {
  return { count, total, percent: total > 0 ? (count / total) * 100 : null };
}

/** Adds counts and bases; percentages of different bases cannot be averaged. */
export function addShares(a: Share, b: Share): Share {
  return share(a.count + b.count, a.total + b.total);
}

/** `38 of 48 (79%)`, delegated so QA pages word shares exactly as the scorecard does. */
export function formatShare(value: Share): string {
  return formatShareOf(value.count, value.total);
}
