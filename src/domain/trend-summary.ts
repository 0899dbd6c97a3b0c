// The one sentence that tells a reader (or a screen reader, first) what a trend chart shows.
import { directionOfTravel } from './direction.ts';
import { formatValue, operatorWords } from './format.ts';
import { ragLabel } from './labels.ts';
import { periodShortLabel } from './period.ts';
import type { Direction, Indicator, PeriodId, RagStatus, ResolvedTarget } from './types.ts';

export interface TrendSummaryPoint {
  period: PeriodId;
  value: number | null;
  rag: RagStatus;
  target: ResolvedTarget | null;
  /** Withheld by disclosure control (value null): said as "not published", not as missing. */
  suppressed?: boolean;
}

const VERBS: Record<Direction, string> = {
  improving: 'Improved',
  worsening: 'Worsened',
  up: 'Rose',
  down: 'Fell',
  no_change: 'Unchanged',
  not_applicable: '',
};

/** e.g. "Improved from 58.0% in Q1 2023/24 to 79.0% in Q3 2025/26; the target is at least 85.0% (amber)." */
export function describeTrend(indicator: Indicator, points: readonly TrendSummaryPoint[]): string {
  const withValues = points.filter((p) => p.value !== null);
  const first = withValues[0];
  const last = withValues[withValues.length - 1];
  if (!first || !last) return 'No figures have been published for this indicator yet.';
  const fmt = (value: number | null) => formatValue(value, indicator.unit, indicator.decimals);

  let trend: string;
  if (first === last) {
    trend = `${fmt(last.value)} in ${periodShortLabel(last.period)}, the only quarter with a figure`;
  } else {
    const direction = directionOfTravel(last.value, first.value, indicator.polarity);
    trend =
      direction === 'no_change'
        ? `Unchanged at ${fmt(last.value)} from ${periodShortLabel(first.period)} to ${periodShortLabel(last.period)}`
        : `${VERBS[direction]} from ${fmt(first.value)} in ${periodShortLabel(first.period)} to ${fmt(last.value)} in ${periodShortLabel(last.period)}`;
  }

  const target = last.target;
  const judged = target
    ? `the target is ${operatorWords(target.operator)} ${fmt(target.value)} (${ragLabel(last.rag).word.toLowerCase()})`
    : 'there is no target';
  const final = points[points.length - 1];
  const stale = last === final || final === undefined ? ''
    : final.suppressed ? `; the figure for ${periodShortLabel(final.period)} is not published, to protect the privacy of a small number of children`
    : `; no figure since ${periodShortLabel(last.period)}`;
  return `${trend}; ${judged}${stale}.`;
}
