import { describe, expect, it } from 'vitest';
import { reconcile } from '../../../../src/domain/benchmark/reconcile.ts';
import type { AreaFigure, BenchmarkYear, IndicatorBenchmark } from '../../../../src/domain/benchmark/types.ts';
import { makeIndicator, quarterValue } from '../../../support/domain-fixtures.ts';

const ours = (value: number | null): AreaFigure => ({ code: 'E08000026', oldCode: '331', name: 'Coventry', value, numerator: null, denominator: null, file: 'benchmarks/c1.csv', line: 76 });
function year(period: string, council: AreaFigure | null): BenchmarkYear {
  return { period, council, england: null, region: null, statNeighbours: { value: null, of: 0, neighbours: [] }, rank: null, of: 0, suppressed: 0, quartile: null, funnel: null, councils: [] };
}

const INDICATOR = makeIndicator({ id: 'rereferrals', unit: 'percent', decimals: 1 });
const benchmark = (...years: BenchmarkYear[]): IndicatorBenchmark => ({ indicatorId: 'rereferrals', file: 'c1.csv', years });

describe('reconcile: our own Q4 figure against DfE\'s for the same year', () => {
  it('finds a difference larger than the indicator\'s rounding, with both figures and where DfE\'s is', () => {
    const found = reconcile([benchmark(year('2024-25-Q4', ours(18.5)))], [quarterValue('rereferrals', '2024-25-Q4', 19.2)], [INDICATOR]);
    expect(found).toEqual([{ indicator: INDICATOR, period: '2024-25-Q4', ours: 19.2, theirs: ours(18.5) }]);
  });

  it('lets pass a difference within rounding to the indicator\'s decimal places (half of its last place)', () => {
    for (const value of [18.5, 18.45, 18.55, 18.46]) {
      expect(reconcile([benchmark(year('2024-25-Q4', ours(18.5)))], [quarterValue('rereferrals', '2024-25-Q4', value)], [INDICATOR]), String(value)).toEqual([]);
    }
    expect(reconcile([benchmark(year('2024-25-Q4', ours(18.5)))], [quarterValue('rereferrals', '2024-25-Q4', 18.44)], [INDICATOR])).toHaveLength(1);
    // With the unit's default (percent: 1 decimal place) when indicators.csv gives none.
    const byDefault = { ...INDICATOR, decimals: null };
    expect(reconcile([benchmark(year('2024-25-Q4', ours(18.5)))], [quarterValue('rereferrals', '2024-25-Q4', 18.6)], [byDefault])).toHaveLength(1);
  });

  it('says nothing where either figure is missing: our quarter, our figure, or DfE\'s', () => {
    const years = [year('2022-23-Q4', ours(20)), year('2023-24-Q4', null), year('2024-25-Q4', ours(18.5))];
    const values = [quarterValue('rereferrals', '2023-24-Q4', 30), quarterValue('rereferrals', '2024-25-Q4', null)];
    expect(reconcile([benchmark(...years)], values, [INDICATOR])).toEqual([]);
  });
});
