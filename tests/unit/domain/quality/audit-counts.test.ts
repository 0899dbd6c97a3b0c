// "Audits" has one meaning (issue 15): done = graded + not graded, in every summary a page or the JSON reads, so
// the home page, the pack and the QA page cannot count 119, 143 and "143 … 24 more" for one quarter again.
import { describe, expect, it } from 'vitest';
import { auditCounts, countAudits } from '../../../../src/domain/quality/audit-counts.ts';
import { summariseActivities, summariseBy, summariseGroup } from '../../../../src/domain/quality/activity-summary.ts';
import { qualityReport } from '../../../../src/domain/quality/report.ts';
import type { QualityData, UngradedRow } from '../../../../src/domain/quality/types.ts';
import { monthsSentence, notGradedSentence } from '../../../../src/domain/quality/wording.ts';
import { auditsJson } from '../../../../src/site/api.ts';
import { row, scales } from '../../../support/quality-fixtures.ts';

const PERIOD = '2025-26-Q3';
const ungraded = (partial: Partial<UngradedRow> & Pick<UngradedRow, 'activity' | 'count'>): UngradedRow => ({
  period: PERIOD, type: 'audit', serviceArea: '', month: null, ...partial,
});

// A quarter shaped like the demo's: graded case-file audits in two areas over two months, some of them done but not
// graded, and a family support service that grades none.
const graded = [
  row({ period: PERIOD, activity: 'Monthly case file audits', serviceArea: 'Front door', month: '2025-10', auditorGrade: 'good', moderatedGrade: 'good', count: 5 }),
  row({ period: PERIOD, activity: 'Monthly case file audits', serviceArea: 'Front door', month: '2025-11', auditorGrade: 'ri', moderatedGrade: null, count: 3 }),
  row({ period: PERIOD, activity: 'Monthly case file audits', serviceArea: 'Children in care', month: '2025-11', auditorGrade: 'inadequate', moderatedGrade: 'inadequate', count: 2 }),
];
const notGraded = [
  ungraded({ activity: 'Monthly case file audits', serviceArea: 'Children in care', month: '2025-12', count: 4 }),
  ungraded({ activity: 'Family support case audits', serviceArea: 'Early help', count: 24 }),
];
const quality: QualityData = { scales, audits: graded, ungraded: notGraded, domainGrades: [], feedback: [], schedule: [], actions: [], narratives: [], media: [] };

describe('auditCounts', () => {
  it('makes audits done the sum of graded and not graded', () => {
    expect(auditCounts(119, 24)).toEqual({ done: 143, graded: 119, notGraded: 24 });
    expect(countAudits(graded, notGraded)).toEqual({ done: 38, graded: 10, notGraded: 28 });
    expect(countAudits([], [])).toEqual({ done: 0, graded: 0, notGraded: 0 });
  });
});

describe('every summary counts audits done, graded and not graded', () => {
  const [monthly] = summariseActivities(graded, scales, notGraded);

  it('an activity: done includes its audits not graded; its shares are of graded ones', () => {
    expect(monthly).toMatchObject({ activity: 'Monthly case file audits', done: 14, graded: 10, notGraded: 4 });
    expect(monthly?.headline).toMatchObject({ count: 5, total: 10 });
    expect(monthly?.moderationRate).toMatchObject({ count: 7, total: 10 });
  });

  it('its service areas and months, a month with none graded included', () => {
    expect(monthly?.serviceAreas.map((a) => [a.serviceArea, a.done, a.graded, a.notGraded])).toEqual([
      ['Front door', 8, 8, 0],
      ['Children in care', 6, 2, 4],
    ]);
    expect(monthly?.byMonth.map((m) => [m.month, m.done, m.graded, m.notGraded, m.headline.total])).toEqual([
      ['2025-10', 5, 5, 0, 5],
      ['2025-11', 5, 5, 0, 5],
      ['2025-12', 4, 0, 4, 0],
    ]);
    expect(monthsSentence(monthly!.byMonth)).toContain('December 2025: none graded.');
  });

  it('the quarter, each type and each service area', () => {
    expect(summariseGroup('all', graded, scales, notGraded)).toMatchObject({ done: 38, graded: 10, notGraded: 28 });
    expect(summariseBy(graded, 'type', scales, notGraded).map((g) => [g.key, g.done, g.graded, g.notGraded])).toEqual([['audit', 38, 10, 28]]);
    expect(summariseBy(graded, 'serviceArea', scales, notGraded).map((g) => [g.key, g.done, g.graded, g.notGraded])).toEqual([
      ['Front door', 8, 8, 0],
      ['Children in care', 6, 2, 4],
      ['Early help', 24, 0, 24],
    ]);
  });
});

describe('a quarter with an activity that grades none', () => {
  const report = qualityReport(quality, PERIOD);

  it('counts it as done, in the quarter and its own line', () => {
    expect(report.all).toMatchObject({ done: 38, graded: 10, notGraded: 28 });
    expect(report.ungradedActivities).toEqual([{
      activity: 'Family support case audits', type: 'audit', done: 24, graded: 0, notGraded: 24,
      serviceAreas: [{ serviceArea: 'Early help', done: 24, graded: 0, notGraded: 24 }], byMonth: [],
    }]);
    const activities = [...report.activities, ...report.ungradedActivities];
    expect(activities.reduce((sum, a) => sum + a.done, 0)).toBe(report.all.done);
    expect(report.byType.reduce((sum, g) => sum + g.done, 0)).toBe(report.all.done);
    expect(report.byServiceArea.reduce((sum, g) => sum + g.done, 0)).toBe(report.all.done);
  });

  it('says how many of those done were not graded, after the count done, never "N more"', () => {
    expect(notGradedSentence(report.all)).toBe('Of the 38 done, 28 were not graded; shares are of the 10 graded.');
  });

  it('gives total = graded + not graded in every group of the JSON, and total = not_graded for the activity', () => {
    const json = auditsJson(report, 'OGL');
    expect(json.totals).toMatchObject({ total: 38, graded: 10, not_graded: 28 });
    const family = json.activities.find((a) => a.activity === 'Family support case audits');
    expect(family).toMatchObject({ total: 24, graded: 0, not_graded: 24, headline: null });
    const groups = [json.totals, ...json.by_type, ...json.by_service_area, ...json.activities, ...json.activities.flatMap((a) => [...a.service_areas, ...a.by_month])];
    for (const group of groups) expect(group.total).toBe(group.graded! + group.not_graded!);
    expect(json.activities.reduce((sum, a) => sum + a.total!, 0)).toBe(json.totals.total);
  });
});
