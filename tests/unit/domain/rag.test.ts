import { describe, expect, it } from 'vitest';
import { meetsTarget, ragStatus, withinAmber } from '../../../src/domain/rag.ts';
import type { Operator, ResolvedTarget } from '../../../src/domain/types.ts';

function target(value: number, operator: Operator, amber: number | null): ResolvedTarget {
  return { value, operator, amber, from: '2023-24-Q1' };
}

describe('meetsTarget', () => {
  it.each([
    ['>=', 85, true],
    ['<=', 85, true],
    ['>', 85, false],
    ['<', 85, false],
    ['>=', 84.9, false],
    ['>', 85.1, true],
    ['<=', 85.1, false],
    ['<', 84.9, true],
  ] as const)('%s 85 with value %d is %s', (operator, value, expected) => {
    expect(meetsTarget(value, operator, 85)).toBe(expected);
  });
});

describe('withinAmber', () => {
  it('counts the boundary as within, despite floating point', () => {
    expect(1.1 - 1.0).toBeGreaterThan(0.1); // the trap this guards against
    expect(withinAmber(1.0, 1.1, 0.1)).toBe(true);
    expect(withinAmber(85.1, 85, 0.1)).toBe(true);
    expect(withinAmber(84.9, 85, 0.1)).toBe(true);
    expect(withinAmber(84.89, 85, 0.1)).toBe(false);
  });
});

describe('ragStatus', () => {
  it('no_data when there is no value, even without a target', () => {
    expect(ragStatus(null, target(85, '>=', 5))).toBe('no_data');
    expect(ragStatus(null, null)).toBe('no_data');
  });

  it('no_target when a value has no target', () => {
    expect(ragStatus(70, null)).toBe('no_target');
  });

  it('higher is better (>=): green at and above, amber within tolerance, red beyond', () => {
    const t = target(85, '>=', 5);
    expect(ragStatus(90, t)).toBe('green');
    expect(ragStatus(85, t)).toBe('green');
    expect(ragStatus(84.99, t)).toBe('amber');
    expect(ragStatus(80, t)).toBe('amber');
    expect(ragStatus(79.99, t)).toBe('red');
  });

  it('lower is better (<=): green at and below, amber within tolerance above, red beyond', () => {
    const t = target(20, '<=', 2);
    expect(ragStatus(15, t)).toBe('green');
    expect(ragStatus(20, t)).toBe('green');
    expect(ragStatus(22, t)).toBe('amber');
    expect(ragStatus(22.01, t)).toBe('red');
  });

  it('a value on the target misses a strict operator: amber with a band, red without', () => {
    expect(ragStatus(85, target(85, '>', 1))).toBe('amber');
    expect(ragStatus(85, target(85, '>', 0))).toBe('amber');
    expect(ragStatus(85, target(85, '>', null))).toBe('red');
    expect(ragStatus(85, target(85, '<', null))).toBe('red');
    expect(ragStatus(84, target(85, '<', null))).toBe('green');
  });

  it('any miss is red when there is no amber band', () => {
    const t = target(85, '>=', null);
    expect(ragStatus(84.99, t)).toBe('red');
    expect(ragStatus(85, t)).toBe('green');
  });

  it('amber 0 leaves any real miss red', () => {
    expect(ragStatus(84.99, target(85, '>=', 0))).toBe('red');
  });

  it('treats the floating point boundary as amber (85.1 vs 85, amber 0.1)', () => {
    expect(ragStatus(85.1, target(85, '<=', 0.1))).toBe('amber');
    expect(ragStatus(1.0, target(1.1, '>=', 0.1))).toBe('amber');
    expect(ragStatus(85.11, target(85, '<=', 0.1))).toBe('red');
  });
});
