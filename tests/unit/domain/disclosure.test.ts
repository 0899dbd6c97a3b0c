import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/domain/dataset-index.ts';
import { isSmallCount, primaryReason, suppressions } from '../../../src/domain/disclosure.ts';
import { buildScorecard } from '../../../src/domain/scorecard.ts';
import { headlines } from '../../../src/domain/headlines.ts';
import { ragAtFromIndex } from '../../../src/domain/red-run.ts';
import { makeDataset, makeIndicator, makeSite, quarterValue, targetRow } from '../../support/domain-fixtures.ts';

const RULE = { minimumCount: 6 };
const count = (id: string, partOf: string | null = null) => makeIndicator({ id, title: id, unit: 'count', polarity: 'neutral', partOf });
const percent = makeIndicator({ id: 'leavers-eet', unit: 'percent' });
const rate = makeIndicator({ id: 'cp-rate', unit: 'rate_per_10000', polarity: 'neutral' });
const Q1 = '2025-26-Q1';
const Q2 = '2025-26-Q2';

describe('isSmallCount', () => {
  it('is 1 to minimum - 1; 0 is a true zero and is published', () => {
    expect([0, 1, 5, 6, null].map((n) => isSmallCount(n, RULE))).toEqual([false, true, true, false, false]);
  });
});

describe('primaryReason', () => {
  it('suppresses a count from 1 to 5, not 0 or 6', () => {
    expect(primaryReason(count('c'), quarterValue('c', Q1, 3), RULE)).toBe('the count is 3, fewer than 6');
    expect(primaryReason(count('c'), quarterValue('c', Q1, 0), RULE)).toBeNull();
    expect(primaryReason(count('c'), quarterValue('c', Q1, 6), RULE)).toBeNull();
  });

  it('suppresses a percentage whose numerator, denominator or the rest is small (4 of 9 care leavers)', () => {
    const of = (n: number, d: number) => primaryReason(percent, quarterValue(percent.id, Q1, (n / d) * 100, { numerator: n, denominator: d }), RULE);
    expect(of(4, 9)).toMatch(/numerator is 4/);
    expect(of(0, 4)).toMatch(/denominator is 4/);
    expect(of(45, 48)).toMatch(/denominator minus the numerator is 3/);
    expect(of(48, 48)).toBeNull();
    expect(of(0, 48)).toBeNull();
    expect(of(38, 48)).toBeNull();
  });

  it('applies to rates per 10,000 too; a days or number figure with no counts given is not a count', () => {
    expect(primaryReason(rate, quarterValue(rate.id, Q1, 1.7, { numerator: 5, denominator: 29_800 }), RULE)).toMatch(/numerator is 5/);
    expect(primaryReason(makeIndicator({ unit: 'days' }), quarterValue('x', Q1, 3), RULE)).toBeNull();
  });

  it('protects the children an average is over, whatever its unit (an average of 412 days over 3 children)', () => {
    const days = makeIndicator({ id: 'adoption-days', unit: 'days' });
    expect(primaryReason(days, quarterValue(days.id, Q1, 412, { numerator: 1236, denominator: 3 }), RULE)).toBe('the denominator is 3, fewer than 6');
    // Total days are not people: a small total over many children is published.
    expect(primaryReason(days, quarterValue(days.id, Q1, 0.5, { numerator: 4, denominator: 8 }), RULE)).toBeNull();
    const caseload = makeIndicator({ id: 'caseload', unit: 'number' });
    expect(primaryReason(caseload, quarterValue(caseload.id, Q1, 1.5, { numerator: 3, denominator: 2 }), RULE)).toMatch(/numerator is 3/);
  });

  it('follows counts_of_people in indicators.csv where the default for the unit is wrong', () => {
    const staff = makeIndicator({ id: 'vacancies', unit: 'percent', countsOfPeople: 'none' });
    expect(primaryReason(staff, quarterValue(staff.id, Q1, 40, { numerator: 2, denominator: 5 }), RULE)).toBeNull();
    const children = makeIndicator({ id: 'days-numerator', unit: 'days', countsOfPeople: 'both' });
    expect(primaryReason(children, quarterValue(children.id, Q1, 1, { numerator: 4, denominator: 8 }), RULE)).toMatch(/numerator is 4/);
  });
});

describe('suppressions: secondary suppression where parts add up to a total', () => {
  const indicators = [count('cic'), count('near', 'cic'), count('far', 'cic'), count('unknown', 'cic')];
  const quarter = (cic: number, near: number, far: number, unknown: number) =>
    [quarterValue('cic', Q1, cic), quarterValue('near', Q1, near), quarterValue('far', Q1, far), quarterValue('unknown', Q1, unknown)];

  it('hides the next smallest part when one part alone is hidden (3 placed at distance)', () => {
    expect(suppressions(indicators, quarter(60, 45, 3, 12), RULE)).toEqual([
      { indicatorId: 'far', period: Q1, kind: 'primary', reason: 'the count is 3, fewer than 6' },
      { indicatorId: 'unknown', period: Q1, kind: 'secondary', reason: 'so that "far" cannot be worked out from "cic" and its parts' },
    ]);
  });

  it('needs nothing more when two parts are already hidden', () => {
    expect(suppressions(indicators, quarter(60, 52, 3, 5), RULE).map((s) => [s.indicatorId, s.kind])).toEqual([['far', 'primary'], ['unknown', 'primary']]);
  });

  it('does not take a true zero as the second hidden part when a non-zero one is left', () => {
    expect(suppressions(indicators, quarter(60, 57, 3, 0), RULE).map((s) => s.indicatorId)).toEqual(['near', 'far']);
  });

  it('hides the total when the only other parts are zero', () => {
    const two = [count('cic'), count('near', 'cic'), count('far', 'cic')];
    expect(suppressions(two, [quarterValue('cic', Q1, 3), quarterValue('near', Q1, 0), quarterValue('far', Q1, 3)], RULE).map((s) => [s.indicatorId, s.kind]))
      .toEqual([['cic', 'primary'], ['far', 'primary']]);
  });

  it('carries on up a chain of totals until every sum with a hidden figure has two', () => {
    const chain = [count('all'), count('cic', 'all'), count('other', 'all'), count('near', 'cic'), count('far', 'cic')];
    const values = [quarterValue('all', Q1, 100), quarterValue('cic', Q1, 60), quarterValue('other', Q1, 40), quarterValue('near', Q1, 57), quarterValue('far', Q1, 3)];
    // far alone in cic = near + far: near goes; cic is published, so "all" is untouched.
    expect(suppressions(chain, values, RULE).map((s) => s.indicatorId)).toEqual(['near', 'far']);
    // Now the total cic is hidden itself (4): it is alone in all = cic + other, so other goes too.
    const small = [quarterValue('all', Q1, 44), quarterValue('cic', Q1, 4), quarterValue('other', Q1, 40), quarterValue('near', Q1, 0), quarterValue('far', Q1, 4)];
    expect(suppressions(chain, small, RULE).map((s) => [s.indicatorId, s.kind])).toEqual([['cic', 'primary'], ['other', 'secondary'], ['far', 'primary']]);
  });

  it('keeps each quarter separate', () => {
    const values = [...quarter(60, 45, 3, 12), quarterValue('cic', Q2, 60), quarterValue('near', Q2, 40), quarterValue('far', Q2, 8), quarterValue('unknown', Q2, 12)];
    expect(suppressions(indicators, values, RULE).every((s) => s.period === Q1)).toBe(true);
  });
});

describe('a suppressed figure in the scorecard', () => {
  const placements = count('placed-far');
  const dataset = (disclosure: { minimumCount: number } | null) => makeDataset({
    site: makeSite({ disclosure }),
    indicators: [placements, percent],
    periods: [Q1, Q2],
    targets: [targetRow(Q1, 5, { indicatorId: 'placed-far', operator: '<=' }), targetRow(Q1, 60, { indicatorId: percent.id })],
    values: [
      quarterValue('placed-far', Q1, 9, { commentary: 'Nine children.' }),
      quarterValue('placed-far', Q2, 3, { commentary: 'Three children placed at distance.' }),
      quarterValue(percent.id, Q1, 44.4, { numerator: 4, denominator: 9 }),
      quarterValue(percent.id, Q2, 60, { numerator: 30, denominator: 50 }),
    ],
  });

  it('without disclosure control, publishes every figure as before', () => {
    const row = buildScorecard(indexDataset(dataset(null)), Q2).rows[0]!;
    expect(row).toMatchObject({ value: 3, suppressed: false, rag: 'green', direction: 'down' });
  });

  it('withholds the value, its rating, direction, comparisons and commentary', () => {
    const index = indexDataset(dataset(RULE));
    const row = buildScorecard(index, Q2).rows[0]!;
    expect(row).toMatchObject({
      value: null, numerator: null, denominator: null, interval: null, commentary: '', suppressed: true,
      rag: 'no_data', direction: 'not_applicable', previous: { value: 9 },
    });
    expect(row.comparators.every((c) => c.judgement === 'not_applicable')).toBe(true);
    expect(index.suppressions.map((s) => [s.indicatorId, s.period])).toEqual([[percent.id, Q1], ['placed-far', Q2]]);
  });

  it('does not use a suppressed figure as the next quarter\'s "previous", so no change reveals it', () => {
    const row = buildScorecard(indexDataset(dataset(RULE)), Q2).rows[1]!;
    expect(row).toMatchObject({ value: 60, suppressed: false, previous: { value: null, rag: 'no_data', suppressed: true }, direction: 'not_applicable' });
  });

  it('names a suppressed figure in no headline, not even as "no figure"', () => {
    const index = indexDataset(dataset(RULE));
    const text = JSON.stringify(headlines(buildScorecard(index, Q2), ragAtFromIndex(index)));
    expect(text).not.toMatch(/placed-far/);
  });
});
