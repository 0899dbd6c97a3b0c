// QA read as the councils' own reports read: Nottinghamshire Q4 2013/14 (seed 003) and Coventry's monthly
// audits (seed 004), loaded from data folders written from their tables, through the report and the API.
import { describe, expect, it } from 'vitest';
import { qualityReport } from '../../../../src/domain/quality/report.ts';
import { headlinesText, lowestGradesText, moderationNotReportedSentence, moderationSentence, notGradedSentence, shareText } from '../../../../src/domain/quality/wording.ts';
import type { QualityData } from '../../../../src/domain/quality/types.ts';
import { auditsJson } from '../../../../src/site/api.ts';
import { auditsTable } from '../../../../src/site/open-data/audits-table.ts';
import { loadWith } from '../../../support/load-fixtures.ts';
import { COVENTRY_FILES, NOTTS_FILES } from '../../../support/seed-qa.ts';

async function qualityOf(files: Parameters<typeof loadWith>[0]): Promise<QualityData> {
  const { dataset, issues } = await loadWith(files);
  expect(issues).toEqual([]);
  if (!dataset) throw new Error('no dataset');
  return dataset.quality;
}

describe('Nottinghamshire, Q4 2013/14', async () => {
  const quality = await qualityOf(NOTTS_FILES);
  const report = qualityReport(quality, '2013-14-Q4');
  const activity = (name: string) => report.activities.find((a) => a.activity === name);

  it('gives Children\'s Social Care its own pass line: 82% adequate or good', () => {
    const csc = activity('Social care case file audits');
    expect(csc?.headline).toMatchObject({ label: 'adequate or good', count: 262, total: 320 });
    expect(shareText(csc!.headline)).toBe('262 of 320 (82%)');
  });

  it('never adds shares across the three scales: one share per pass line', () => {
    expect(report.all.headlines.map((h) => [h.label, h.count, h.total])).toEqual([
      ['adequate or good', 262, 320],
      ['good or outstanding', 60, 101],
      ['good quality', 4, 15],
    ]);
    expect(headlinesText(report.all.headlines)).toBe('262 of 320 (82%) adequate or good; 60 of 101 (59%) good or outstanding; 4 of 15 (27%) good quality');
    expect(headlinesText(report.all.headlines)).not.toContain('of 436');
  });

  it('gives the lowest grade per scale in each scale\'s words, never "69 of 436" across three scales', () => {
    expect(report.all.lowestGrades.map((l) => [l.scale, l.label, l.count, l.total])).toEqual([
      ['csc', 'inadequate', 58, 320],
      ['ofsted', 'inadequate', 9, 101],
      ['caf', 'inadequate', 2, 15],
    ]);
    // All three scales end in "Inadequate", so each names its scale.
    expect(lowestGradesText(report.all.lowestGrades)).toBe(
      "58 of 320 (18%) inadequate (Children's Social Care audit grades); 9 of 101 (9%) inadequate (Ofsted grades); 2 of 15 (13%) inadequate (CAF quality grades)",
    );
    const csc = report.byServiceArea.find((g) => g.key === "Children's Social Care");
    expect(lowestGradesText(csc!.lowestGrades)).toBe('58 of 320 (18%) inadequate');
  });

  it('says moderation was not reported, rather than that none was moderated', () => {
    expect(report.all.moderationReported).toBe(false);
    expect(activity('Targeted support case audits')?.moderationReported).toBe(false);
    expect(moderationSentence(report.all, report.all.moderationReported)).toBe('Moderation not reported.');
  });

  it('counts the 235 family support audits that were done but not graded, outside every share', () => {
    expect(report.all.graded).toBe(436);
    expect(report.all.notGraded).toBe(235);
    // "Audits" means done: 436 graded + 235 not graded, never 436 in one place and 671 in another.
    expect(report.all).toMatchObject({ done: 671, graded: 436, notGraded: 235 });
    expect(report.ungradedActivities).toEqual([{
      activity: 'Family support case audits', type: 'audit', done: 235, graded: 0, notGraded: 235,
      serviceAreas: [{ serviceArea: 'Family Support (NCFP)', done: 235, graded: 0, notGraded: 235 }], byMonth: [],
    }]);
    expect(report.byType).toMatchObject([{ key: 'audit', done: 671, graded: 436, notGraded: 235 }]);
    expect(notGradedSentence(report.all)).toBe('Of the 671 done, 235 were not graded; shares are of the 436 graded.');
    const family = report.byServiceArea.find((g) => g.key === 'Family Support (NCFP)');
    expect(family).toMatchObject({ done: 235, graded: 0, notGraded: 235, headlines: [] });
  });

  it('compares Targeted Support with quarter 3: 52% then 59%', () => {
    const ts = activity('Targeted support case audits');
    expect(ts?.previous?.period).toBe('2013-14-Q3');
    expect(Math.round(ts?.previous?.headline.percent ?? 0)).toBe(52);
    expect(Math.round(ts?.headline.percent ?? 0)).toBe(59);
    expect(activity('Social care case file audits')?.previous).toBeNull();
    const area = report.byServiceArea.find((g) => g.key === 'Targeted Support');
    expect(area?.previous).toMatchObject({ period: '2013-14-Q3', graded: 100, headlines: [{ label: 'good or outstanding', count: 52, total: 100 }] });
  });

  it('gives the same in /api/audits/<period>.json', () => {
    const json = auditsJson(report, 'OGL');
    // `total` is audits done everywhere in the JSON; shares keep their own base (graded).
    expect(json.totals).toMatchObject({ total: 671, graded: 436, not_graded: 235, moderated: null });
    expect(json.by_type).toMatchObject([{ type: 'audit', total: 671, graded: 436, not_graded: 235 }]);
    expect(json.by_service_area.find((g) => g.service_area === "Children's Social Care")).toMatchObject({ total: 320, graded: 320, not_graded: 0 });
    expect(json.totals.headlines).toHaveLength(3);
    expect(json.totals).not.toHaveProperty('good_or_better');
    expect(json.totals.lowest_grade).toEqual([
      { scale: 'csc', label: 'inadequate', count: 58, total: 320, percent: 18.125 },
      { scale: 'ofsted', label: 'inadequate', count: 9, total: 101, percent: (9 / 101) * 100 },
      { scale: 'caf', label: 'inadequate', count: 2, total: 15, percent: (2 / 15) * 100 },
    ]);
    expect(json.by_service_area.find((g) => g.service_area === 'Early Help')?.lowest_grade).toEqual([{ scale: 'caf', label: 'inadequate', count: 2, total: 15, percent: (2 / 15) * 100 }]);
    const csc = json.activities.find((a) => a.activity === 'Social care case file audits');
    expect(csc).toMatchObject({ headline: { label: 'adequate or good', count: 262, total: 320 }, moderated: null, movement: null, previous: null });
    const ts = json.activities.find((a) => a.activity === 'Targeted support case audits');
    expect(ts?.previous).toMatchObject({ period: '2013-14-Q3', graded: 100, headline: { label: 'good or outstanding', count: 52, total: 100, percent: 52 } });
    const family = json.activities.find((a) => a.activity === 'Family support case audits');
    // An activity with none graded: total = not_graded, as for every other group.
    expect(family).toMatchObject({
      total: 235, graded: 0, not_graded: 235, headline: null, scale: null,
      service_areas: [{ service_area: 'Family Support (NCFP)', total: 235, graded: 0, not_graded: 235, final: null }],
    });
    expect(json.activities.reduce((sum, a) => sum + a.total!, 0)).toBe(json.totals.total);
  });

  it('writes not-graded rows and the pass line into the open-data CSV', () => {
    const rows = auditsTable(quality.audits.filter((a) => a.period === '2013-14-Q4'), quality.scales, quality.ungraded);
    expect(rows.find((r) => r.activity === 'Family support case audits')).toMatchObject({ scale: null, auditor_grade: null, headline: null, final_grade_good: null, count: 235, moderation_reported: false });
    expect(rows.find((r) => r.activity === 'Social care case file audits')).toMatchObject({ headline: 'adequate or good', final_grade_good: true, moderation_reported: false });
  });
});

describe('a quarter where one activity reports moderation and another does not', async () => {
  // Coventry's moderated monthly audits beside Nottinghamshire-style audits with no moderation figures.
  const coventry = await qualityOf(COVENTRY_FILES);
  const unreported = coventry.audits.filter((row) => row.auditorGrade === 'meets_good').map((row) => ({ ...row, activity: 'Practice observations', moderatedGrade: null, moderationReported: false }));
  const report = qualityReport({ ...coventry, audits: [...coventry.audits, ...unreported] }, '2017-18-Q4');

  it('gives the share moderated of the audits whose moderation was reported, and says the rest was not reported', () => {
    expect(report.all.graded).toBe(40 + 15);
    expect(report.all.moderationRate).toMatchObject({ count: 40, total: 40 });
    expect(moderationNotReportedSentence(report.all.graded, report.all.moderationRate.total)).toBe('Moderation was not reported for the other 15.');
    expect(moderationNotReportedSentence(40, 40)).toBe('');
  });
});

describe('Coventry, audits month by month (2017/18 Q4)', async () => {
  const quality = await qualityOf(COVENTRY_FILES);
  const report = qualityReport(quality, '2017-18-Q4');
  const [monthly] = report.activities;

  it('gives each month its graded audits and pass-line share', () => {
    expect(monthly?.byMonth.map((m) => [m.month, m.graded, m.headline.count, m.headline.label])).toEqual([
      ['2018-01', 19, 5, 'meets good or better'],
      ['2018-02', 21, 4, 'meets good or better'],
    ]);
    expect(auditsJson(report, 'OGL').activities[0]?.by_month).toEqual([
      { month: '2018-01', total: 19, graded: 19, not_graded: 0, headline: { label: 'meets good or better', count: 5, total: 19, percent: (5 / 19) * 100 } },
      { month: '2018-02', total: 21, graded: 21, not_graded: 0, headline: { label: 'meets good or better', count: 4, total: 21, percent: (4 / 21) * 100 } },
    ]);
  });

  it('reports moderation where the file has a moderated_grade column', () => {
    expect(monthly?.moderationReported).toBe(true);
    expect(monthly?.moderated).toBe(40);
    expect(moderationSentence(monthly!, true)).toBe('40 of 40 (100%) were moderated: 32 agreed, 7 moved down and 1 moved up.');
  });
});
