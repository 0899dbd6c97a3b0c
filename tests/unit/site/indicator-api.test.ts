import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/domain/dataset-index.ts';
import { nextPeriod } from '../../../src/domain/period.ts';
import { indicatorSeries } from '../../../src/domain/series.ts';
import { indicatorJson } from '../../../src/site/indicator-api.ts';
import { makeDataset, makeIndicator, quarterValue, targetRow } from '../../support/domain-fixtures.ts';
import { scorecardIndex, scorecardDataset } from '../../support/scorecard-fixture.ts';
import { makeBenchmark } from '../../support/benchmark-fixtures.ts';

// Re-referrals (lower is better) over 16 quarters: 12 around 22, then 4 around 32 after a change of service.
const reReferrals = makeIndicator({ id: 're-referrals', title: 'Re-referrals within 12 months', polarity: 'lower_is_better' });
const values = [23, 21, 23, 21, 23, 21, 23, 21, 23, 21, 23, 21, 33, 31, 33, 31];
const periods = values.reduce<string[]>((list) => [...list, list.length === 0 ? '2020-21-Q1' : nextPeriod(list.at(-1)!)], []);
const index = indexDataset(
  makeDataset({
    indicators: [reReferrals],
    periods,
    targets: [targetRow(periods[0]!, 25, { indicatorId: 're-referrals' }), targetRow(periods[13]!, 30, { indicatorId: 're-referrals' })],
    values: values.map((v, i) => quarterValue('re-referrals', periods[i]!, v)),
  }),
);

describe('indicatorJson: benchmark (issue 18)', () => {
  it('gives where the council stands in the latest year, after spc', () => {
    const json = indicatorJson(reReferrals, indicatorSeries(index, 're-referrals'), [], makeBenchmark('re-referrals'));
    expect(Object.keys(json)).toEqual(['id', 'title', 'unit', 'polarity', 'points', 'spc', 'benchmark']);
    expect(json.benchmark).toEqual({
      period: '2024-25-Q4', value: 18.5, england: 22.6, region: 19.5, stat_neighbours: { value: 20.21, of: 10 }, rank: 55, of: 153, quartile: 'B', funnel: 'below 99.8%',
    });
  });

  it('has no benchmark key for an indicator without one', () => {
    expect(indicatorJson(reReferrals, indicatorSeries(index, 're-referrals'), [], undefined)).not.toHaveProperty('benchmark');
  });
});

describe('indicatorJson', () => {
  it('gives every quarter with its value, target and RAG, and SPC from the latest target', () => {
    const json = indicatorJson(reReferrals, indicatorSeries(index, 're-referrals'));
    expect(Object.keys(json)).toEqual(['id', 'title', 'unit', 'polarity', 'points', 'spc']);
    expect(json.points[0]).toEqual({ period: '2020-21-Q1', value: 23, target: 25, rag: 'green' });
    expect(json.points[15]).toEqual({ period: periods[15], value: 31, target: 30, rag: 'red' });
    // Mean 392/16 = 24.5. Moving ranges: fourteen of 2 and one of 12, mean 40/15; 12 is more than 3.267 times
    // that (≈ 8.7), so screening drops it: mean moving range 2, limits 24.5 ± 5.32.
    expect(json.spc!.mean).toBe(24.5);
    expect(json.spc!.upper_limit).toBeCloseTo(29.82, 10);
    expect(json.spc!.lower_limit).toBeCloseTo(19.18, 10);
    // The latest target (30) is above the upper limit, which for lower-is-better means it is met every time: the
    // reference method's assurance, published as it is, though the latest quarter (31) is red.
    expect(json.spc!.assurance).toBe('consistent_pass');
    // The limits are out of date: the latest 4 values are outside them, so the process has changed.
    expect(json.spc!.process_changed).toBe(true);
    expect(Object.keys(json.spc!)).toEqual(['mean', 'upper_limit', 'lower_limit', 'assurance', 'process_changed', 'points']);
    expect(Object.keys(json.spc!.points[0]!)).toEqual(['period', 'variation', 'rule']);
    // The last 4 quarters are above the upper limit: a concern where lower is better.
    expect(json.spc!.points.slice(12).map((p) => [p.variation, p.rule])).toEqual(Array(4).fill(['concern', 'outside_limits']));
  });

  it('with a rebase, gives the latest segment its limits and every point its own segment’s', () => {
    const json = indicatorJson(reReferrals, indicatorSeries(index, 're-referrals'), [{ period: periods[12]!, reason: 'New front door' }]);
    expect(json.spc!.mean).toBe(32);
    expect(json.spc!.points[0]).toMatchObject({ mean: 22 });
    expect(json.spc!.points[0]!.upper_limit).toBeCloseTo(22 + 5.32, 10);
    expect(json.spc!.points[15]).toMatchObject({ mean: 32, upper_limit: json.spc!.upper_limit, lower_limit: json.spc!.lower_limit });
    // New limits from the change: 33, 31, 33, 31 is common cause around 32, so the process has not changed since.
    expect(json.spc!.process_changed).toBe(false);
  });

  it('gives spc as null with fewer than 12 values', () => {
    const assessments = scorecardDataset.indicators[0]!;
    const json = indicatorJson(assessments, indicatorSeries(scorecardIndex, assessments.id));
    expect(json.points.map((p) => p.value)).toEqual([80, 86, 70, null]);
    expect(json.spc).toBeNull();
  });
});
