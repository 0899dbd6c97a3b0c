import { describe, expect, it } from 'vitest';
import { buildScorecard, groupByTheme, scorecardRow, summarise } from '../../../src/domain/scorecard.ts';
import { indexDataset } from '../../../src/domain/dataset-index.ts';
import { makeDataset, makeIndicator, makeSite, quarterValue } from '../../support/domain-fixtures.ts';
import { assessments, referrals, reReferrals, scorecardIndex as index } from '../../support/scorecard-fixture.ts';

describe('scorecardRow', () => {
  it('brings together value, counts, interval, target, RAG, previous quarter, direction and comparators', () => {
    const result = scorecardRow(index, assessments, '2023-24-Q2');
    expect(result).toMatchObject({
      indicator: assessments,
      period: '2023-24-Q2',
      value: 86,
      numerator: 43,
      denominator: 50,
      commentary: 'Back on track.',
      target: { value: 85, operator: '>=', amber: 5, from: '2023-24-Q1' },
      rag: 'green',
      previous: { period: '2023-24-Q1', value: 80, rag: 'amber' },
      direction: 'improving',
    });
    expect(result.interval?.lower).toBeCloseTo(73.814, 3);
    expect(result.interval?.upper).toBeCloseTo(93.049, 3);
  });

  it('lists every site comparator in site.json order, with the figure used and its period', () => {
    expect(scorecardRow(index, assessments, '2023-24-Q2').comparators).toEqual([
      { id: 'sn', label: 'Statistical neighbours', value: null, period: null, judgement: 'not_applicable' },
      // 84 lies inside our 73.8%..93.0% interval.
      { id: 'england', label: 'England', value: 84, period: '2022-23-Q4', judgement: 'similar' },
    ]);
    expect(scorecardRow(index, referrals, '2023-24-Q2').comparators.map((c) => c.judgement)).toEqual(['lower', 'higher']);
  });

  it('uses the latest comparator figure for later quarters', () => {
    const england = scorecardRow(index, assessments, '2023-24-Q4').comparators[1];
    expect(england).toMatchObject({ value: 95, period: '2023-24-Q4', judgement: 'worse' });
  });

  it('compares with the immediately preceding quarter, even when it has no file', () => {
    const result = scorecardRow(index, assessments, '2023-24-Q4');
    expect(result.previous).toEqual({ period: '2023-24-Q3', value: null, rag: 'no_data', suppressed: false });
    expect(result.direction).toBe('not_applicable');
    expect(result.rag).toBe('red');
  });

  it('handles a blank value and a missing row as no data, with no interval or commentary', () => {
    const blank = scorecardRow(index, referrals, '2023-24-Q4');
    expect(blank).toMatchObject({ value: null, rag: 'no_data', direction: 'not_applicable', interval: null });
    const missing = scorecardRow(index, assessments, '2024-25-Q1');
    expect(missing).toMatchObject({ value: null, numerator: null, denominator: null, commentary: '', rag: 'no_data' });
    expect(missing.comparators.every((c) => c.judgement === 'not_applicable')).toBe(true);
    // A blank previous value stops direction of travel too.
    expect(scorecardRow(index, referrals, '2024-25-Q1')).toMatchObject({ value: 510, direction: 'not_applicable', previous: { value: null } });
  });

  it('gives neutral indicators up/down and no target', () => {
    expect(scorecardRow(index, referrals, '2023-24-Q2')).toMatchObject({ direction: 'up', rag: 'no_target', target: null });
  });
});

describe('scorecardRow: the same quarter a year earlier', () => {
  const timely = makeIndicator({ id: 'timely' });
  const waiting = makeIndicator({ id: 'waiting', unit: 'count', polarity: 'lower_is_better' });
  const contacts = makeIndicator({ id: 'contacts', unit: 'count', polarity: 'neutral' });
  const yearly = (disclosure: { minimumCount: number } | null) =>
    indexDataset(
      makeDataset({
        site: makeSite({ disclosure }),
        indicators: [timely, waiting, contacts],
        periods: ['2023-24-Q2', '2024-25-Q1', '2024-25-Q2'],
        values: [
          quarterValue('timely', '2023-24-Q2', 80),
          quarterValue('waiting', '2023-24-Q2', 3),
          quarterValue('contacts', '2023-24-Q2', 40),
          quarterValue('timely', '2024-25-Q1', 70),
          quarterValue('waiting', '2024-25-Q1', 12),
          quarterValue('contacts', '2024-25-Q1', 40),
          quarterValue('timely', '2024-25-Q2', 75),
          quarterValue('waiting', '2024-25-Q2', 9),
          quarterValue('contacts', '2024-25-Q2', 40),
        ],
      }),
    );

  it('compares with the same quarter last year, not the quarter before, each way round for its polarity', () => {
    const open = yearly(null);
    // 75 against 80 a year ago is worse, though it is better than 70 last quarter: seasonality shows here.
    expect(scorecardRow(open, timely, '2024-25-Q2')).toMatchObject({
      direction: 'improving',
      yearEarlier: { period: '2023-24-Q2', value: 80, suppressed: false, direction: 'worsening' },
    });
    // Lower is better: 9 against 3 a year ago is worse.
    expect(scorecardRow(open, waiting, '2024-25-Q2').yearEarlier).toMatchObject({ value: 3, direction: 'worsening' });
    expect(scorecardRow(open, contacts, '2024-25-Q2').yearEarlier).toMatchObject({ value: 40, direction: 'no_change' });
  });

  it('has no value and no direction when the quarter a year earlier has no file', () => {
    expect(scorecardRow(yearly(null), timely, '2024-25-Q1').yearEarlier).toEqual({
      period: '2023-24-Q1',
      value: null,
      suppressed: false,
      direction: 'not_applicable',
    });
    // The fixture with a blank and a missing value: a neutral indicator only goes up or down.
    expect(scorecardRow(index, referrals, '2024-25-Q1').yearEarlier).toMatchObject({ period: '2023-24-Q1', value: 500, direction: 'up' });
    expect(scorecardRow(index, assessments, '2024-25-Q1').yearEarlier).toMatchObject({ value: 80, direction: 'not_applicable' });
  });

  it('withholds a year-earlier figure that disclosure control suppresses, and any direction that would reveal it', () => {
    const row = scorecardRow(yearly({ minimumCount: 6 }), waiting, '2024-25-Q2');
    expect(row.suppressed).toBe(false);
    expect(row.yearEarlier).toEqual({ period: '2023-24-Q2', value: null, suppressed: true, direction: 'not_applicable' });
  });
});

describe('buildScorecard', () => {
  const q2 = buildScorecard(index, '2023-24-Q2');

  it('keeps indicators.csv order and groups themes by first appearance', () => {
    expect(q2.rows.map((r) => r.indicator.id)).toEqual(['assessments', 'referrals', 're-referrals']);
    expect(q2.themes.map((t) => [t.theme, t.rows.map((r) => r.indicator.id)])).toEqual([
      ['Assessment', ['assessments', 're-referrals']],
      ['Front door', ['referrals']],
    ]);
  });

  it('links to the neighbouring periods that have files, skipping gaps', () => {
    expect([q2.previousPeriod, q2.nextPeriod]).toEqual(['2023-24-Q1', '2023-24-Q4']);
    const q4 = buildScorecard(index, '2023-24-Q4');
    expect([q4.previousPeriod, q4.nextPeriod]).toEqual(['2023-24-Q2', '2024-25-Q1']);
    expect(buildScorecard(index, '2023-24-Q1').previousPeriod).toBeNull();
    expect(buildScorecard(index, '2024-25-Q1').nextPeriod).toBeNull();
  });

  it('counts RAG and direction, with every status present', () => {
    expect(q2.summary.rag).toEqual({ green: 1, amber: 0, red: 1, no_target: 1, no_data: 0 });
    expect(q2.summary.direction).toEqual({ improving: 1, worsening: 1, up: 1, down: 0, no_change: 0, not_applicable: 0 });
  });

  it('lists RAG changes from last quarter in indicator order', () => {
    expect(q2.summary.changes).toEqual([
      { indicator: assessments, from: 'amber', to: 'green' },
      { indicator: reReferrals, from: 'green', to: 'red' },
    ]);
  });

  it('refuses a period without a quarter file', () => {
    expect(() => buildScorecard(index, '2023-24-Q3')).toThrow(/no quarter file/);
  });
});

describe('summarise', () => {
  it('leaves out changes to or from no data and no target', () => {
    const red = scorecardRow(index, assessments, '2023-24-Q4');
    const toNoData = { ...red, rag: 'no_data' as const, previous: { ...red.previous, rag: 'red' as const } };
    const fromNoTarget = { ...red, rag: 'green' as const, previous: { ...red.previous, rag: 'no_target' as const } };
    const toNoTarget = { ...red, rag: 'no_target' as const, previous: { ...red.previous, rag: 'amber' as const } };
    const unchanged = { ...red, rag: 'amber' as const, previous: { ...red.previous, rag: 'amber' as const } };
    const real = { ...red, rag: 'red' as const, previous: { ...red.previous, rag: 'amber' as const } };
    expect(summarise([toNoData, fromNoTarget, toNoTarget, unchanged, real]).changes).toEqual([
      { indicator: assessments, from: 'amber', to: 'red' },
    ]);
  });

  it('counts zero for an empty scorecard', () => {
    const empty = summarise([]);
    expect(Object.values(empty.rag).every((n) => n === 0)).toBe(true);
    expect(Object.keys(empty.direction)).toHaveLength(6);
    expect(empty.changes).toEqual([]);
  });
});

describe('groupByTheme', () => {
  it('returns no groups for no rows', () => {
    expect(groupByTheme([])).toEqual([]);
  });
});
