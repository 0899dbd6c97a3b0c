// How many quarters running an indicator has been red, for the "still red" headline: a red that stays red
// quarter after quarter must stay in view, not drop out because nothing moved.
import type { DatasetIndex } from './dataset-index.ts';
import { previousPeriod } from './period.ts';
import { ragStatus } from './rag.ts';
import type { PeriodId, RagStatus } from './types.ts';

/** An indicator's RAG in a quarter, as its scorecard rated it; null when the quarter has no file. */
export type RagAt = (indicatorId: string, period: PeriodId) => RagStatus | null;

/** RAG from the index, by the same rule as a scorecard row (scorecard.ts): the figure against the target then in force. */
export function ragAtFromIndex(index: DatasetIndex): RagAt {
  return (indicatorId, period) =>
    index.hasPeriod(period) ? ragStatus(index.valueAt(indicatorId, period)?.value ?? null, index.targetAt(indicatorId, period)) : null;
}

/**
 * The number of consecutive quarters rated red ending at `period` (0 when it is not red). Any quarter not rated
 * red ends the run, including one with no figure, a suppressed figure or no quarter file: we cannot say it was red,
 * so "red for 3 quarters running" always means three published red ratings in a row.
 */
export function redRun(ragAt: RagAt, indicatorId: string, period: PeriodId): number {
  let run = 0;
  for (let quarter = period; ragAt(indicatorId, quarter) === 'red'; quarter = previousPeriod(quarter)) run += 1;
  return run;
}
