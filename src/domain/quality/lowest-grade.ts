// The share at a scale's lowest grade, one per scale and named in the scale's own words ("inadequate",
// "does not meet good"). Nottinghamshire graded three services on three scales that each end in
// "Inadequate"; adding them gave a figure ("69 of 436") no report ever stated, so shares are never added
// across scales, even when the grade's words are the same.
import { finalGrade } from './moderation.ts';
import { findScale, isLowestGrade, lowestGradeOf, type ScaleSource } from './scale.ts';
import { share } from './share.ts';
import type { AuditRow, Share } from './types.ts';

export interface LowestGradeShare extends Share {
  /** The scale's id. */
  scale: string;
  /** The scale's name, to tell apart scales whose lowest grades share words. */
  scaleLabel: string;
  /** The lowest grade in the scale's words, lower case, e.g. "inadequate". */
  label: string;
}

/** Final grades at each scale's lowest grade, of the audits graded on that scale, in first-appearance order. */
export function lowestGradeShares(rows: readonly AuditRow[], scales: ScaleSource): LowestGradeShare[] {
  const byScale = new Map<string, { count: number; total: number }>();
  for (const row of rows) {
    const tally = byScale.get(row.scale) ?? { count: 0, total: 0 };
    tally.total += row.count;
    if (isLowestGrade(findScale(scales, row.scale), finalGrade(row))) tally.count += row.count;
    byScale.set(row.scale, tally);
  }
  return [...byScale].map(([id, { count, total }]) => {
    const scale = findScale(scales, id);
    return { scale: id, scaleLabel: scale.label, label: lowestGradeOf(scale).label.toLowerCase(), ...share(count, total) };
  });
}
