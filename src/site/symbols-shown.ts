// Which statistical symbols each kind of table shows, worked out from the same data and the same rules as the
// table itself (never by reading the HTML), so that a page's symbols legend lists exactly the symbols on it.
// Each function follows one component: change them together.
import type { ScorecardRow } from '../domain/scorecard.ts';
import type { SeriesPoint } from '../domain/series.ts';
import type { FigureMarks } from '../domain/symbols.ts';
import type { Indicator, PeriodId } from '../domain/types.ts';
import type { Revisions } from '../domain/revisions.ts';
import type { PublishedReport } from '../domain/quality/disclosure.ts';
import { revisedMark } from './revised-mark.ts';

/** ScorecardTable: c for a withheld figure this quarter, the quarter before or a year earlier; r on a revised figure. */
export function scorecardFigures(rows: readonly ScorecardRow[], revisions: Revisions): FigureMarks[] {
  return rows.map((row) => ({
    withheld: row.suppressed || row.previous.suppressed || row.yearEarlier.suppressed,
    revised: revisedMark(revisions, row.indicator, row.period) !== null,
  }));
}

/** PackIndicatorList: c for a withheld figure this quarter (it shows no other quarter); r on a revised figure. */
export function packListFigures(rows: readonly ScorecardRow[], revisions: Revisions): FigureMarks[] {
  return rows.map((row) => ({ withheld: row.suppressed, revised: revisedMark(revisions, row.indicator, row.period) !== null }));
}

/** TrendFigure's table: c for each withheld quarter, r on each revised one. */
export function trendFigures(indicator: Indicator, points: readonly SeriesPoint[], revisions: Revisions): FigureMarks[] {
  return points.map((point) => ({ withheld: point.suppressed, revised: revisedMark(revisions, indicator, point.period) !== null }));
}

/** RagGridTable: c for a withheld cell, which shows nothing else; r on a revised figure shown. */
export function ragGridFigures(
  indicators: readonly Indicator[],
  periods: readonly PeriodId[],
  series: ReadonlyMap<string, readonly SeriesPoint[]>,
  revisions: Revisions,
): FigureMarks[] {
  const shown = new Set(periods);
  return indicators.flatMap((indicator) =>
    series.get(indicator.id)!.filter((point) => shown.has(point.period)).map((point) => ({
      withheld: point.suppressed,
      revised: !point.suppressed && revisedMark(revisions, indicator, point.period) !== null,
    })),
  );
}

/** A quality assurance page, or the pack's QA section: c when any count on it is withheld. */
export function qualityFigures(report: PublishedReport): FigureMarks[] {
  return [{ withheld: report.withheld }];
}
