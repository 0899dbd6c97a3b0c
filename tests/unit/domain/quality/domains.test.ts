import { describe, expect, it } from 'vitest';
import { scaleForActivity, summariseDomains } from '../../../../src/domain/quality/domains.ts';
import type { DomainGradeRow } from '../../../../src/domain/quality/types.ts';
import { coventryLac, coventryObservations, meetsGood, ofsted, scales, sefton } from '../../../support/quality-fixtures.ts';

const period = '2017-18-Q4';
const activity = 'LAC long-term foster care';

function domain(name: string, grade: string, count: number, other: Partial<DomainGradeRow> = {}): DomainGradeRow {
  return { period, activity, domain: name, grade, count, ...other };
}

// Coventry LAC: preparation for independence met good in every relevant case; decision making and
// assessment were least strong; coordination between agencies more consistently positive.
const rows: DomainGradeRow[] = [
  domain('Decision making', 'meets', 1),
  domain('Decision making', 'not_met', 8),
  domain('Preparation for independence', 'meets', 4),
  domain('Coordination between agencies', 'exceeds', 1),
  domain('Coordination between agencies', 'meets', 5),
  domain('Coordination between agencies', 'not_met', 3),
  domain('Assessment', 'not_met', 8),
  domain('Assessment', 'meets', 1),
  domain('Reviews', 'meets', 6),
  domain('Reviews', 'not_met', 3),
  domain('Reviews', 'meets', 99, { period: '2018-19-Q1' }),
  domain('Reviews', 'meets', 99, { activity: 'Practice observations' }),
];

describe('summariseDomains', () => {
  const summaries = summariseDomains(rows, period, meetsGood, activity);

  it('counts every grade of the scale per domain', () => {
    const decision = summaries.find((s) => s.domain === 'Decision making');
    expect(decision).toEqual({
      domain: 'Decision making',
      grades: { exceeds: 0, meets: 1, not_met: 8 },
      total: 9,
      goodOrBetter: { count: 1, total: 9, percent: (1 / 9) * 100 },
      lowest: { count: 8, total: 9, percent: (8 / 9) * 100 },
    });
  });

  it('ranks strongest to weakest, ties by name', () => {
    expect(summaries.map((s) => [s.domain, s.goodOrBetter.count, s.total])).toEqual([
      ['Preparation for independence', 4, 4],
      ['Coordination between agencies', 6, 9],
      ['Reviews', 6, 9],
      ['Assessment', 1, 9],
      ['Decision making', 1, 9],
    ]);
  });

  it('keeps to the period and, when given, the activity', () => {
    const everyActivity = summariseDomains(rows, period, meetsGood);
    expect(everyActivity.find((s) => s.domain === 'Reviews')?.total).toBe(108);
    expect(summariseDomains(rows, '2018-19-Q1', meetsGood).map((s) => s.total)).toEqual([99]);
  });

  it('puts domains with no grades last', () => {
    const ranked = summariseDomains([domain('Voice of the child', 'meets', 0), domain('Plans', 'not_met', 2)], period, meetsGood);
    expect(ranked.map((s) => [s.domain, s.goodOrBetter.percent])).toEqual([
      ['Plans', 0],
      ['Voice of the child', null],
    ]);
  });

  it('is empty for no rows and refuses grades not on the scale', () => {
    expect(summariseDomains([], period, meetsGood)).toEqual([]);
    expect(() => summariseDomains(rows, period, ofsted, activity)).toThrow(/not on scale "ofsted"/);
  });
});

describe('scaleForActivity', () => {
  const audits = [...coventryLac, ...coventryObservations, ...sefton];

  it('is the scale the activity’s audits used that period', () => {
    expect(scaleForActivity(audits, scales, period, activity)).toBe(meetsGood);
    expect(scaleForActivity(audits, scales, period)).toBe(meetsGood);
    expect(scaleForActivity(audits, scales, '2023-24-Q3')).toBe(ofsted);
  });

  it('is null with no audits or more than one scale', () => {
    expect(scaleForActivity(audits, scales, '2020-21-Q1')).toBeNull();
    expect(scaleForActivity(audits, scales, period, 'Missing')).toBeNull();
    const mixed = [...coventryLac, ...sefton.map((r) => ({ ...r, period }))];
    expect(scaleForActivity(mixed, scales, period)).toBeNull();
  });
});
