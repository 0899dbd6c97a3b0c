import { describe, expect, it } from 'vitest';
import { headlineAt, lowestGradeAt, qualityTrends, trendHeadlineLabels, trendLowestGrades, trendSeries } from '../../../../src/domain/quality/trends.ts';
import type { AuditRow } from '../../../../src/domain/quality/types.ts';
import { coventryLac, coventryObservations, row, scales } from '../../../support/quality-fixtures.ts';

// Q1 and Q3 of 2024/25 have audits; Q2 has none. Q1 audits use the Ofsted scale, Q3 the Coventry one,
// so the series also checks that a change of scale is handled row by row.
const q1: AuditRow[] = [
  row({ period: '2024-25-Q1', auditorGrade: 'good', moderatedGrade: 'good', count: 3 }),
  row({ period: '2024-25-Q1', auditorGrade: 'ri', moderatedGrade: 'inadequate', count: 1 }),
  row({ period: '2024-25-Q1', auditorGrade: 'inadequate', moderatedGrade: null, count: 1 }),
];
const q3: AuditRow[] = [...coventryLac, ...coventryObservations].map((r) => ({ ...r, period: '2024-25-Q3' }));

describe('qualityTrends', () => {
  const points = qualityTrends([...q3, ...q1], scales);

  it('runs oldest first, with all then each type seen in the data', () => {
    expect(points.map((p) => `${p.period} ${p.type}`)).toEqual([
      '2024-25-Q1 all',
      '2024-25-Q1 audit',
      '2024-25-Q1 observation',
      '2024-25-Q3 all',
      '2024-25-Q3 audit',
      '2024-25-Q3 observation',
    ]);
  });

  it('uses final grades on each row’s own scale', () => {
    expect(points[0]).toEqual({
      period: '2024-25-Q1',
      type: 'all',
      headlines: [{ label: 'good or better', count: 3, total: 5, percent: 60 }],
      lowestGrades: [{ scale: 'ofsted', scaleLabel: 'Ofsted grades', label: 'inadequate', count: 2, total: 5, percent: 40 }],
      moderated: { count: 4, total: 5, percent: 80 },
    });
    const q3All = points.find((p) => p.period === '2024-25-Q3' && p.type === 'all');
    expect(q3All?.headlines).toEqual([{ label: 'meets good or better', count: 7, total: 16, percent: (7 / 16) * 100 }]);
    expect(q3All?.lowestGrades.map((l) => [l.label, l.count, l.total])).toEqual([['does not meet good', 9, 16]]);
    expect(q3All?.moderated).toEqual({ count: 9, total: 16, percent: (9 / 16) * 100 });
  });

  it('marks a type with no audits in a period with a zero base and no percentages', () => {
    const gap = points.find((p) => p.period === '2024-25-Q1' && p.type === 'observation');
    expect(gap).toEqual({
      period: '2024-25-Q1',
      type: 'observation',
      headlines: [],
      lowestGrades: [],
      moderated: { count: 0, total: 0, percent: null },
    });
  });

  it('leaves out quarters with no audits unless asked for them', () => {
    expect(points.some((p) => p.period === '2024-25-Q2')).toBe(false);
    const withGap = qualityTrends([...q1, ...q3], scales, { periods: ['2024-25-Q2', '2024-25-Q1'] });
    expect([...new Set(withGap.map((p) => p.period))]).toEqual(['2024-25-Q1', '2024-25-Q2', '2024-25-Q3']);
    expect(headlineAt(trendSeries(withGap, 'all')[1]!, 'good or better').percent).toBeNull();
  });

  it('keeps one series per pass line: a change of scale words starts a new line, never a sum', () => {
    expect(trendHeadlineLabels(points)).toEqual(['good or better', 'meets good or better']);
    const all = trendSeries(points, 'all');
    expect(all.map((p) => headlineAt(p, 'good or better').percent)).toEqual([60, null]);
    expect(all.map((p) => headlineAt(p, 'meets good or better').percent)).toEqual([null, (7 / 16) * 100]);
  });

  it('keeps one lowest-grade series per scale, never a sum across scales', () => {
    expect(trendLowestGrades(points).map((l) => [l.scale, l.label])).toEqual([['ofsted', 'inadequate'], ['meets_good', 'does not meet good']]);
    const all = trendSeries(points, 'all');
    expect(all.map((p) => lowestGradeAt(p, 'ofsted').percent)).toEqual([40, null]);
    expect(all.map((p) => lowestGradeAt(p, 'meets_good').count)).toEqual([0, 9]);
  });

  it('splits out one series', () => {
    expect(trendSeries(points, 'observation').map((p) => headlineAt(p, 'meets good or better').percent)).toEqual([null, (6 / 7) * 100]);
    expect(trendSeries(points, 'dip_sample')).toEqual([]);
  });

  it('is empty for no rows, or only "all" gaps for requested periods', () => {
    expect(qualityTrends([], scales)).toEqual([]);
    const empty = qualityTrends([], scales, { periods: ['2024-25-Q1'] });
    expect(empty).toHaveLength(1);
    expect(empty[0]).toMatchObject({ type: 'all', headlines: [], lowestGrades: [] });
  });
});
