// One period's QA activity as reports tell it: per activity, how many were done, the grade mix before and
// after moderation, and what moderation changed; then totals by type and by service area.
//
// Activities can use different scales (Ofsted's four grades, Exceeds/Meets/Does not meet good). Counts of
// audits, of good-or-better and of lowest-grade audits still add up across scales, because each row is
// judged on its own scale; a grade mix does not, so group totals carry one only when the group has one scale.
// d3's group keeps groups in order of first appearance: the order officers wrote the data in.
import { group } from 'd3';
import { auditorMix, finalMix, goodOrBetterShare, lowestGradeShare } from './grade-mix.ts';
import { finalGrade, moderationCounts, moderationRate, movementMatrix, type ModerationCounts, type MovementMatrix } from './moderation.ts';
import { findScale, isGoodGrade, isLowestGrade, type ScaleSource } from './scale.ts';
import { share } from './share.ts';
import { AUDIT_TYPES, type AuditRow, type AuditType, type GradeMix, type GradeScale, type Share } from './types.ts';
import type { PeriodId } from '../types.ts';

/** Rows for one quarter; the summaries add whatever rows they are given, so filter first. */
export function auditsInPeriod(rows: readonly AuditRow[], period: PeriodId): AuditRow[] {
  return rows.filter((row) => row.period === period);
}

export interface ServiceAreaSummary {
  serviceArea: string;
  total: number;
  final: GradeMix;
  goodOrBetter: Share;
  lowest: Share;
}

export interface ActivitySummary extends ModerationCounts {
  activity: string;
  type: AuditType;
  scale: GradeScale;
  moderationRate: Share;
  /** Before moderation. */
  auditor: GradeMix;
  /** After moderation. */
  final: GradeMix;
  /** Final grades good or better, of all audits. */
  goodOrBetter: Share;
  /** Final grades at the scale's lowest grade, of all audits. */
  lowest: Share;
  /** In first-appearance order; empty when no row names a service area. */
  serviceAreas: ServiceAreaSummary[];
  matrix: MovementMatrix;
}


function serviceAreaSummaries(rows: readonly AuditRow[], scale: GradeScale): ServiceAreaSummary[] {
  const groups = group(rows, (row) => row.serviceArea);
  if (groups.size === 1 && groups.has('')) return [];
  return [...groups].map(([serviceArea, areaRows]) => {
    const final = finalMix(areaRows, scale);
    const goodOrBetter = goodOrBetterShare(final, scale);
    return { serviceArea, total: goodOrBetter.total, final, goodOrBetter, lowest: lowestGradeShare(final, scale) };
  });
}

function summariseActivity(activity: string, rows: AuditRow[], scales: readonly GradeScale[]): ActivitySummary {
  const first = rows[0];
  if (!first) throw new Error(`Activity "${activity}" has no rows`);
  // An activity is one piece of work with one type and one scale; anything else is a data error that
  // would otherwise mix unrelated grades.
  for (const row of rows) {
    if (row.type !== first.type) throw new Error(`Activity "${activity}" is recorded as both "${first.type}" and "${row.type}"`);
    if (row.scale !== first.scale) throw new Error(`Activity "${activity}" is graded on both "${first.scale}" and "${row.scale}"`);
  }
  const scale = findScale(scales, first.scale);
  const counts = moderationCounts(rows, scale);
  const final = finalMix(rows, scale);
  return {
    activity,
    type: first.type,
    scale,
    ...counts,
    moderationRate: moderationRate(counts),
    auditor: auditorMix(rows, scale),
    final,
    goodOrBetter: goodOrBetterShare(final, scale),
    lowest: lowestGradeShare(final, scale),
    serviceAreas: serviceAreaSummaries(rows, scale),
    matrix: movementMatrix(rows, scale),
  };
}

/** One summary per activity, in first-appearance order. Pass one period's rows (see auditsInPeriod). */
export function summariseActivities(rows: readonly AuditRow[], scales: readonly GradeScale[]): ActivitySummary[] {
  return [...group(rows, (row) => row.activity)].map(([activity, group]) => summariseActivity(activity, group, scales));
}

/** Totals that stay true across scales; `mix` only when the whole group shares one scale. */
export interface GroupSummary extends ModerationCounts {
  /** The type, service area, or 'all'. */
  key: string;
  /** Activities in the group, first-appearance order. */
  activities: string[];
  /** Scale ids used in the group, first-appearance order. */
  scales: string[];
  moderationRate: Share;
  /** Final grades good or better by each row's own scale. */
  goodOrBetter: Share;
  /** Final grades at each row's own scale's lowest grade. */
  lowest: Share;
  /** null when the group mixes scales: there is no common set of grades to count against. */
  mix: { scale: GradeScale; auditor: GradeMix; final: GradeMix } | null;
}

/** Totals for any set of rows, e.g. everything in a quarter. */
export function summariseGroup(key: string, rows: readonly AuditRow[], scales: ScaleSource): GroupSummary {
  const counts = moderationCounts(rows, scales);
  let good = 0;
  let lowest = 0;
  for (const row of rows) {
    const scale = findScale(scales, row.scale);
    const grade = finalGrade(row);
    if (isGoodGrade(scale, grade)) good += row.count;
    if (isLowestGrade(scale, grade)) lowest += row.count;
  }
  const scaleIds = [...new Set(rows.map((row) => row.scale))];
  const only = scaleIds.length === 1 && scaleIds[0] !== undefined ? findScale(scales, scaleIds[0]) : null;
  return {
    key,
    activities: [...new Set(rows.map((row) => row.activity))],
    scales: scaleIds,
    ...counts,
    moderationRate: moderationRate(counts),
    goodOrBetter: share(good, counts.total),
    lowest: share(lowest, counts.total),
    mix: only ? { scale: only, auditor: auditorMix(rows, only), final: finalMix(rows, only) } : null,
  };
}

export type SummaryKey = 'type' | 'serviceArea';

/**
 * Totals by activity type (in the order audit, observation, dip sample) or by service area (first
 * appearance; '' is rows that name none).
 */
export function summariseBy(rows: readonly AuditRow[], key: SummaryKey, scales: ScaleSource): GroupSummary[] {
  const groups = group(rows, (row) => row[key]);
  const keys = key === 'type' ? AUDIT_TYPES.filter((t) => groups.has(t)) : [...groups.keys()];
  return keys.map((k) => summariseGroup(k, groups.get(k) ?? [], scales));
}
