// The sentences that tell readers which version of the data they are reading and how a figure was revised.
import { formatDate } from './format.ts';
import { periodShortLabel } from './period.ts';
import type { ChangeEvent, DataCommit, FigureVersion } from './revisions.ts';

/** Formats a figure in its indicator's unit (the pages pass formatValue with the indicator's settings). */
export type FigureFormat = (value: number | null) => string;

/** A figure as published, or c (the statistical symbol) where disclosure control withholds it. */
export function shownFigure(value: number | null, withheld: boolean | undefined, format: FigureFormat): string {
  return withheld ? 'c (not published)' : format(value);
}

/** The footer line on every page. */
export function dataVersionText(dataCommit: DataCommit | null): string {
  if (dataCommit === null) return 'Version history is not available for this build.';
  const uncommitted = dataCommit.uncommitted ? ', plus changes not yet committed' : '';
  return `Figures from the data as of ${formatDate(dataCommit.date)} (version ${dataCommit.hash})${uncommitted}.`;
}

/** "Revised: first published as 11.2 on 3 February 2026", then each later value that was replaced. */
export function revisedNote(earlier: readonly FigureVersion[], format: FigureFormat): string {
  const oldestFirst = [...earlier].reverse();
  const [first, ...later] = oldestFirst;
  if (!first) return '';
  const then = later.map((v) => `, then ${shownFigure(v.value, v.withheld, format)} on ${formatDate(v.commit.date)}`).join('');
  return `Revised: first published as ${shownFigure(first.value, first.withheld, format)} on ${formatDate(first.commit.date)}${then}.`;
}

/** One line for an event on the changes page and in the feed. */
export function changeSummary(event: ChangeEvent, indicatorTitle: string, format: FigureFormat): string {
  const quarter = periodShortLabel(event.period);
  if (event.kind === 'publication') return `${quarter} first published`;
  return `${indicatorTitle}, ${quarter}: revised from ${shownFigure(event.previous, event.previousWithheld, format)} to ${shownFigure(event.value, event.valueWithheld, format)}`;
}
