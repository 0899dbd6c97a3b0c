import { describe, expect, it } from 'vitest';
import { BENCHMARK_COLUMNS, benchmarkCells, benchmarkJson } from '../../../../src/site/open-data/benchmark-columns.ts';
import { standingYear, makeBenchmark } from '../../../support/benchmark-fixtures.ts';

describe('benchmarkJson', () => {
  it('gives the year\'s standing as the API\'s benchmark', () => {
    expect(benchmarkJson(standingYear('2024-25-Q4'))).toEqual({
      period: '2024-25-Q4', value: 18.5, england: 22.6, region: 19.5, stat_neighbours: { value: 20.21, of: 10 }, rank: 55, of: 153, quartile: 'B', funnel: 'below 99.8%',
    });
  });

  it('gives null for what was not published', () => {
    const json = benchmarkJson(standingYear('2024-25-Q4', { council: null, rank: null, quartile: null, funnel: null, region: null, england: null }));
    expect(json).toMatchObject({ value: null, england: null, region: null, rank: null, quartile: null, funnel: null });
  });
});

describe('benchmarkCells', () => {
  it('gives a row the latest year at or before its quarter, in the columns\' order', () => {
    const cells = benchmarkCells(makeBenchmark('rr'), '2025-26-Q2');
    expect(Object.keys(cells)).toEqual(BENCHMARK_COLUMNS.map((c) => c.name));
    expect(cells).toMatchObject({ benchmark_period: '2024-25-Q4', benchmark_stat_neighbours: 20.21, benchmark_stat_neighbours_of: 10, benchmark_rank: 55, benchmark_of: 153, benchmark_quartile: 'B', benchmark_funnel: 'below 99.8%' });
    expect(benchmarkCells(makeBenchmark('rr'), '2024-25-Q3')).toMatchObject({ benchmark_period: '2023-24-Q4', benchmark_rank: 80, benchmark_funnel: null });
  });

  it('is blank before the first year and for an indicator without a benchmark', () => {
    expect(Object.values(benchmarkCells(makeBenchmark('rr'), '2022-23-Q1')).every((v) => v === null)).toBe(true);
    expect(Object.values(benchmarkCells(undefined, '2025-26-Q1')).every((v) => v === null)).toBe(true);
  });
});
