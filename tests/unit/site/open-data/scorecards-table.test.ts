// scorecards.csv: the rows written by scorecardsTable and the columns of scorecard-columns.ts must be the same set.
import { describe, expect, it } from 'vitest';
import { buildScorecard } from '../../../../src/domain/scorecard.ts';
import { toCsv } from '../../../../src/escape/csv.ts';
import { scorecardsTable } from '../../../../src/site/api.ts';
import { comparatorColumns, scorecardsTableDefinition } from '../../../../src/site/open-data/scorecard-columns.ts';
import { indexDataset } from '../../../../src/domain/dataset-index.ts';
import { makeDataset, makeIndicator, makeSite, quarterValue } from '../../../support/domain-fixtures.ts';
import { scorecardIndex } from '../../../support/scorecard-fixture.ts';
import { makeBenchmark } from '../../../support/benchmark-fixtures.ts';

const scorecards = scorecardIndex.periods.map((period) => buildScorecard(scorecardIndex, period));
const definition = scorecardsTableDefinition(scorecardIndex.site.comparators);
const names = definition.columns.map((column) => column.name);

describe('scorecardsTable', () => {
  it('writes exactly the defined columns in every row, comparators included', () => {
    const rows = scorecardsTable(scorecards);
    expect(rows).toHaveLength(scorecardIndex.periods.length * scorecardIndex.indicators.length);
    for (const row of rows) expect(Object.keys(row).sort()).toEqual([...names].sort());
    expect(names).toEqual(expect.arrayContaining(['sn_value', 'sn_period', 'sn_judgement', 'england_value', 'england_period', 'england_judgement']));
  });

  it('gives each row its quarter in words and its first and last day', () => {
    const row = scorecardsTable(scorecards).find((r) => r['period'] === '2023-24-Q4')!;
    expect(row).toMatchObject({ period_label: 'Q4 2023/24 (January to March 2024)', period_start: '2024-01-01', period_end: '2024-03-31' });
  });

  it('carries the commentary published with the figure', () => {
    const row = scorecardsTable(scorecards).find((r) => r['period'] === '2023-24-Q2' && r['indicator_id'] === 'assessments')!;
    expect(row['commentary']).toBe('Back on track.');
  });

  it('gives the same quarter a year earlier and the direction since, with c for a withheld figure', () => {
    const row = scorecardsTable(scorecards).find((r) => r['period'] === '2024-25-Q1' && r['indicator_id'] === 'referrals')!;
    expect(row).toMatchObject({ value: 510, value_year_earlier: 500, direction_year_earlier: 'up' });
    const placed = makeIndicator({ id: 'placed', unit: 'count', polarity: 'neutral' });
    const withheld = indexDataset(
      makeDataset({
        site: makeSite({ disclosure: { minimumCount: 6 } }),
        indicators: [placed],
        periods: ['2023-24-Q1', '2024-25-Q1'],
        values: [quarterValue('placed', '2023-24-Q1', 3), quarterValue('placed', '2024-25-Q1', 20)],
      }),
    );
    const [later] = scorecardsTable([buildScorecard(withheld, '2024-25-Q1')]);
    expect(later).toMatchObject({ value: 20, value_year_earlier: 'c', direction_year_earlier: 'not_applicable' });
  });

  it('marks a figure revised only when the revisions seam says so', () => {
    expect(scorecardsTable(scorecards).every((row) => row['revised'] === false)).toBe(true);
    const rows = scorecardsTable(scorecards, { revised: (id, period) => id === 'referrals' && period === '2023-24-Q2' });
    expect(rows.filter((row) => row['revised'] === true).map((row) => [row['indicator_id'], row['period']])).toEqual([['referrals', '2023-24-Q2']]);
  });

  it('writes a CSV whose header is the column names in order, even with no rows', () => {
    const csv = toCsv(scorecardsTable(scorecards), names);
    expect(csv.slice(1, csv.indexOf('\r\n'))).toBe(names.join(','));
    expect(toCsv([], names)).toBe(`\uFEFF${names.join(',')}\r\n`);
  });
});

describe('benchmark columns (issue 18)', () => {
  it('are in every row, after the comparators, when the site has benchmarks; blank for an indicator without one', () => {
    const withBenchmarks = scorecardsTableDefinition(scorecardIndex.site.comparators, true).columns.map((c) => c.name);
    expect(withBenchmarks.slice(0, names.length)).toEqual(names);
    const rows = scorecardsTable(scorecards, { benchmarks: new Map([['referrals', makeBenchmark('referrals')]]) });
    for (const row of rows) expect(Object.keys(row).sort()).toEqual([...withBenchmarks].sort());
    const referrals = rows.find((r) => r['period'] === '2024-25-Q1' && r['indicator_id'] === 'referrals')!;
    expect(referrals).toMatchObject({ benchmark_period: '2023-24-Q4', benchmark_rank: 80, benchmark_quartile: 'C' });
    const other = rows.find((r) => r['period'] === '2024-25-Q1' && r['indicator_id'] === 'assessments')!;
    expect(other['benchmark_period']).toBeNull();
  });

  it('are not there at all without benchmarks', () => {
    expect(names.some((name) => name.startsWith('benchmark'))).toBe(false);
    expect(scorecardsTable(scorecards, { benchmarks: new Map() }).every((row) => !('benchmark_period' in row))).toBe(true);
  });
});

describe('comparator columns', () => {
  it('are named after the comparator id and described with its label', () => {
    const columns = comparatorColumns({ id: 'north_west', label: 'North West' });
    expect(columns.map((c) => c.name)).toEqual(['north_west_value', 'north_west_period', 'north_west_judgement']);
    for (const column of columns) expect(`${column.title} ${column.description}`).toContain('North West');
  });

  it('follow site.json: one set per comparator, after the fixed columns', () => {
    const one = scorecardsTableDefinition([{ id: 'england', label: 'England' }]).columns.map((c) => c.name);
    expect(one.slice(-3)).toEqual(['england_value', 'england_period', 'england_judgement']);
    expect(names.length - one.length).toBe(3);
  });
});
