import { describe, expect, it } from 'vitest';
import { reconcileWarnings } from '../../../../src/load/benchmarks/reconcile-warnings.ts';
import type { QuarterCells } from '../../../../src/load/quarters.ts';
import { makeIndicator } from '../../../support/domain-fixtures.ts';

const INDICATOR = makeIndicator({ id: 'rereferrals', title: 'Re-referrals within 12 months' });
const THEIRS = { code: 'E08000026', oldCode: '331', name: 'Coventry', value: 18.5, numerator: null, denominator: null, file: 'benchmarks/c1.csv', line: 76 };

describe('reconcileWarnings', () => {
  it('puts the warning on our Q4 cell, with both figures and DfE\'s file and line', () => {
    const cells: QuarterCells = new Map([['2024-25-Q4', new Map([['rereferrals', {
      value: { file: 'quarters/2024-25-Q4.csv', line: 3, column: 'B (value)' }, commentary: { file: 'quarters/2024-25-Q4.csv', line: 3, column: 'E (commentary)' },
    }]])]]);
    expect(reconcileWarnings([{ indicator: INDICATOR, period: '2024-25-Q4', ours: 19.2, theirs: THEIRS }], cells)).toEqual([{
      file: 'quarters/2024-25-Q4.csv', line: 3, column: 'B (value)',
      message: expect.stringMatching(/^Re-referrals within 12 months \(rereferrals\): your figure for Q4 2024\/25 is 19.2, but DfE published 18.5 for Coventry for the year 2024\/25 \(benchmarks\/c1.csv, line 76\)\. They differ by more than rounding/),
    }]);
  });

  it('names the quarter file when the cell is not known', () => {
    expect(reconcileWarnings([{ indicator: INDICATOR, period: '2024-25-Q4', ours: 19.2, theirs: THEIRS }], new Map())[0]).toMatchObject({ file: 'quarters/2024-25-Q4.csv', line: null });
  });
});
