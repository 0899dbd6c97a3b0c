import { describe, expect, it } from 'vitest';
import { auditsInPeriod, summariseActivities, summariseBy, summariseGroup } from '../../../../src/domain/quality/activity-summary.ts';
import { coventryFeb, coventryLac, coventryObservations, meetsGood, ofsted, row, scales, sefton } from '../../../support/quality-fixtures.ts';

const coventryQuarter = [...coventryLac, ...coventryObservations, ...coventryFeb];

describe('summariseActivities', () => {
  it('summarises each activity in first-appearance order', () => {
    const summaries = summariseActivities(coventryQuarter, scales);
    expect(summaries.map((s) => s.activity)).toEqual([
      'LAC long-term foster care',
      'Practice observations',
      'Adoption, care leaver and early help',
    ]);
    expect(summaries.map((s) => s.type)).toEqual(['audit', 'observation', 'audit']);
  });

  it('Coventry LAC: 9 audits, 4 good as audited, 1 after moderation', () => {
    const [lac] = summariseActivities(coventryLac, scales);
    expect(lac).toMatchObject({
      activity: 'LAC long-term foster care',
      type: 'audit',
      scale: meetsGood,
      done: 9,
      graded: 9,
      notGraded: 0,
      moderated: 9,
      agreed: 6,
      upgraded: 0,
      downgraded: 3,
      moderationRate: { count: 9, total: 9, percent: 100 },
      auditor: { exceeds: 0, meets: 4, not_met: 5 },
      final: { exceeds: 0, meets: 1, not_met: 8 },
      goodOrBetter: { count: 1, total: 9 },
      lowest: { count: 8, total: 9 },
      serviceAreas: [],
    });
    expect(lac?.matrix.total).toBe(9);
  });

  it('Sefton: 48 audits, none good or better, 10 inadequate', () => {
    const [deepDive] = summariseActivities(sefton, scales);
    expect(deepDive).toMatchObject({
      scale: ofsted,
      done: 48,
      graded: 48,
      notGraded: 0,
      moderated: 24,
      downgraded: 2,
      auditor: { outstanding: 0, good: 2, ri: 36, inadequate: 10 },
      final: { outstanding: 0, good: 0, ri: 38, inadequate: 10 },
      goodOrBetter: { count: 0, total: 48, percent: 0 },
      lowest: { count: 10, total: 48 },
    });
  });

  it('adds rows of one activity across service areas and splits the final grades by area', () => {
    const [feb] = summariseActivities(coventryFeb, scales);
    expect(feb?.graded).toBe(21);
    expect(feb?.final).toEqual({ exceeds: 2, meets: 2, not_met: 17 });
    expect(feb?.serviceAreas).toEqual([
      {
        serviceArea: 'Social care',
        done: 12,
        graded: 12,
        notGraded: 0,
        final: { exceeds: 2, meets: 2, not_met: 8 },
        goodOrBetter: { count: 4, total: 12, percent: (4 / 12) * 100 },
        lowest: { count: 8, total: 12, percent: (8 / 12) * 100 },
      },
      {
        serviceArea: 'Early help',
        done: 9,
        graded: 9,
        notGraded: 0,
        final: { exceeds: 0, meets: 0, not_met: 9 },
        goodOrBetter: { count: 0, total: 9, percent: 0 },
        lowest: { count: 9, total: 9, percent: 100 },
      },
    ]);
  });

  it('keeps rows naming no service area as their own group when others name one', () => {
    const rows = [
      row({ serviceArea: 'Safeguarding', auditorGrade: 'good', moderatedGrade: null, count: 2 }),
      row({ serviceArea: '', auditorGrade: 'ri', moderatedGrade: null, count: 1 }),
    ];
    const [summary] = summariseActivities(rows, scales);
    expect(summary?.serviceAreas.map((a) => [a.serviceArea, a.graded])).toEqual([
      ['Safeguarding', 2],
      ['', 1],
    ]);
  });

  it('is empty for no rows', () => {
    expect(summariseActivities([], scales)).toEqual([]);
  });

  it('refuses an activity recorded with two types or two scales', () => {
    const twoTypes = [row({ auditorGrade: 'good', moderatedGrade: null, count: 1 }), row({ type: 'dip_sample', auditorGrade: 'good', moderatedGrade: null, count: 1 })];
    expect(() => summariseActivities(twoTypes, scales)).toThrow(/both "audit" and "dip_sample"/);
    const twoScales = [row({ auditorGrade: 'good', moderatedGrade: null, count: 1 }), row({ scale: 'meets_good', auditorGrade: 'meets', moderatedGrade: null, count: 1 })];
    expect(() => summariseActivities(twoScales, scales)).toThrow(/graded on both "ofsted" and "meets_good"/);
  });

  it('refuses an unknown scale', () => {
    expect(() => summariseActivities([row({ scale: 'ten_point', auditorGrade: '7', moderatedGrade: null, count: 1 })], scales)).toThrow(
      /Unknown grade scale "ten_point"/,
    );
  });
});

describe('auditsInPeriod', () => {
  it('keeps one quarter’s rows', () => {
    const rows = [...sefton, ...coventryLac];
    expect(auditsInPeriod(rows, '2017-18-Q4')).toEqual(coventryLac);
    expect(auditsInPeriod(rows, '2024-25-Q1')).toEqual([]);
  });
});

describe('summariseGroup and summariseBy', () => {
  it('adds counts across scales, but gives each pass line and each scale\'s lowest grade its own share', () => {
    const all = summariseGroup('all', [...sefton, ...coventryLac, ...coventryObservations], scales);
    expect(all).toMatchObject({
      key: 'all',
      done: 64,
      graded: 64,
      notGraded: 0,
      moderated: 33,
      agreed: 28,
      downgraded: 5,
      // Sefton 0 of 48 good or better; LAC 1 + observations 6 of 16 meet good or better: never 7 of 64.
      headlines: [
        { label: 'good or better', count: 0, total: 48, percent: 0 },
        { label: 'meets good or better', count: 7, total: 16, percent: (7 / 16) * 100 },
      ],
      // Sefton 10 of 48 inadequate; LAC 8 + observations 1 of 16 "Does not meet good": never 19 of 64.
      lowestGrades: [
        { scale: 'ofsted', label: 'inadequate', count: 10, total: 48 },
        { scale: 'meets_good', label: 'does not meet good', count: 9, total: 16 },
      ],
      moderationRate: { count: 33, total: 64 },
      scales: ['ofsted', 'meets_good'],
      activities: ['Deep dive case audits', 'LAC long-term foster care', 'Practice observations'],
      mix: null,
    });
  });

  it('gives a grade mix only when the group has one scale', () => {
    const group = summariseGroup('Coventry', coventryQuarter, scales);
    expect(group.mix?.scale).toBe(meetsGood);
    expect(group.mix?.auditor).toEqual({ exceeds: 1, meets: 20, not_met: 16 });
    expect(group.mix?.final).toEqual({ exceeds: 2, meets: 9, not_met: 26 });
    expect(group.headlines).toEqual([{ label: 'meets good or better', count: 11, total: 37, percent: (11 / 37) * 100 }]);
  });

  it('groups by type in the order audit, observation, dip sample', () => {
    const dip = row({ activity: 'Supervision dip sample', type: 'dip_sample', auditorGrade: 'good', moderatedGrade: null, count: 5 });
    const groups = summariseBy([dip, ...coventryObservations, ...coventryLac, ...sefton], 'type', scales);
    expect(groups.map((g) => [g.key, g.graded])).toEqual([
      ['audit', 57],
      ['observation', 7],
      ['dip_sample', 5],
    ]);
    expect(groups[0]?.mix).toBeNull();
    expect(groups[1]?.mix?.final).toEqual({ exceeds: 0, meets: 6, not_met: 1 });
    expect(groups[2]?.headlines).toEqual([{ label: 'good or better', count: 5, total: 5, percent: 100 }]);
  });

  it('groups by service area in first-appearance order', () => {
    const groups = summariseBy([...coventryFeb, ...coventryObservations], 'serviceArea', scales);
    expect(groups.map((g) => [g.key, g.graded, g.headlines[0]?.count])).toEqual([
      ['Social care', 12, 4],
      ['Early help', 9, 0],
      ['CiN reviews', 3, 3],
      ['LAC reviews', 4, 3],
    ]);
  });

  it('is empty, or zero with no percentages, for no rows', () => {
    expect(summariseBy([], 'type', scales)).toEqual([]);
    expect(summariseGroup('all', [], scales)).toMatchObject({
      done: 0,
      graded: 0,
      notGraded: 0,
      headlines: [],
      lowestGrades: [],
      moderationRate: { percent: null },
      mix: null,
      activities: [],
    });
  });
});
