import { describe, expect, it } from 'vitest';
import { COMPARATORS_SPEC } from '../../../../src/load/comparators.ts';
import { parseCsv } from '../../../../src/load/csv.ts';
import type { ValidationIssue } from '../../../../src/load/issue.ts';
import { checkComparatorConflicts } from '../../../../src/load/benchmarks/conflicts.ts';
import type { BenchmarkSource } from '../../../../src/domain/benchmark/types.ts';

const SOURCE: BenchmarkSource = {
  indicatorId: 'rereferrals', file: 'c1.csv', filter: {}, valueColumn: 'rereferral_percent', numeratorColumn: null, denominatorColumn: null,
  years: [{ period: '2024-25-Q4', england: null, regions: [], councils: [] }],
};

function check(...rows: string[]) {
  const issues: ValidationIssue[] = [];
  const table = parseCsv(['indicator_id,comparator,period,value', ...rows, ''].join('\n'), 'comparators.csv', COMPARATORS_SPEC, issues)!;
  checkComparatorConflicts(table, [SOURCE], new Map([['rereferrals', 3]]), new Set(['england', 'region', 'stat_neighbours', 'north_west']), issues);
  return issues;
}

describe('checkComparatorConflicts', () => {
  it('refuses a comparators.csv figure for an indicator, comparator and year a benchmark file gives', () => {
    expect(check('rereferrals,england,2024-25-Q4,22.6')).toEqual([{
      file: 'comparators.csv', line: 2, column: 'C (period)',
      message: expect.stringMatching(/"england" figure for "rereferrals" in 2024-25-Q4 comes from benchmarks\/c1.csv \(benchmarks.csv, line 3\).*Delete this row/),
    }]);
  });

  it('lets other years, indicators and comparators be typed in', () => {
    expect(check('rereferrals,england,2023-24-Q4,22', 'rereferrals,north_west,2024-25-Q4,20', 'other,region,2024-25-Q4,1')).toEqual([]);
  });
});
