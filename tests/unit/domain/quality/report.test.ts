import { describe, expect, it } from 'vitest';
import { qualityPeriods, qualityReport } from '../../../../src/domain/quality/report.ts';
import type { Action, QualityData } from '../../../../src/domain/quality/types.ts';
import { coventryFeb, coventryLac, coventryObservations, scales, sefton } from '../../../support/quality-fixtures.ts';

const action = (id: string, due: string, status: Action['status'], raised = '2017-18-Q3'): Action => ({
  id,
  title: `Action ${id}`,
  owner: 'Head of Service',
  raised,
  due,
  status,
  completed: status === 'complete' ? '2017-12-15' : null,
  indicators: [],
});

const quality: QualityData = {
  scales,
  audits: [...coventryLac, ...coventryFeb, ...coventryObservations],
  ungraded: [],
  domainGrades: [
    { period: '2017-18-Q4', activity: 'LAC long-term foster care', domain: 'Planning', grade: 'not_met', count: 8 },
    { period: '2017-18-Q4', activity: 'LAC long-term foster care', domain: 'Planning', grade: 'meets', count: 1 },
    { period: '2017-18-Q4', activity: 'LAC long-term foster care', domain: 'Preparation for independence', grade: 'meets', count: 9 },
  ],
  feedback: [],
  schedule: [],
  actions: [action('A1', '2018-03-31', 'on_track'), action('A2', '2018-03-30', 'at_risk'), action('A3', '2018-01-01', 'complete'), action('A4', '2018-06-30', 'not_started', '2018-19-Q1')],
  narratives: [{ period: '2018-19-Q1', summary: 'Next year.', sections: [] }],
  media: [],
};

describe('qualityReport', () => {
  const report = qualityReport(quality, '2017-18-Q4');

  it('adds up every audit of the quarter across activities', () => {
    expect(report.all.graded).toBe(9 + 21 + 7);
    expect(report.all.moderated).toBe(9 + 21);
    // Final good or better: LAC 1 meets; February 2 exceeds + 2 meets; observations 6 meets.
    expect(report.all.headlines).toMatchObject([{ label: 'meets good or better', count: 11, total: 37 }]);
    expect(report.all.mix?.final).toEqual({ exceeds: 2, meets: 9, not_met: 26 });
  });

  it('has no combined grade mix when activities use different scales', () => {
    const mixed = qualityReport({ ...quality, audits: [...quality.audits, ...sefton.map((r) => ({ ...r, period: '2017-18-Q4' }))] }, '2017-18-Q4');
    expect(mixed.all.graded).toBe(37 + 48);
    expect(mixed.all.headlines.map((h) => [h.label, h.count, h.total])).toEqual([['meets good or better', 11, 37], ['good or better', 0, 48]]);
    expect(mixed.all.mix).toBeNull();
  });

  it('keeps each activity in the order officers wrote it, with its own moderation', () => {
    expect(report.activities.map((a) => [a.activity, a.graded, a.agreed, a.downgraded, a.upgraded])).toEqual([
      ['LAC long-term foster care', 9, 6, 3, 0],
      ['Adoption, care leaver and early help', 21, 13, 7, 1],
      ['Practice observations', 7, 0, 0, 0],
    ]);
  });

  it('totals by type and by service area', () => {
    expect(report.byType.map((g) => [g.key, g.graded])).toEqual([
      ['audit', 30],
      ['observation', 7],
    ]);
    expect(report.byServiceArea.map((g) => [g.key, g.graded])).toEqual([
      ['', 9],
      ['Social care', 12],
      ['Early help', 9],
      ['CiN reviews', 3],
      ['LAC reviews', 4],
    ]);
  });

  it('ranks practice domains for activities that graded them', () => {
    expect(report.domainViews).toHaveLength(1);
    expect(report.domainViews[0]!.domains.map((d) => d.domain)).toEqual(['Preparation for independence', 'Planning']);
  });

  it('splits actions raised by the quarter into open, overdue and completed at its last day', () => {
    expect(report.actions.open.map((a) => a.id)).toEqual(['A1']);
    expect(report.actions.overdue.map((a) => a.id)).toEqual(['A2']);
    expect(report.actions.completed.map((a) => a.id)).toEqual(['A3']);
  });

  it('finds the narrative for the quarter, or none', () => {
    expect(report.narrative).toBeNull();
    expect(qualityReport(quality, '2018-19-Q1').narrative?.summary).toBe('Next year.');
  });
});

describe('qualityPeriods', () => {
  it('lists the quarters with audits or a narrative, oldest first, once each', () => {
    expect(qualityPeriods({ ...quality, narratives: [...quality.narratives, { period: '2016-17-Q1', summary: 'x', sections: [] }] })).toEqual([
      '2016-17-Q1',
      '2017-18-Q4',
      '2018-19-Q1',
    ]);
  });

  it('counts a quarter with only feedback from children and families as a QA quarter', () => {
    const feedback = [{ period: '2018-19-Q2', source: 'Children', method: 'Interview', question: 'I felt listened to', agreed: 12, asked: 14 }];
    expect(qualityPeriods({ ...quality, feedback })).toEqual(['2017-18-Q4', '2018-19-Q1', '2018-19-Q2']);
  });
});
