// The columns of scorecards.csv as its metadata and the data dictionary describe them: which column holds what,
// which may hold the symbol c, and the three columns each comparison area adds.
import { describe, expect, it } from 'vitest';
import { buildScorecard } from '../../../../src/domain/scorecard.ts';
import { indexDataset } from '../../../../src/domain/dataset-index.ts';
import { scorecardsTable } from '../../../../src/site/api.ts';
import { nullTokens } from '../../../../src/site/open-data/columns.ts';
import { comparatorColumns, SCORECARD_FIXED_COLUMNS, scorecardsTableDefinition } from '../../../../src/site/open-data/scorecard-columns.ts';
import { makeDataset, makeIndicator, makeSite, quarterValue } from '../../../support/domain-fixtures.ts';

describe('scorecardsTableDefinition', () => {
  it('names one row by its quarter and indicator, and starts with the quarter\'s columns', () => {
    const definition = scorecardsTableDefinition([]);
    expect(definition.primaryKey).toEqual(['period', 'indicator_id']);
    expect(definition.columns.slice(0, 5).map((column) => column.name)).toEqual(['period', 'period_label', 'period_start', 'period_end', 'indicator_id']);
  });

  it('adds three columns for each comparison area, in site.json\'s order, after the fixed ones', () => {
    const comparators = [{ id: 'sn', label: 'Statistical neighbours' }, { id: 'england', label: 'England' }];
    const names = scorecardsTableDefinition(comparators).columns.map((column) => column.name);
    expect(names.slice(SCORECARD_FIXED_COLUMNS.length)).toEqual(['sn_value', 'sn_period', 'sn_judgement', 'england_value', 'england_period', 'england_judgement']);
    expect(scorecardsTableDefinition(comparators).description).toContain('comparisons with other areas');
    expect(scorecardsTableDefinition([]).description).not.toContain('comparisons');
  });

  it('lets exactly the columns a withheld figure fills with c hold c', () => {
    const indicator = makeIndicator({ id: 'placed', unit: 'count', polarity: 'neutral' });
    const index = indexDataset(makeDataset({
      site: makeSite({ disclosure: { minimumCount: 6 } }),
      indicators: [indicator],
      periods: ['2023-24-Q1', '2024-25-Q1'],
      values: [quarterValue('placed', '2023-24-Q1', 3, { numerator: 3, denominator: 40 }), quarterValue('placed', '2024-25-Q1', 4, { numerator: 4, denominator: 40 })],
    }));
    const rows = scorecardsTable(index.periods.map((period) => buildScorecard(index, period)));
    const holdingC = new Set(rows.flatMap((row) => Object.entries(row).filter(([, value]) => value === 'c').map(([name]) => name)));
    expect([...holdingC].sort()).toEqual(['value', 'value_year_earlier']);
    const suppressible = SCORECARD_FIXED_COLUMNS.filter((column) => nullTokens(column).includes('c')).map((column) => column.name);
    for (const name of holdingC) expect(suppressible).toContain(name);
    expect(suppressible.sort()).toEqual(['denominator', 'numerator', 'value', 'value_year_earlier']);
  });

  it('lists every RAG rating and direction a row can hold', () => {
    const rag = SCORECARD_FIXED_COLUMNS.find((column) => column.name === 'rag')!;
    expect(rag.values).toEqual(['green', 'amber', 'red', 'no_target', 'no_data']);
    const direction = SCORECARD_FIXED_COLUMNS.find((column) => column.name === 'direction')!;
    expect([...direction.values].sort()).toEqual(['down', 'improving', 'no_change', 'not_applicable', 'up', 'worsening']);
  });
});

describe('comparatorColumns', () => {
  it('names the area\'s columns after its id and describes them by its name', () => {
    const columns = comparatorColumns({ id: 'north_west', label: 'North West' });
    expect(columns.map((column) => column.name)).toEqual(['north_west_value', 'north_west_period', 'north_west_judgement']);
    expect(columns.map((column) => column.title)).toEqual(['North West value', 'North West period', 'Compared with North West']);
    expect(columns[0]!.description).toContain("North West's latest published figure");
  });

  it('lists every judgement a comparison can give, and is never blank there', () => {
    const judgement = comparatorColumns({ id: 'england', label: 'England' })[2]!;
    expect([...judgement.values!].sort()).toEqual(['better', 'higher', 'lower', 'not_applicable', 'similar', 'worse']);
    expect(judgement.blank).toBe(false);
  });
});
