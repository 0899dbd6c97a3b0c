// Grades per practice domain (e.g. the 12 areas of an audit tool), ranked so a report can say which areas
// of practice were strongest and which least strong.
import { goodOrBetterShare, lowestGradeShare, mixFromCounts } from './grade-mix.ts';
import { findScale } from './scale.ts';
import type { AuditRow, DomainGradeRow, GradeMix, GradeScale, Share } from './types.ts';
import type { PeriodId } from '../types.ts';

export interface DomainSummary {
  domain: string;
  /** Every grade of the scale, 0 when none. */
  grades: GradeMix;
  total: number;
  goodOrBetter: Share;
  lowest: Share;
}

/**
 * Strongest first: higher % good or better; ties, and domains with no share (no grades, or withheld: last), by
 * name. One ranking for the domains as graded and as published (disclosure.ts).
 */
type Ranked = { domain: string; goodOrBetter: { percent: number | null } };

export function compareDomains(a: Ranked, b: Ranked): number {
  const pa = a.goodOrBetter.percent;
  const pb = b.goodOrBetter.percent;
  if (pa !== pb) {
    if (pa === null) return 1;
    if (pb === null) return -1;
    return pb - pa;
  }
  return a.domain.localeCompare(b.domain, 'en-GB');
}

/**
 * Domain grades for one period, optionally one activity. Domain rows carry no scale, so the caller passes
 * the one the activity's audits used (see scaleForActivity); a grade not on it is refused.
 */
export function summariseDomains(
  rows: readonly DomainGradeRow[],
  period: PeriodId,
  scale: GradeScale,
  activity?: string,
): DomainSummary[] {
  const selected = rows.filter((row) => row.period === period && (activity === undefined || row.activity === activity));
  const byDomain = new Map<string, DomainGradeRow[]>();
  for (const row of selected) {
    const group = byDomain.get(row.domain);
    if (group) group.push(row);
    else byDomain.set(row.domain, [row]);
  }
  return [...byDomain]
    .map(([domain, domainRows]) => {
      const grades = mixFromCounts(domainRows, scale);
      const goodOrBetter = goodOrBetterShare(grades, scale);
      return { domain, grades, total: goodOrBetter.total, goodOrBetter, lowest: lowestGradeShare(grades, scale) };
    })
    .sort(compareDomains);
}

/**
 * The scale an activity's audits used in a period (or, with no activity, the one scale all that period's
 * audits used); null when there were no audits or they used more than one scale, as domain grades then
 * cannot be read safely.
 */
export function scaleForActivity(
  audits: readonly AuditRow[],
  scales: readonly GradeScale[],
  period: PeriodId,
  activity?: string,
): GradeScale | null {
  const ids = new Set(
    audits.filter((row) => row.period === period && (activity === undefined || row.activity === activity)).map((row) => row.scale),
  );
  const [only] = ids;
  return ids.size === 1 && only !== undefined ? findScale(scales, only) : null;
}
