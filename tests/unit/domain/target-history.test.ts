import { describe, expect, it } from 'vitest';
import { rowTargets, sameTarget, type TargetPoint } from '../../../src/domain/target-history.ts';
import type { Operator, ResolvedTarget } from '../../../src/domain/types.ts';

const target = (value: number, from: string, operator: Operator = '>=', amber: number | null = null): ResolvedTarget => ({ value, operator, amber, from });
const point = (period: string, t: ResolvedTarget | null): TargetPoint => ({ period, target: t });

describe('sameTarget', () => {
  it('compares the value and how it is compared, not the amber tolerance or the row it came from', () => {
    expect(sameTarget(target(85, '2022-23-Q1'), target(85, '2024-25-Q1', '>=', 2))).toBe(true);
    expect(sameTarget(target(85, '2022-23-Q1'), target(88, '2022-23-Q1'))).toBe(false);
    expect(sameTarget(target(85, '2022-23-Q1'), target(85, '2022-23-Q1', '>'))).toBe(false);
    expect(sameTarget(null, null)).toBe(true);
    expect(sameTarget(null, target(85, '2022-23-Q1'))).toBe(false);
  });
});

describe('rowTargets', () => {
  it('finds no change in a row whose target stayed the same, even when restated in targets.csv', () => {
    const t = target(85, '2022-23-Q1');
    const row = rowTargets([point('2024-25-Q1', t), point('2024-25-Q2', t), point('2024-25-Q3', { ...t, from: '2024-25-Q3' })]);
    expect(row.changed).toBe(false);
    expect(row.spans).toEqual([{ target: t, periods: ['2024-25-Q1', '2024-25-Q2', '2024-25-Q3'] }]);
  });

  it('finds no change in a row that never had a target', () => {
    const row = rowTargets([point('2024-25-Q1', null), point('2024-25-Q2', null)]);
    expect(row).toEqual({ changed: false, spans: [{ target: null, periods: ['2024-25-Q1', '2024-25-Q2'] }] });
  });

  it('puts each quarter of a changed row under the target it was judged against', () => {
    const a = target(85, '2022-23-Q1');
    const b = target(88, '2024-25-Q2');
    const c = target(90, '2025-26-Q1');
    const row = rowTargets([point('2024-25-Q1', a), point('2024-25-Q2', b), point('2024-25-Q3', b), point('2024-25-Q4', b), point('2025-26-Q1', c)]);
    expect(row.changed).toBe(true);
    expect(row.spans).toEqual([
      { target: a, periods: ['2024-25-Q1'] },
      { target: b, periods: ['2024-25-Q2', '2024-25-Q3', '2024-25-Q4'] },
      { target: c, periods: ['2025-26-Q1'] },
    ]);
  });

  it('counts a target starting or ending as a change', () => {
    const a = target(4, '2023-24-Q1', '<=');
    const row = rowTargets([point('2023-24-Q4', null), point('2024-25-Q1', a), point('2024-25-Q2', a), point('2024-25-Q3', null)]);
    expect(row.changed).toBe(true);
    expect(row.spans.map((span) => [span.target?.value ?? null, span.periods.length])).toEqual([[null, 1], [4, 2], [null, 1]]);
  });

  it('gives a target that comes back a run of its own', () => {
    const a = target(85, '2022-23-Q1');
    const row = rowTargets([point('2023-24-Q4', a), point('2024-25-Q1', target(80, '2024-25-Q1')), point('2024-25-Q2', { ...a, from: '2024-25-Q2' })]);
    expect(row.spans.map((span) => span.target?.value)).toEqual([85, 80, 85]);
  });

  it('takes a change in how the target is compared as a change, and one in the amber tolerance alone as none', () => {
    expect(rowTargets([point('2024-25-Q1', target(0, '2024-25-Q1', '<=')), point('2024-25-Q2', target(0, '2024-25-Q2', '<'))]).changed).toBe(true);
    expect(rowTargets([point('2024-25-Q1', target(90, '2024-25-Q1', '>=', 2)), point('2024-25-Q2', target(90, '2024-25-Q2', '>=', 5))]).changed).toBe(false);
  });

  it('is empty for no quarters, and unchanged for one', () => {
    expect(rowTargets([])).toEqual({ changed: false, spans: [] });
    expect(rowTargets([point('2024-25-Q1', target(85, '2022-23-Q1'))]).changed).toBe(false);
  });
});
