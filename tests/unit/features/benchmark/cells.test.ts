// The scorecard's rank cell: the rank and band of the newest year published by the row's quarter, or nothing.
import { describe, expect, it } from 'vitest';
import { rankCell } from '../../../../src/features/benchmark/cells.ts';
import { rankText } from '../../../../src/features/benchmark/view.ts';
import { manyYearsBenchmark } from '../../../support/benchmark-fixtures.ts';

const benchmark = manyYearsBenchmark([{ period: '2023-24-Q4', ours: 24.7 }, { period: '2024-25-Q4', ours: 23.5 }]);

describe('rankCell', () => {
  it("gives the rank and band of the newest year published by the row's quarter, as rankText words them", () => {
    const cell = rankCell(benchmark, '2025-26-Q3')!;
    expect(cell.period).toBe('2024-25-Q4');
    expect(`${cell.rank} · ${cell.band}`).toBe(rankText(benchmark.years[1]!));
    expect(cell.rank).toMatch(/^\d+(st|nd|rd|th) of 151$/);
    expect(rankCell(benchmark, '2024-25-Q3')!.period).toBe('2023-24-Q4');
  });

  it('is null without a benchmark, before its first year, for a neutral indicator and when ours is not published', () => {
    expect(rankCell(null, '2025-26-Q3')).toBeNull();
    expect(rankCell(benchmark, '2023-24-Q3')).toBeNull();
    const neutral = manyYearsBenchmark([{ period: '2024-25-Q4', ours: 23.5 }], { polarity: 'neutral' });
    expect(rankCell(neutral, '2025-26-Q3')).toBeNull();
    const unpublished = { ...benchmark, years: benchmark.years.map((y) => ({ ...y, council: null, rank: null, quartile: null })) };
    expect(rankCell(unpublished, '2025-26-Q3')).toBeNull();
  });
});
