// Comparator figures are published later than ours (England's for last year, say). Most of a scorecard's figures
// for one comparator are usually for the same quarter, so the table's caption says that quarter once and only a
// figure for another quarter names its own.
import type { ScorecardRow } from './scorecard.ts';
import type { PeriodId } from './types.ts';

/**
 * For each comparator (site.json order), the quarter most of its figures in `rows` are for (the later one on a
 * tie); null when it has no figures.
 */
export function usualComparatorPeriods(rows: readonly Pick<ScorecardRow, 'comparators'>[], comparatorCount: number): (PeriodId | null)[] {
  return Array.from({ length: comparatorCount }, (_, i) => {
    const counts = new Map<PeriodId, number>();
    for (const row of rows) {
      const c = row.comparators[i];
      if (c && c.value !== null && c.period !== null) counts.set(c.period, (counts.get(c.period) ?? 0) + 1);
    }
    let usual: PeriodId | null = null;
    for (const [period, n] of counts) {
      const best = usual === null ? 0 : counts.get(usual)!;
      if (n > best || (n === best && period > usual!)) usual = period;
    }
    return usual;
  });
}

/**
 * The scorecard table's caption: the quarter, the quarters its changes are measured from, and the quarter other
 * areas' figures are for. On a phone the column headings are not shown (each row reads as a card), so the
 * caption is where the reader learns which quarters "since last quarter", "a year earlier" and the comparisons mean.
 * `comparators` holds each comparator's label and the quarter most of its figures are for (null for none); a
 * figure for another quarter names its own.
 */
export function scorecardCaption(
  labels: { period: string; previous: string; yearEarlier: string },
  comparators: readonly { label: string; period: string | null }[],
): string {
  const opening = `${labels.period} by theme, with changes since ${labels.previous} and since ${labels.yearEarlier} (a year earlier)`;
  const shared = comparators.filter((c) => c.period !== null);
  if (comparators.length === 0) return `${opening}.`;
  const periods = new Set(shared.map((c) => c.period));
  if (shared.length === 0) return `${opening}, and other areas' latest figures.`;
  const which = periods.size === 1 ? `for ${shared[0]!.period}` : shared.map((c) => `${c.label} for ${c.period}`).join(', ');
  return `${opening}, and other areas' latest figures: ${which} unless another quarter is shown.`;
}
