import { describe, expect, it } from 'vitest';
import { scorecardRow } from '../../../src/domain/scorecard.ts';
import { indicatorSeries } from '../../../src/domain/series.ts';
import { assessments, scorecardIndex as index } from '../../support/scorecard-fixture.ts';

describe('indicatorSeries', () => {
  const series = indicatorSeries(index, 'assessments');

  it('has one point per period with a file, oldest first', () => {
    expect(series.map((p) => p.period)).toEqual(['2023-24-Q1', '2023-24-Q2', '2023-24-Q4', '2024-25-Q1']);
    expect(series.map((p) => p.value)).toEqual([80, 86, 70, null]);
    expect(series.map((p) => p.rag)).toEqual(['amber', 'green', 'red', 'no_data']);
    expect(series.map((p) => p.direction)).toEqual(['not_applicable', 'improving', 'not_applicable', 'not_applicable']);
  });

  it('matches the scorecard row for the same quarter, without the indicator, previous quarter or SPC reading', () => {
    const { indicator: _indicator, previous: _previous, spc: _spc, ...expected } = scorecardRow(index, assessments, '2023-24-Q2');
    expect(series[1]).toEqual(expected);
    expect(series[1]).not.toHaveProperty('indicator');
    expect(series[1]).not.toHaveProperty('previous');
    expect(series[1]).not.toHaveProperty('spc');
    expect(series[1]?.comparators.map((c) => c.id)).toEqual(['sn', 'england']);
  });

  it('refuses an unknown indicator', () => {
    expect(() => indicatorSeries(index, 'missing')).toThrow(/Unknown indicator/);
  });
});
