// Everything the quality assurance page shows for one quarter, put together from the rule modules.
import { group } from 'd3';
import { actionsAsAt, type ActionsAsAt } from './actions.ts';
import { auditsInPeriod, summariseActivities, summariseBy, summariseGroup, type ActivitySummary, type GroupSummary } from './activity-summary.ts';
import { countAudits, type AuditCounts } from './audit-counts.ts';
import { scaleForActivity, summariseDomains, type DomainSummary } from './domains.ts';
import type { AuditType, Narrative, QualityData, UngradedRow } from './types.ts';
import { previousPeriod, sortPeriods } from '../period.ts';
import type { PeriodId } from '../types.ts';

export interface DomainView {
  activity: string;
  domains: DomainSummary[];
}

/** An activity with audits done this quarter but none graded (e.g. a service that does not grade yet): `done` = `notGraded`. */
export interface UngradedActivity extends AuditCounts {
  activity: string;
  type: AuditType;
  /** In first-appearance order; empty when no row names a service area, as for graded activities. */
  serviceAreas: (AuditCounts & { serviceArea: string })[];
  /** Oldest first; empty when no row gives a month. */
  byMonth: (AuditCounts & { month: string })[];
}

export interface QualityReport {
  period: PeriodId;
  /** Every audit of the quarter, whatever its activity. */
  all: GroupSummary;
  activities: ActivitySummary[];
  /** Activities with no graded audits this quarter, only a count of those done. */
  ungradedActivities: UngradedActivity[];
  byType: GroupSummary[];
  /** Empty when no audit names a service area. */
  byServiceArea: GroupSummary[];
  /** One per activity with domain grades this quarter. */
  domainViews: DomainView[];
  narrative: Narrative | null;
  actions: ActionsAsAt;
}

/** Quarters with any QA to publish (audits, feedback or a narrative), oldest first. */
export function qualityPeriods(quality: QualityData): PeriodId[] {
  return sortPeriods([...quality.audits, ...quality.ungraded, ...quality.feedback, ...quality.narratives].map((item) => item.period));
}

/** Activities with none graded, in first-appearance order, counted as graded ones are (see summariseActivities). */
function ungradedSummaries(rows: readonly UngradedRow[]): UngradedActivity[] {
  return [...group(rows, (row) => row.activity)].map(([activity, activityRows]) => {
    const areas = group(activityRows, (row) => row.serviceArea);
    const months = group(activityRows.filter((row) => row.month !== null), (row) => row.month ?? '');
    return {
      activity,
      type: activityRows[0]!.type,
      ...countAudits([], activityRows),
      serviceAreas: areas.size === 1 && areas.has('') ? [] : [...areas].map(([serviceArea, r]) => ({ serviceArea, ...countAudits([], r) })),
      byMonth: [...months].sort(([a], [b]) => a.localeCompare(b)).map(([month, r]) => ({ month, ...countAudits([], r) })),
    };
  });
}

export function qualityReport(quality: QualityData, period: PeriodId): QualityReport {
  const rows = auditsInPeriod(quality.audits, period);
  const ungraded = quality.ungraded.filter((row) => row.period === period);
  const last = previousPeriod(period);
  const lastRows = auditsInPeriod(quality.audits, last);
  const lastActivities = summariseActivities(lastRows, quality.scales);
  const lastAreas = summariseBy(lastRows, 'serviceArea', quality.scales);
  const activities = summariseActivities(rows, quality.scales, ungraded).map((summary) => {
    // The same activity only if graded on the same scale: otherwise the shares measure different things.
    const before = lastActivities.find((a) => a.activity === summary.activity && a.scale.id === summary.scale.id);
    return { ...summary, previous: before ? { period: last, graded: before.graded, headline: before.headline } : null };
  });
  const graded = new Set(activities.map((a) => a.activity));
  const ungradedActivities = ungradedSummaries(ungraded.filter((row) => !graded.has(row.activity)));
  const areas = summariseBy(rows, 'serviceArea', quality.scales, ungraded).map((area) => {
    const before = lastAreas.find((a) => a.key === area.key && a.graded > 0);
    return { ...area, previous: before ? { period: last, graded: before.graded, headlines: before.headlines } : null };
  });
  const activitiesWithDomains = [...new Set(quality.domainGrades.filter((d) => d.period === period).map((d) => d.activity))];
  const domainViews: DomainView[] = [];
  for (const activity of activitiesWithDomains) {
    const scale = scaleForActivity(quality.audits, quality.scales, period, activity);
    if (scale) domainViews.push({ activity, domains: summariseDomains(quality.domainGrades, period, scale, activity) });
  }
  return {
    period,
    all: summariseGroup('all', rows, quality.scales, ungraded),
    activities,
    ungradedActivities,
    byType: summariseBy(rows, 'type', quality.scales, ungraded),
    byServiceArea: areas.length === 1 && areas[0]!.key === '' ? [] : areas,
    domainViews,
    narrative: quality.narratives.find((n) => n.period === period) ?? null,
    actions: actionsAsAt(quality.actions, period),
  };
}
