import { describe, expect, it } from 'vitest';
import { benchmarkSourceFiles, publicationFromFileName } from '../../../../src/site/open-data/benchmark-sources.ts';
import type { BenchmarkSource } from '../../../../src/domain/benchmark/types.ts';
import type { DatasetBenchmarks } from '../../../../src/domain/types.ts';
import { makeIndicator } from '../../../support/domain-fixtures.ts';

const source = (indicatorId: string, file: string): BenchmarkSource => ({ indicatorId, file, filter: {}, valueColumn: 'v', numeratorColumn: null, denominatorColumn: null, years: [] });
const AREA = { code: 'E08000026', oldCode: '331', name: 'Coventry', regionCode: 'E12000005', regionName: 'West Midlands', neighbours: [] };

describe('benchmarkSourceFiles: the files the data dictionary names', () => {
  it('lists each file once with its publication and the indicators it gives', () => {
    const benchmarks: DatasetBenchmarks = {
      area: AREA, indicators: [],
      sources: [source('rr', 'c1_referrals_2013_to_2025.csv'), source('cin', 'b1_children_in_need_2013_to_2025.csv'), source('nfa', 'c1_referrals_2013_to_2025.csv')],
      publications: new Map([['c1_referrals_2013_to_2025.csv', 'Children in need, reporting year 2025']]),
    };
    const indicators = [makeIndicator({ id: 'rr', title: 'Re-referrals' }), makeIndicator({ id: 'nfa', title: 'No further action' }), makeIndicator({ id: 'cin', title: 'Children in need' })];
    expect(benchmarkSourceFiles(benchmarks, indicators)).toEqual([
      { path: 'benchmarks/c1_referrals_2013_to_2025.csv', publication: 'Children in need, reporting year 2025', indicators: ['Re-referrals', 'No further action'] },
      { path: 'benchmarks/b1_children_in_need_2013_to_2025.csv', publication: 'B1 children in need 2013 to 2025', indicators: ['Children in need'] },
    ]);
  });

  it('lists none without benchmarks', () => {
    expect(benchmarkSourceFiles(undefined, [])).toEqual([]);
  });

  it('reads a publication from a file name when nothing else names it', () => {
    expect(publicationFromFileName('dfe/c1_children_in_need_referrals_and_rereferrals_2013_to_2025.CSV')).toBe('C1 children in need referrals and rereferrals 2013 to 2025');
  });
});
