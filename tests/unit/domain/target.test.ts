import { describe, expect, it } from 'vitest';
import { defaultOperator, resolveTarget, targetRowInForce } from '../../../src/domain/target.ts';
import { makeIndicator, targetRow } from '../../support/domain-fixtures.ts';

const higher = makeIndicator();

describe('targetRowInForce', () => {
  const rows = [targetRow('2023-24-Q3', 90), targetRow('2022-23-Q1', 80), targetRow('2023-24-Q1', 85)];

  it('picks the latest row at or before the period, whatever the input order', () => {
    expect(targetRowInForce(rows, '2023-24-Q2')?.target).toBe(85);
    expect(targetRowInForce(rows, '2023-24-Q1')?.target).toBe(85);
    expect(targetRowInForce(rows, '2022-23-Q4')?.target).toBe(80);
    expect(targetRowInForce(rows, '2030-31-Q4')?.target).toBe(90);
  });

  it('returns null before the first row', () => {
    expect(targetRowInForce(rows, '2021-22-Q4')).toBeNull();
    expect(targetRowInForce([], '2023-24-Q1')).toBeNull();
  });

  it('refuses two rows for the period in force', () => {
    expect(() => targetRowInForce([targetRow('2023-24-Q1', 85), targetRow('2023-24-Q1', 90)], '2023-24-Q2')).toThrow(
      /two target rows/,
    );
  });
});

describe('defaultOperator', () => {
  it('follows polarity, with none for neutral', () => {
    expect(defaultOperator('higher_is_better')).toBe('>=');
    expect(defaultOperator('lower_is_better')).toBe('<=');
    expect(defaultOperator('neutral')).toBeNull();
  });
});

describe('resolveTarget', () => {
  it('applies a row from its own period onwards until replaced', () => {
    const rows = [targetRow('2023-24-Q1', 85), targetRow('2024-25-Q1', 88)];
    expect(resolveTarget(rows, higher, null, '2022-23-Q4')).toBeNull();
    expect(resolveTarget(rows, higher, null, '2023-24-Q1')).toEqual({ value: 85, operator: '>=', amber: null, from: '2023-24-Q1' });
    expect(resolveTarget(rows, higher, null, '2023-24-Q4')?.value).toBe(85);
    expect(resolveTarget(rows, higher, null, '2024-25-Q1')).toEqual({ value: 88, operator: '>=', amber: null, from: '2024-25-Q1' });
  });

  it('ignores rows after the period asked for', () => {
    const rows = [targetRow('2025-26-Q1', 95), targetRow('2023-24-Q1', 85)];
    expect(resolveTarget(rows, higher, null, '2024-25-Q4')?.value).toBe(85);
  });

  it('a blank target ends the target from its period, and a later row restores one', () => {
    const rows = [targetRow('2023-24-Q1', 85), targetRow('2023-24-Q3', null), targetRow('2024-25-Q1', 90)];
    expect(resolveTarget(rows, higher, null, '2023-24-Q2')?.value).toBe(85);
    expect(resolveTarget(rows, higher, null, '2023-24-Q3')).toBeNull();
    expect(resolveTarget(rows, higher, null, '2023-24-Q4')).toBeNull();
    expect(resolveTarget(rows, higher, null, '2024-25-Q1')?.value).toBe(90);
  });

  it('keeps a target of zero (not treated as blank)', () => {
    const lower = makeIndicator({ polarity: 'lower_is_better' });
    expect(resolveTarget([targetRow('2023-24-Q1', 0)], lower, null, '2023-24-Q1')).toMatchObject({ value: 0, operator: '<=' });
  });

  it('defaults the operator from polarity and keeps a stated one', () => {
    const lower = makeIndicator({ polarity: 'lower_is_better' });
    expect(resolveTarget([targetRow('2023-24-Q1', 20)], lower, null, '2023-24-Q1')?.operator).toBe('<=');
    expect(resolveTarget([targetRow('2023-24-Q1', 20, { operator: '<' })], lower, null, '2023-24-Q1')?.operator).toBe('<');
    expect(resolveTarget([targetRow('2023-24-Q1', 20, { operator: '>' })], higher, null, '2023-24-Q1')?.operator).toBe('>');
  });

  it('uses a neutral row’s operator and throws when a neutral row has none', () => {
    const neutral = makeIndicator({ polarity: 'neutral' });
    expect(resolveTarget([targetRow('2023-24-Q1', 500, { operator: '<=' })], neutral, null, '2023-24-Q1')?.operator).toBe('<=');
    expect(() => resolveTarget([targetRow('2023-24-Q1', 500)], neutral, null, '2023-24-Q1')).toThrow(/operator/);
  });

  it('does not throw for a neutral indicator whose target has ended', () => {
    const neutral = makeIndicator({ polarity: 'neutral' });
    expect(resolveTarget([targetRow('2023-24-Q1', null)], neutral, null, '2023-24-Q1')).toBeNull();
  });

  it('falls back for amber: row, then indicator, then site, then none', () => {
    const row = targetRow('2023-24-Q1', 85, { amber: 2 });
    const bare = targetRow('2023-24-Q1', 85);
    const withIndicatorAmber = makeIndicator({ amber: 3 });
    expect(resolveTarget([row], withIndicatorAmber, 5, '2023-24-Q1')?.amber).toBe(2);
    expect(resolveTarget([bare], withIndicatorAmber, 5, '2023-24-Q1')?.amber).toBe(3);
    expect(resolveTarget([bare], higher, 5, '2023-24-Q1')?.amber).toBe(5);
    expect(resolveTarget([bare], higher, null, '2023-24-Q1')?.amber).toBeNull();
  });

  it('keeps an amber of zero rather than falling back', () => {
    const row = targetRow('2023-24-Q1', 85, { amber: 0 });
    expect(resolveTarget([row], makeIndicator({ amber: 3 }), 5, '2023-24-Q1')?.amber).toBe(0);
    expect(resolveTarget([targetRow('2023-24-Q1', 85)], makeIndicator({ amber: 0 }), 5, '2023-24-Q1')?.amber).toBe(0);
  });
});
