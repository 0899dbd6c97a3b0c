// One indicator across every quarter that has a file, for its trend chart and table.
import type { DatasetIndex } from './dataset-index.ts';
import { quarterRow, type ScorecardRow } from './scorecard.ts';
import type { PeriodId } from './types.ts';

/**
 * A scorecard row without the parts a series does not need (the indicator is the same on every point). SPC is
 * read from the whole series instead (spcAsAt at the latest quarter), so points carry no reading of their own.
 */
export type SeriesPoint = Omit<ScorecardRow, 'indicator' | 'previous' | 'spc'>;

export function indicatorSeries(index: DatasetIndex, indicatorId: string): SeriesPoint[] {
  const indicator = index.indicator(indicatorId);
  if (indicator === null) throw new Error(`Unknown indicator "${indicatorId}"`);
  return index.periods.map((period: PeriodId): SeriesPoint => {
    const { indicator: _indicator, previous: _previous, ...point } = quarterRow(index, indicator, period);
    return point;
  });
}
