// A scorecard row's rank among every council, beside its comparisons: "12th of 151 · A" for the newest year DfE had
// published by the row's quarter, as the comparators are. Shared by every quarter's scorecard and the committee pack.
import type { IndicatorBenchmark, QuartileBand } from '../../domain/benchmark/types.ts';
import type { PeriodId } from '../../domain/types.ts';
import { ordinal } from '../../domain/benchmark/rank.ts';
import { yearAtOrBefore } from './view.ts';

export interface RankCell {
  /** "12th of 151", the rank before the band. */
  rank: string;
  band: QuartileBand | null;
  /** The benchmark year it is for (its Q4). */
  period: PeriodId;
}

/** Null when the indicator is not benchmarked, is neutral (not ranked), or ours was not published that year. */
export function rankCell(benchmark: IndicatorBenchmark | null, period: PeriodId): RankCell | null {
  const year = benchmark ? yearAtOrBefore(benchmark, period) : null;
  if (!year || year.rank === null) return null;
  return { rank: `${ordinal(year.rank)} of ${year.of}`, band: year.quartile, period: year.period };
}
