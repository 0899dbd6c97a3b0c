// Which published figures the data folder changes against its last commit: said by `npm run validate` before
// the change is committed, when it can still be undone, since once committed each becomes a public revision.
// The same rule as the site's history (revisions.ts), so what is announced is what the changes page will list.
import { defaultDecimals } from './format.ts';
import { comparePeriods, periodShortLabel } from './period.ts';
import { revisionsFromSnapshots, type Snapshot } from './revisions.ts';
import type { Indicator, PeriodId } from './types.ts';

/** Figures listed for each quarter: enough to recognise what happened, few enough to read. */
export const LISTED_REVISIONS = 10;
/** More than this share of a published quarter's figures changing at once looks like a new quarter typed over it. */
export const REWRITE_SHARE = 1 / 3;

export interface PendingChange {
  indicatorId: string;
  previous: number | null;
  value: number | null;
  /** The quarter has no row for it now (read, as on the pages, as no figure). */
  rowGone: boolean;
}

export interface QuarterRevisions {
  period: PeriodId;
  /** How many figures the quarter was published with (its rows at the last commit). */
  figures: number;
  /** In indicators.csv order. */
  changes: PendingChange[];
  /** More than REWRITE_SHARE of its figures change. */
  rewritten: boolean;
}

export interface PendingRevisions {
  /** Published quarters whose figures change, oldest first. */
  quarters: QuarterRevisions[];
  /** Published quarters whose file is gone: they would disappear from the site. */
  removed: PeriodId[];
}

type Values = ReadonlyMap<PeriodId, ReadonlyMap<string, number | null>>;

/**
 * The published quarters of `committed` (the data at its last commit) whose figures differ in `current` (the
 * data folder now: indicator id to value, null for a blank). `indicators` gives the order.
 */
export function pendingRevisions(committed: Snapshot, current: Values, indicators: readonly Pick<Indicator, 'id'>[]): PendingRevisions {
  const published = [...committed.quarters.keys()].filter((period) => !committed.drafts.has(period)).sort(comparePeriods);
  const now: Snapshot = {
    commit: { hash: '', date: '', message: '' },
    drafts: new Set(),
    quarters: new Map(published.flatMap((period) => {
      const values = current.get(period);
      return values === undefined ? [] : [[period, values] as const];
    })),
  };
  const order = new Map(indicators.map((indicator, index) => [indicator.id, index]));
  const rank = (id: string) => order.get(id) ?? order.size;
  const { events } = revisionsFromSnapshots([committed, now]);
  const quarters: QuarterRevisions[] = [];
  for (const period of published) {
    const changes = events
      .filter((event) => event.kind === 'revision' && event.commit === now.commit && event.period === period)
      .map((event) => event.kind === 'revision'
        ? { indicatorId: event.indicatorId, previous: event.previous, value: event.value, rowGone: !(current.get(period)?.has(event.indicatorId) ?? false) }
        : null)
      .filter((change): change is PendingChange => change !== null)
      .sort((a, b) => rank(a.indicatorId) - rank(b.indicatorId));
    if (changes.length === 0) continue;
    const figures = committed.quarters.get(period)?.size ?? 0;
    quarters.push({ period, figures, changes, rewritten: changes.length > figures * REWRITE_SHARE });
  }
  return { quarters, removed: published.filter((period) => !current.has(period)) };
}

function decimalsOf(value: number): number {
  return String(value).split('.')[1]?.length ?? 0;
}

/** A figure as the officer typed it (at least the indicator's decimal places), or "blank". */
export function plainFigure(value: number | null, indicator: Pick<Indicator, 'unit' | 'decimals'> | undefined): string {
  if (value === null) return 'blank';
  const decimals = indicator ? (indicator.decimals ?? defaultDecimals(indicator.unit)) : 0;
  return value.toFixed(Math.min(Math.max(decimals, decimalsOf(value)), 10));
}

/** `31 figures of published Q3 2025/26 will be revised`. */
export function revisionHeadline(quarter: QuarterRevisions): string {
  const count = quarter.changes.length;
  return `${count} ${count === 1 ? 'figure' : 'figures'} of published ${periodShortLabel(quarter.period)} will be revised`;
}

/**
 * The report's lines: for each quarter its headline, then up to LISTED_REVISIONS figures (indicator, old → new)
 * with the line each is on now when `lineOf` knows it; empty when nothing published changes.
 */
export function describePendingRevisions(
  pending: PendingRevisions, indicators: readonly Indicator[], lineOf: (period: PeriodId, indicatorId: string) => number | null = () => null,
): string[] {
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const lines: string[] = [];
  for (const quarter of pending.quarters) {
    lines.push(`${revisionHeadline(quarter)} when this is committed (quarters/${quarter.period}.csv):`);
    for (const change of quarter.changes.slice(0, LISTED_REVISIONS)) {
      const indicator = byId.get(change.indicatorId);
      const line = lineOf(quarter.period, change.indicatorId);
      const name = indicator ? `${indicator.title} (${indicator.id})` : change.indicatorId;
      lines.push(`- ${line === null ? '' : `line ${line}, `}${name}: ${plainFigure(change.previous, indicator)} → ${change.rowGone ? 'no row' : plainFigure(change.value, indicator)}`);
    }
    const more = quarter.changes.length - LISTED_REVISIONS;
    if (more > 0) lines.push(`- and ${more} more.`);
  }
  for (const period of pending.removed) {
    lines.push(`Published ${periodShortLabel(period)} will be removed from the site when this is committed: quarters/${period}.csv is gone.`);
  }
  return lines;
}
