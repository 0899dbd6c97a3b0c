import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../src/load/csv.ts';
import type { ValidationIssue } from '../../../../src/load/issue.ts';
import { BENCHMARKS_SPEC, readBenchmarkMappings } from '../../../../src/load/benchmarks/mapping.ts';

const HEADER = 'indicator_id,file,filter,value_column,numerator_column,denominator_column';
const C1 = 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv';

function read(...rows: string[]) {
  const issues: ValidationIssue[] = [];
  const table = parseCsv([HEADER, ...rows, ''].join('\n'), 'benchmarks.csv', BENCHMARKS_SPEC, issues)!;
  const mappings = readBenchmarkMappings(table, new Set(['rereferrals', 'nfa', 'cin']), new Map(), issues);
  return { mappings, issues };
}

describe('readBenchmarkMappings: benchmarks.csv', () => {
  it('reads each indicator\'s file, filter, value column and counts', () => {
    const { mappings, issues } = read(
      `rereferrals,${C1},category=Referrals and Re-referrals,rereferral_percent,rereferral_count,referral_count`,
      'cin,b1.csv,,At31_episodes,,',
    );
    expect(issues).toEqual([]);
    expect(mappings).toMatchObject([
      { indicatorId: 'rereferrals', file: C1, filter: { category: 'Referrals and Re-referrals' }, valueColumn: 'rereferral_percent', numeratorColumn: 'rereferral_count', denominatorColumn: 'referral_count', line: 2 },
      { indicatorId: 'cin', file: 'b1.csv', filter: {}, valueColumn: 'at31_episodes', numeratorColumn: null, denominatorColumn: null, line: 3 },
    ]);
  });

  it('refuses an unknown indicator id, suggesting the likely one', () => {
    const { mappings, issues } = read(`rereferral,${C1},,rereferral_percent,,`);
    expect(mappings).toEqual([]);
    expect(issues).toEqual([{ file: 'benchmarks.csv', line: 2, column: 'A (indicator_id)', message: expect.stringMatching(/"rereferral" is not an indicator in indicators.csv. Did you mean "rereferrals"\?/) }]);
  });

  it('refuses a count, which follows the council\'s size and cannot be ranked or set beside England\'s total', () => {
    const issues: ValidationIssue[] = [];
    const table = parseCsv([HEADER, 'cin,b1.csv,,At31_episodes,,', `rereferrals,${C1},,rereferral_percent,,`, ''].join('\n'), 'benchmarks.csv', BENCHMARKS_SPEC, issues)!;
    const mappings = readBenchmarkMappings(table, new Set(['rereferrals', 'cin']), new Map([['cin', 'count'], ['rereferrals', 'percent']] as const), issues);
    expect(mappings.map((m) => m.indicatorId)).toEqual(['rereferrals']);
    expect(issues).toEqual([{ file: 'benchmarks.csv', line: 2, column: 'A (indicator_id)', message: expect.stringMatching(/"cin" is a count .* depends on the council's size.*Map an indicator that is a rate or a percentage/) }]);
  });

  it('refuses an indicator mapped twice, naming the first line', () => {
    const { issues } = read(`nfa,${C1},,no_further_action_percent,,`, `nfa,${C1},,not_in_need_percent,,`);
    expect(issues).toEqual([{ file: 'benchmarks.csv', line: 3, column: 'A (indicator_id)', message: expect.stringMatching(/"nfa" is already mapped to a benchmark file on line 2.*keep one/) }]);
  });

  it.each([
    ['', /the file is blank/],
    ['../site.json', /not a file name inside the benchmarks folder/],
    ['/etc/c1.csv', /not a file name inside the benchmarks folder/],
    ['c1.xlsx', /is not a CSV file/],
  ])('refuses the file "%s"', (name, message) => {
    const { issues } = read(`nfa,${name},,no_further_action_percent,,`);
    expect(issues).toEqual([{ file: 'benchmarks.csv', line: 2, column: 'B (file)', message: expect.stringMatching(message) }]);
  });

  it('refuses a filter not written column=value', () => {
    const { issues } = read(`nfa,${C1},Referrals and Re-referrals,no_further_action_percent,,`);
    expect(issues).toEqual([{ file: 'benchmarks.csv', line: 2, column: 'C (filter)', message: expect.stringMatching(/not written column=value/) }]);
  });

  it('refuses a blank value column, and one count without the other', () => {
    expect(read(`nfa,${C1},,,,`).issues).toEqual([{ file: 'benchmarks.csv', line: 2, column: 'D (value_column)', message: expect.stringMatching(/value_column is blank/) }]);
    expect(read(`nfa,${C1},,no_further_action_percent,no_further_action_count,`).issues)
      .toEqual([{ file: 'benchmarks.csv', line: 2, column: 'F (denominator_column)', message: expect.stringMatching(/denominator_column is blank.*give both/) }]);
  });
});
