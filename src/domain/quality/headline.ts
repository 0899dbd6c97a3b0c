// A scale's pass line: the share of audits at its grades marked `good`, named in the scale's own words
// ("adequate or good", "meets good or better"). Shares are only added across activities whose words are
// the same; Nottinghamshire's report never added "adequate or good" to "good or outstanding".
import { finalGrade } from './moderation.ts';
import { findScale, isGoodGrade, type ScaleSource } from './scale.ts';
import { share } from './share.ts';
import type { AuditRow, Share } from './types.ts';

export interface HeadlineShare extends Share {
  /** The scale's headline words, e.g. "adequate or good". */
  label: string;
}

/** Final grades at the pass line, one share per headline label, in first-appearance order. */
export function headlineShares(rows: readonly AuditRow[], scales: ScaleSource): HeadlineShare[] {
  const byLabel = new Map<string, { count: number; total: number }>();
  for (const row of rows) {
    const scale = findScale(scales, row.scale);
    const tally = byLabel.get(scale.headline) ?? { count: 0, total: 0 };
    tally.total += row.count;
    if (isGoodGrade(scale, finalGrade(row))) tally.count += row.count;
    byLabel.set(scale.headline, tally);
  }
  return [...byLabel].map(([label, { count, total }]) => ({ label, ...share(count, total) }));
}
