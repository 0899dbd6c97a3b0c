// One period's QA activity as reports tell it: per activity, how many were done, the grade mix before and
// after moderation, and what moderation changed; then totals by type and by service area.
//
// Activities can use different scales (Ofsted's four grades, Exceeds/Meets/Does not meet good). Counts of
// audits still add up across scales; a pass-line share adds up only across scales with the same headline
// words, a lowest-grade share only within one scale, and a grade mix only within one scale, so group totals
// carry one share per headline label, one lowest-grade share per scale and a mix only for one scale.
// Audits done but not graded count in what was done, never in a share: every summary carries the three counts
// of audit-counts.ts (done, graded, not graded), so no page has to add them up, and "audits" means done.
// d3's group keeps groups in order of first appearance: the order officers wrote the data in.
import { group } from 'd3';
import { countAudits, type AuditCounts } from './audit-counts.ts';
import { auditorMix, finalMix, goodOrBetterShare, lowestGradeShare } from './grade-mix.ts';
import { moderationCounts, moderationRate, movementMatrix, type ModerationCounts, type MovementMatrix } from './moderation.ts';
import { findScale, type ScaleSource } from './scale.ts';
import { headlineShares, type HeadlineShare } from './headline.ts';
import { lowestGradeShares, type LowestGradeShare } from './lowest-grade.ts';
import { share } from './share.ts';
import { AUDIT_TYPES, type AuditRow, type AuditType, type GradeMix, type GradeScale, type Share, type UngradedRow } from './types.ts';
import type { PeriodId } from '../types.ts';

/** Rows for one quarter; the summaries add whatever rows they are given, so filter first. */
export function auditsInPeriod(rows: readonly AuditRow[], period: PeriodId): AuditRow[] {
  return rows.filter((row) => row.period === period);
}

export interface ServiceAreaSummary extends AuditCounts {
  serviceArea: string;
  final: GradeMix;
  goodOrBetter: Share;
  lowest: Share;
}

/** Last quarter's figures beside this quarter's, as reports compare them ("52% in quarter 3"). */
export interface PreviousFigures {
  period: PeriodId;
  graded: number;
  headline: HeadlineShare;
}

/** A service area's figures last quarter: one share per pass line, like this quarter's. */
export interface PreviousGroupFigures {
  period: PeriodId;
  graded: number;
  headlines: HeadlineShare[];
}

/** One month of an activity, where the data says which month audits were done. */
export interface MonthSummary extends AuditCounts {
  /** `YYYY-MM`. */
  month: string;
  headline: HeadlineShare;
}

export interface ActivitySummary extends ModerationCounts, AuditCounts {
  activity: string;
  type: AuditType;
  scale: GradeScale;
  moderationRate: Share;
  /** Before moderation. */
  auditor: GradeMix;
  /** After moderation. */
  final: GradeMix;
  /** Final grades at the scale's grades marked good, of graded audits. */
  goodOrBetter: Share;
  /** The same share named by the scale's own pass line. */
  headline: HeadlineShare;
  /** Final grades at the scale's lowest grade, of graded audits. */
  lowest: Share;
  /** False when the file gave no moderated_grade column: moderation was not reported. */
  moderationReported: boolean;
  /** In first-appearance order; empty when no row names a service area. */
  serviceAreas: ServiceAreaSummary[];
  /** Month by month, oldest first; empty when no row gives a month. */
  byMonth: MonthSummary[];
  /** The previous quarter's figures for the same activity on the same scale; set by qualityReport. */
  previous: PreviousFigures | null;
  matrix: MovementMatrix;
}

function monthSummaries(rows: readonly AuditRow[], scale: GradeScale, ungraded: readonly UngradedRow[]): MonthSummary[] {
  const graded = group(rows.filter((row) => row.month !== null), (row) => row.month ?? '');
  const notGraded = group(ungraded.filter((row) => row.month !== null), (row) => row.month ?? '');
  return [...new Set([...graded.keys(), ...notGraded.keys()])]
    .sort((a, b) => a.localeCompare(b))
    .map((month) => {
      const monthRows = graded.get(month) ?? [];
      return { month, ...countAudits(monthRows, notGraded.get(month) ?? []), headline: headlineOf(monthRows, scale) };
    });
}

function headlineOf(rows: readonly AuditRow[], scale: GradeScale): HeadlineShare {
  return headlineShares(rows, scale)[0] ?? { label: scale.headline, ...share(0, 0) };
}


function serviceAreaSummaries(rows: readonly AuditRow[], scale: GradeScale, ungraded: readonly UngradedRow[]): ServiceAreaSummary[] {
  const graded = group(rows, (row) => row.serviceArea);
  const notGraded = group(ungraded, (row) => row.serviceArea);
  const areas = [...new Set([...graded.keys(), ...notGraded.keys()])];
  if (areas.length === 1 && areas[0] === '') return [];
  return areas.map((serviceArea) => {
    const areaRows = graded.get(serviceArea) ?? [];
    const final = finalMix(areaRows, scale);
    const goodOrBetter = goodOrBetterShare(final, scale);
    return { serviceArea, ...countAudits(areaRows, notGraded.get(serviceArea) ?? []), final, goodOrBetter, lowest: lowestGradeShare(final, scale) };
  });
}

function summariseActivity(activity: string, rows: AuditRow[], scales: readonly GradeScale[], ungraded: readonly UngradedRow[]): ActivitySummary {
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
  const goodOrBetter = goodOrBetterShare(final, scale);
  return {
    activity,
    type: first.type,
    scale,
    ...counts,
    ...countAudits(rows, ungraded),
    moderationRate: moderationRate(counts),
    auditor: auditorMix(rows, scale),
    final,
    goodOrBetter,
    headline: { label: scale.headline, ...goodOrBetter },
    lowest: lowestGradeShare(final, scale),
    moderationReported: rows.some((row) => row.moderationReported),
    serviceAreas: serviceAreaSummaries(rows, scale, ungraded),
    byMonth: monthSummaries(rows, scale, ungraded),
    previous: null,
    matrix: movementMatrix(rows, scale),
  };
}

/**
 * One summary per graded activity, in first-appearance order. Pass one period's rows (see auditsInPeriod);
 * `ungraded` adds each activity's audits done but not graded.
 */
export function summariseActivities(rows: readonly AuditRow[], scales: readonly GradeScale[], ungraded: readonly UngradedRow[] = []): ActivitySummary[] {
  const notGraded = group(ungraded, (row) => row.activity);
  return [...group(rows, (row) => row.activity)].map(([activity, group]) => summariseActivity(activity, group, scales, notGraded.get(activity) ?? []));
}

/** Totals that stay true across scales; `mix` only when the whole group shares one scale. */
export interface GroupSummary extends ModerationCounts, AuditCounts {
  /** The type, service area, or 'all'. */
  key: string;
  /** Activities in the group, first-appearance order. */
  activities: string[];
  /** Scale ids used in the group, first-appearance order. */
  scales: string[];
  /** Moderated audits of those whose moderation was reported. */
  moderationRate: Share;
  /** One share per headline label (pass line), each of the graded audits on scales with those words. */
  headlines: HeadlineShare[];
  /** One share per scale at its lowest grade, each of the graded audits on that scale. */
  lowestGrades: LowestGradeShare[];
  /** False when no row of the group reported moderation. */
  moderationReported: boolean;
  /** Last quarter's figures for the same key; set by qualityReport for service areas, else null. */
  previous: PreviousGroupFigures | null;
  /** null when the group mixes scales: there is no common set of grades to count against. */
  mix: { scale: GradeScale; auditor: GradeMix; final: GradeMix } | null;
}

/** Totals for any set of rows, e.g. everything in a quarter. */
export function summariseGroup(key: string, rows: readonly AuditRow[], scales: ScaleSource, ungraded: readonly UngradedRow[] = []): GroupSummary {
  const counts = moderationCounts(rows, scales);
  const scaleIds = [...new Set(rows.map((row) => row.scale))];
  const only = scaleIds.length === 1 && scaleIds[0] !== undefined ? findScale(scales, scaleIds[0]) : null;
  return {
    key,
    activities: [...new Set([...rows, ...ungraded].map((row) => row.activity))],
    scales: scaleIds,
    ...counts,
    // Of the audits whose files reported moderation: the others were not "not moderated", just not reported.
    moderationRate: share(counts.moderated, rows.filter((row) => row.moderationReported).reduce((sum, row) => sum + row.count, 0)),
    headlines: headlineShares(rows, scales),
    lowestGrades: lowestGradeShares(rows, scales),
    moderationReported: rows.some((row) => row.moderationReported),
    ...countAudits(rows, ungraded),
    previous: null,
    mix: only ? { scale: only, auditor: auditorMix(rows, only), final: finalMix(rows, only) } : null,
  };
}

export type SummaryKey = 'type' | 'serviceArea';

/**
 * Totals by activity type (in the order audit, observation, dip sample) or by service area (first
 * appearance; '' is rows that name none).
 */
export function summariseBy(rows: readonly AuditRow[], key: SummaryKey, scales: ScaleSource, ungraded: readonly UngradedRow[] = []): GroupSummary[] {
  const groups = group(rows, (row) => row[key]);
  const ungradedGroups = group(ungraded, (row) => row[key]);
  const seen = new Set<string>([...groups.keys(), ...ungradedGroups.keys()]);
  const keys = key === 'type' ? AUDIT_TYPES.filter((t) => seen.has(t)) : [...seen];
  return keys.map((k) => summariseGroup(k, groups.get(k) ?? [], scales, ungradedGroups.get(k) ?? []));
}
