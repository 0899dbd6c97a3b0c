// The plain-English headlines that open each quarter's scorecard, generated from the rules so they are
// never out of step with the figures: new reds, ratings that recovered, the biggest improvements and
// deteriorations, and indicators without a figure.
import { formatValue, operatorWords } from './format.ts';
import { periodShortLabel } from './period.ts';
import type { Scorecard, ScorecardRow } from './scorecard.ts';

export type HeadlineKind = 'new_red' | 'recovered' | 'improved' | 'worsened' | 'no_data';

export interface Headline {
  kind: HeadlineKind;
  indicatorId: string;
  text: string;
}

export interface Headlines {
  newReds: Headline[];
  recovered: Headline[];
  improvements: Headline[];
  deteriorations: Headline[];
  noData: Headline[];
}

/** How many of the biggest movers to name each way. */
export const MOVERS = 3;

const fmt = (row: ScorecardRow, value: number | null) => formatValue(value, row.indicator.unit, row.indicator.decimals);

function targetPhrase(row: ScorecardRow): string {
  return row.target ? ` against a target of ${operatorWords(row.target.operator)} ${fmt(row, row.target.value)}` : '';
}

/**
 * Size of a move, comparable across units: the change as a share of the earlier figure. A move from zero
 * counts as the whole of the new figure, so it still ranks.
 */
export function relativeChange(current: number, previous: number): number {
  if (previous === 0) return current === 0 ? 0 : 1;
  return Math.abs(current - previous) / Math.abs(previous);
}

function movement(row: ScorecardRow): string {
  const rose = (row.value ?? 0) > (row.previous.value ?? 0);
  return `${rose ? 'rose' : 'fell'} from ${fmt(row, row.previous.value)} to ${fmt(row, row.value)}`;
}

function movers(rows: readonly ScorecardRow[], direction: 'improving' | 'worsening', kind: HeadlineKind, named: ReadonlySet<string>): Headline[] {
  return rows
    .filter((row) => row.direction === direction && row.value !== null && row.previous.value !== null && !named.has(row.indicator.id))
    .map((row) => ({ row, size: relativeChange(row.value!, row.previous.value!) }))
    .sort((a, b) => b.size - a.size || a.row.indicator.title.localeCompare(b.row.indicator.title, 'en-GB'))
    .slice(0, MOVERS)
    .map(({ row }) => ({
      kind,
      indicatorId: row.indicator.id,
      text: `${row.indicator.title} ${movement(row)}${row.rag === 'green' || row.rag === 'amber' || row.rag === 'red' ? ` (${row.rag})` : ''}.`,
    }));
}

export function headlines(scorecard: Scorecard): Headlines {
  const { rows } = scorecard;
  const previousLabel = periodShortLabel(rows[0]?.previous.period ?? scorecard.period);
  const newReds: Headline[] = rows
    .filter((row) => row.rag === 'red' && row.previous.rag !== 'red')
    .map((row) => ({
      kind: 'new_red',
      indicatorId: row.indicator.id,
      text: `${row.indicator.title} is now red: ${fmt(row, row.value)}${targetPhrase(row)}${
        row.previous.value === null ? '' : `, from ${fmt(row, row.previous.value)} (${row.previous.rag.replace('_', ' ')}) in ${previousLabel}`
      }.`,
    }));
  const recovered: Headline[] = rows
    .filter((row) => row.previous.rag === 'red' && (row.rag === 'green' || row.rag === 'amber'))
    .map((row) => ({
      kind: 'recovered',
      indicatorId: row.indicator.id,
      text: `${row.indicator.title} is no longer red: now ${row.rag}, at ${fmt(row, row.value)}${targetPhrase(row)}.`,
    }));
  // An indicator already named for its change of rating is not named again as a mover.
  const named = new Set([...newReds, ...recovered].map((h) => h.indicatorId));
  return {
    newReds,
    recovered,
    improvements: movers(rows, 'improving', 'improved', named),
    deteriorations: movers(rows, 'worsening', 'worsened', named),
    noData: rows
      // A suppressed figure is not missing: the scorecard shows it as c with its footnote.
      .filter((row) => row.rag === 'no_data' && !row.suppressed)
      .map((row) => ({ kind: 'no_data', indicatorId: row.indicator.id, text: `${row.indicator.title} has no figure for ${periodShortLabel(scorecard.period)}.` })),
  };
}
