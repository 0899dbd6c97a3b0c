// How many of a quarter's indicators show each SPC reading, for the scorecard's at-a-glance tiles: signals
// beyond normal variation, rather than counts of quarter-on-quarter rises and falls that are mostly noise.
import type { ScorecardRow } from '../scorecard.ts';

export interface SpcCounts {
  concern: number;
  improvement: number;
  /** Unusually high or low where neither direction is better (context measures). */
  neutral: number;
  /** Within normal variation. */
  commonCause: number;
  /** No SPC yet (fewer than 12 quarters) or no figure this quarter. */
  notRead: number;
}

export function spcCounts(rows: readonly Pick<ScorecardRow, 'spc'>[]): SpcCounts {
  const counts: SpcCounts = { concern: 0, improvement: 0, neutral: 0, commonCause: 0, notRead: 0 };
  for (const { spc } of rows) {
    if (spc.kind !== 'spc') counts.notRead += 1;
    else if (spc.variation === 'concern') counts.concern += 1;
    else if (spc.variation === 'improvement') counts.improvement += 1;
    else if (spc.variation === 'common_cause') counts.commonCause += 1;
    else counts.neutral += 1;
  }
  return counts;
}
