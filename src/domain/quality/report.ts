// Everything the quality assurance page shows for one quarter, put together from the rule modules.
import { actionsAsAt, type ActionsAsAt } from './actions.ts';
import { auditsInPeriod, summariseActivities, summariseBy, summariseGroup, type ActivitySummary, type GroupSummary } from './activity-summary.ts';
import { scaleForActivity, summariseDomains, type DomainSummary } from './domains.ts';
import type { Narrative, QualityData } from './types.ts';
import { sortPeriods } from '../period.ts';
import type { PeriodId } from '../types.ts';

export interface DomainView {
  activity: string;
  domains: DomainSummary[];
}

export interface QualityReport {
  period: PeriodId;
  /** Every audit of the quarter, whatever its activity. */
  all: GroupSummary;
  activities: ActivitySummary[];
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
  return sortPeriods([...quality.audits.map((a) => a.period), ...quality.feedback.map((f) => f.period), ...quality.narratives.map((n) => n.period)]);
}

export function qualityReport(quality: QualityData, period: PeriodId): QualityReport {
  const rows = auditsInPeriod(quality.audits, period);
  const areas = summariseBy(rows, 'serviceArea', quality.scales);
  const activitiesWithDomains = [...new Set(quality.domainGrades.filter((d) => d.period === period).map((d) => d.activity))];
  const domainViews: DomainView[] = [];
  for (const activity of activitiesWithDomains) {
    const scale = scaleForActivity(quality.audits, quality.scales, period, activity);
    if (scale) domainViews.push({ activity, domains: summariseDomains(quality.domainGrades, period, scale, activity) });
  }
  return {
    period,
    all: summariseGroup('all', rows, quality.scales),
    activities: summariseActivities(rows, quality.scales),
    byType: summariseBy(rows, 'type', quality.scales),
    byServiceArea: areas.length === 1 && areas[0]!.key === '' ? [] : areas,
    domainViews,
    narrative: quality.narratives.find((n) => n.period === period) ?? null,
    actions: actionsAsAt(quality.actions, period),
  };
}
