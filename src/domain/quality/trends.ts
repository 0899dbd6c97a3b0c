// QA results over time: the share at each pass line (one per headline label, never added across labels),
// % at each scale's lowest grade (one per scale, never added across scales), and how much was moderated, per activity type and overall. Each row
// is judged on its own scale, so a change of scale between quarters does not break the series.
//
// Gaps are marked, not omitted: every period that has any audits (plus any periods the caller asks for)
// gets a point for 'all' and for every type seen anywhere in the data, with total 0 and percent null
// where there were none. A chart then breaks its line at the gap instead of joining across it.
import { summariseGroup } from './activity-summary.ts';
import type { Published, PublishedReport } from './disclosure.ts';
import type { HeadlineShare } from './headline.ts';
import type { LowestGradeShare } from './lowest-grade.ts';
import { share } from './share.ts';
import type { ScaleSource } from './scale.ts';
import { AUDIT_TYPES, type AuditRow, type AuditType, type Share } from './types.ts';
import { sortPeriods } from '../period.ts';
import type { PeriodId } from '../types.ts';

export type TrendSeriesKey = AuditType | 'all';

export interface TrendPoint {
  period: PeriodId;
  type: TrendSeriesKey;
  /** One per headline label graded in the period and type. */
  headlines: HeadlineShare[];
  /** One per scale graded in the period and type. */
  lowestGrades: LowestGradeShare[];
  moderated: Share;
}

export interface TrendOptions {
  /** Extra periods to show even with no audits, e.g. every quarter with a scorecard file. */
  periods?: readonly PeriodId[];
}

/** Oldest first; within a period 'all' then audit, observation, dip sample. */
export function qualityTrends(rows: readonly AuditRow[], scales: ScaleSource, options: TrendOptions = {}): TrendPoint[] {
  const periods = sortPeriods([...rows.map((row) => row.period), ...(options.periods ?? [])]);
  const typesSeen = new Set(rows.map((row) => row.type));
  const series: TrendSeriesKey[] = ['all', ...AUDIT_TYPES.filter((t) => typesSeen.has(t))];
  const points: TrendPoint[] = [];
  for (const period of periods) {
    const inPeriod = rows.filter((row) => row.period === period);
    for (const type of series) {
      const group = type === 'all' ? inPeriod : inPeriod.filter((row) => row.type === type);
      const summary = summariseGroup(type, group, scales);
      points.push({
        period,
        type,
        headlines: summary.headlines,
        lowestGrades: summary.lowestGrades,
        moderated: summary.moderationRate,
      });
    }
  }
  return points;
}

/** A trend point as published: counts withheld under disclosure control are null. */
export type PublishedTrendPoint = Published<TrendPoint>;

/**
 * The same points as qualityTrends, read from each quarter's report as published, so that a figure withheld on a
 * quality page is withheld in the trends too (one figure, one value). `types`: those graded anywhere in the data.
 */
export function publishedTrends(reports: ReadonlyMap<PeriodId, PublishedReport>, periods: readonly PeriodId[], types: ReadonlySet<string>): PublishedTrendPoint[] {
  const series: TrendSeriesKey[] = ['all', ...AUDIT_TYPES.filter((t) => types.has(t))];
  return sortPeriods(periods).flatMap((period) => series.map((type): PublishedTrendPoint => {
    const report = reports.get(period);
    const found = type === 'all' ? report?.all : report?.byType.find((g) => g.key === type);
    // A type with none graded this quarter has no share, as qualityTrends gives it.
    if (!found || found.scales.length === 0) return { period, type, headlines: [], lowestGrades: [], moderated: share(0, 0) };
    return { period, type, headlines: found.headlines, lowestGrades: found.lowestGrades, moderated: found.moderationRate };
  }));
}

/** One line of the chart. */
export function trendSeries<T extends PublishedTrendPoint>(points: readonly T[], type: TrendSeriesKey): T[] {
  return points.filter((point) => point.type === type);
}

/** Every headline label in the points, first-appearance order: one chart each. */
export function trendHeadlineLabels(points: readonly PublishedTrendPoint[]): string[] {
  return [...new Set(points.flatMap((point) => point.headlines.map((h) => h.label)))];
}

/** The point's share at one pass line; 0 of 0 when nothing was graded on a scale with those words. */
export function headlineAt(point: PublishedTrendPoint, label: string): Published<Share> {
  const found = point.headlines.find((h) => h.label === label);
  return found ? { count: found.count, total: found.total, percent: found.percent } : share(0, 0);
}

/** A scale's lowest grade as one chart names it. */
export interface TrendLowestGrade {
  scale: string;
  scaleLabel: string;
  label: string;
}

/** Every scale in the points, first-appearance order: one lowest-grade chart each. */
export function trendLowestGrades(points: readonly PublishedTrendPoint[]): TrendLowestGrade[] {
  const byScale = new Map<string, TrendLowestGrade>();
  for (const l of points.flatMap((point) => point.lowestGrades)) {
    if (!byScale.has(l.scale)) byScale.set(l.scale, { scale: l.scale, scaleLabel: l.scaleLabel, label: l.label });
  }
  return [...byScale.values()];
}

/** The point's share at one scale's lowest grade; 0 of 0 when nothing was graded on that scale. */
export function lowestGradeAt(point: PublishedTrendPoint, scale: string): Published<Share> {
  const found = point.lowestGrades.find((l) => l.scale === scale);
  return found ? { count: found.count, total: found.total, percent: found.percent } : share(0, 0);
}
