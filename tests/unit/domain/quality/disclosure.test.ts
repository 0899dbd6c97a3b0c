// Disclosure control of quality assurance, on small quarters a reader can check by hand: with "disclosure" on,
// no count of audits from 1 to minimum - 1 is published, in the page's figures or the audits CSV, and none can
// be worked out by subtraction from what is; with it off, every figure is published as the report gives it.
// (tests/unit/property/qa-disclosure.test.ts checks the same for random quarters.)
import { describe, expect, it } from 'vitest';
import { gradedTypes, publishQuality } from '../../../../src/domain/quality/disclosure.ts';
import { qualityReport } from '../../../../src/domain/quality/report.ts';
import type { AuditRow, QualityData } from '../../../../src/domain/quality/types.ts';
import { coventryObservations, row, scales, sefton } from '../../../support/quality-fixtures.ts';

const PERIOD = '2023-24-Q3';
const RULE = { minimumCount: 6 };

const quality = (audits: AuditRow[]): QualityData =>
  ({ scales, audits, ungraded: [], domainGrades: [], feedback: [], schedule: [], actions: [], narratives: [], media: [] });

/** Every count in a published report (percentages are a count over a total, and follow them). */
function counts(value: unknown, out: (number | null)[] = []): (number | null)[] {
  if (typeof value === 'number' || value === null) out.push(value);
  else if (Array.isArray(value)) for (const item of value) counts(item, out);
  else if (typeof value === 'object' && value !== undefined) {
    for (const [key, item] of Object.entries(value)) if (key !== 'percent' && key !== 'scale') counts(item, out);
  }
  return out;
}

const isSmall = (count: number | null) => count !== null && count > 0 && count < RULE.minimumCount;

describe('publishQuality with disclosure control off', () => {
  it('publishes every figure as the report gives it, and withholds nothing', () => {
    const published = publishQuality(quality(sefton), [PERIOD], null).get(PERIOD)!;
    expect(published.report).toEqual({ ...qualityReport(quality(sefton), PERIOD), withheld: false });
    expect(published.audits.map((cell) => cell.count)).toEqual([2, 16, 6, 20, 4]);
    expect(published.withheld).toEqual({ primary: 0, secondary: 0 });
  });
});

describe('publishQuality with disclosure control on', () => {
  it('publishes no count from 1 to 5 anywhere in Sefton\'s quarter, and says that some are withheld', () => {
    const published = publishQuality(quality(sefton), [PERIOD], RULE).get(PERIOD)!;
    expect(counts(published.report).filter(isSmall)).toEqual([]);
    // The audits CSV: the 2 moved down from good and the 4 inadequate not moderated are withheld.
    expect(published.audits.map((cell) => cell.count).filter(isSmall)).toEqual([]);
    expect(published.audits[0]!.count).toBeNull();
    expect(published.audits[4]!.count).toBeNull();
    expect(published.report.withheld).toBe(true);
    expect(published.withheld.primary).toBeGreaterThan(0);
  });

  it('withholds a second figure when a withheld one could be worked out by subtraction', () => {
    // 3 good of 23: with the total 23 published, the 20 not good would give the 3 away.
    const published = publishQuality(quality([
      row({ auditorGrade: 'good', moderatedGrade: null, count: 3 }),
      row({ auditorGrade: 'ri', moderatedGrade: null, count: 20 }),
    ]), [PERIOD], RULE).get(PERIOD)!;
    expect(published.report.all.headlines[0]!.count).toBeNull();
    expect(published.report.all.headlines[0]!.percent).toBeNull();
    const total = published.report.all.graded;
    const notGood = published.audits[1]!.count;
    expect(total === null || notGood === null).toBe(true);
    expect(published.withheld.secondary).toBeGreaterThan(0);
  });

  it('withholds nothing when every count and every rest is large enough', () => {
    const audits = [row({ auditorGrade: 'good', moderatedGrade: null, count: 20 }), row({ auditorGrade: 'ri', moderatedGrade: null, count: 30 })];
    const published = publishQuality(quality(audits), [PERIOD], RULE).get(PERIOD)!;
    expect(published.report).toEqual({ ...qualityReport(quality(audits), PERIOD), withheld: false });
    expect(published.withheld).toEqual({ primary: 0, secondary: 0 });
  });

  it('shows last quarter\'s figures beside this one\'s as last quarter published them', () => {
    const before = [
      row({ period: '2023-24-Q2', auditorGrade: 'good', moderatedGrade: null, count: 2 }),
      row({ period: '2023-24-Q2', auditorGrade: 'ri', moderatedGrade: null, count: 30 }),
    ];
    const now = [row({ auditorGrade: 'good', moderatedGrade: null, count: 20 }), row({ auditorGrade: 'ri', moderatedGrade: null, count: 30 })];
    const result = publishQuality(quality([...before, ...now]), ['2023-24-Q2', PERIOD], RULE);
    const lastQuarter = result.get('2023-24-Q2')!.report.activities[0]!;
    const previous = result.get(PERIOD)!.report.activities[0]!.previous!;
    expect(lastQuarter.headline.count).toBeNull();
    expect(previous.headline.count).toBeNull();
    expect(previous.graded).toBe(lastQuarter.graded);
    // This quarter's own figures are all published, but the page still explains the withheld figure beside them.
    expect(result.get(PERIOD)!.withheld).toEqual({ primary: 0, secondary: 0 });
    expect(result.get(PERIOD)!.report.withheld).toBe(true);
  });
});

describe('gradedTypes', () => {
  it('names each type of activity graded anywhere in the data', () => {
    expect(gradedTypes(quality([...sefton, ...coventryObservations]))).toEqual(new Set(['audit', 'observation']));
  });
});
