// A council's scorecard shaped like the published reports (workforce figures near the national ones, audits graded
// good or better rising from about half, small counts of children going missing), for the plausibility checks:
// six quarters of ordinary movement that must draw no warning, and a way to change one cell of the newest quarter.
import { csv, type FileMap } from './load-fixtures.ts';

export const SEED_PERIODS = ['2023-24-Q1', '2023-24-Q2', '2023-24-Q3', '2023-24-Q4', '2024-25-Q1', '2024-25-Q2'] as const;
export const SEED_LATEST = 'quarters/2024-25-Q2.csv';

/** Indicator id → value each quarter (oldest first) and commentary each quarter ('' for none). */
const SERIES: Record<string, { values: string[]; commentary?: Record<number, string> }> = {
  // Red in the first quarter with no commentary: only the newest quarter is checked for that.
  'agency-social-workers': { values: ['17.8', '17.1', '16.6', '16.0', '15.4', '14.9'], commentary: { 5: 'Below the 15% target for the first time since 2021.' } },
  caseload: { values: ['16.8', '16.2', '15.9', '16.4', '15.9', '15.6'] },
  'audits-good': { values: ['48', '55', '52', '59', '61', '66'], commentary: { 2: 'Comparable to quarter 1.', 3: '59% good or outstanding, compared with 52% in quarter 3.' } },
  'audits-inadequate': { values: ['21', '14', '18', '9', '11', '7'], commentary: { 3: '9% inadequate, compared with 18% in quarter 3.' } },
  // Small counts: 2 episodes becoming 11 is more than five times as many, but only a handful of children.
  'missing-episodes': { values: ['4', '9', '3', '6', '2', '11'] },
  're-referrals': { values: ['23.1', '22.4', '24.0', '22.8', '21.9', '23.5'], commentary: { 4: 'Within target.', 5: 'Up 1.6 points; a dip sample of re-referrals is planned.' } },
  contacts: { values: ['3890', '4120', '3650', '4410', '4020', '4275'] },
  // A small percentage that falls below 1: not a pasted fraction.
  'cpp-two-years': { values: ['4.4', '3.1', '2.6', '1.8', '1.2', '0.8'] },
};

const INDICATORS = csv(
  'id,title,theme,unit,polarity,amber,decimals,definition,source',
  'agency-social-workers,Agency social workers (FTE rate),Workforce,percent,lower_is_better,2,,,',
  'caseload,Average caseload per social worker,Workforce,number,lower_is_better,1,1,,',
  'audits-good,Case-file audits graded good or better,Quality,percent,higher_is_better,5,0,,',
  'audits-inadequate,Case-file audits graded inadequate,Quality,percent,lower_is_better,2,0,,',
  'missing-episodes,Episodes of children missing from care,Children in care,count,neutral,,,,',
  're-referrals,Re-referrals within 12 months,Front door,percent,lower_is_better,2,,,',
  'contacts,Contacts to the front door,Front door,count,neutral,,,,',
  'cpp-two-years,Child protection plans ending after two years or more,Child protection,percent,lower_is_better,1,,,',
);

const TARGETS = csv(
  'indicator_id,period,target,operator,amber',
  'agency-social-workers,2023-24-Q1,15,,',
  'caseload,2023-24-Q1,18,,',
  'audits-good,2023-24-Q1,65,,',
  'audits-inadequate,2023-24-Q1,10,,',
  're-referrals,2023-24-Q1,22,,',
);

const SITE = '{ "organisation": "Anyshire County Council", "title": "Children\'s services performance", "comparators": [{ "id": "england", "label": "England" }] }\n';

export interface LatestChange {
  value?: string;
  commentary?: string;
}

/** The seed-shaped data folder, with the newest quarter's value or commentary of some indicators changed. */
export function seedShapedFiles(latest: Record<string, LatestChange> = {}): FileMap {
  const files: FileMap = { 'site.json': SITE, 'indicators.csv': INDICATORS, 'targets.csv': TARGETS };
  SEED_PERIODS.forEach((period, i) => {
    const rows = Object.entries(SERIES).map(([id, series]) => {
      const change = i === SEED_PERIODS.length - 1 ? latest[id] ?? {} : {};
      const commentary = change.commentary ?? series.commentary?.[i] ?? '';
      return `${id},${change.value ?? series.values[i]},,,${commentary.includes(',') ? `"${commentary}"` : commentary}`;
    });
    files[`quarters/${period}.csv`] = csv('indicator_id,value,numerator,denominator,commentary', ...rows);
  });
  return files;
}

/** The line of an indicator's row in every quarter file (the header is line 1). */
export function seedLine(indicatorId: string): number {
  return Object.keys(SERIES).indexOf(indicatorId) + 2;
}
