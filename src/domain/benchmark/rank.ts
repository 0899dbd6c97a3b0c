// Where a council ranks among every council with a published figure: 1 is the best by the indicator's
// polarity, and tied councils share the best of their places, as R's rank(ties.method = "min") gives them
// and as DfE's Local Authority Interactive Tool (LAIT) ranks councils.
import type { Polarity } from '../types.ts';

/** 1 + how many published values are strictly better; null for a neutral indicator, where no place is better. */
export function rankAmong(value: number, published: readonly number[], polarity: Polarity): number | null {
  if (polarity === 'neutral') return null;
  const better = polarity === 'higher_is_better' ? (v: number) => v > value : (v: number) => v < value;
  let rank = 1;
  for (const v of published) if (better(v)) rank++;
  return rank;
}

/** "1st", "2nd", "12th", "151st": how a rank is said ("12th of 151"). */
export function ordinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  const suffix = ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}
