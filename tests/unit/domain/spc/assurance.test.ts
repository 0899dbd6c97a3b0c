import { describe, expect, it } from 'vitest';
import { assurance, variation } from '../../../../src/domain/spc/assurance.ts';

describe('variation', () => {
  it('reads a high mark by polarity', () => {
    expect(variation('high', 'higher_is_better')).toBe('improvement');
    expect(variation('high', 'lower_is_better')).toBe('concern');
    expect(variation('high', 'neutral')).toBe('neutral_high');
  });

  it('reads a low mark by polarity', () => {
    expect(variation('low', 'higher_is_better')).toBe('concern');
    expect(variation('low', 'lower_is_better')).toBe('improvement');
    expect(variation('low', 'neutral')).toBe('neutral_low');
  });

  it('is common cause without a mark', () => {
    expect(variation(null, 'higher_is_better')).toBe('common_cause');
  });
});

describe('assurance', () => {
  const limits = { upperLimit: 80, lowerLimit: 60 };

  it('where higher is better: a target above the upper limit consistently fails, below the lower consistently passes', () => {
    expect(assurance(85, limits, 'higher_is_better')).toBe('consistent_fail');
    expect(assurance(55, limits, 'higher_is_better')).toBe('consistent_pass');
    expect(assurance(70, limits, 'higher_is_better')).toBe('inconsistent');
  });

  it('is reversed where lower is better', () => {
    expect(assurance(85, limits, 'lower_is_better')).toBe('consistent_pass');
    expect(assurance(55, limits, 'lower_is_better')).toBe('consistent_fail');
    expect(assurance(70, limits, 'lower_is_better')).toBe('inconsistent');
  });

  it('counts a target exactly on a limit as hit and miss', () => {
    expect(assurance(80, limits, 'higher_is_better')).toBe('inconsistent');
    expect(assurance(60, limits, 'lower_is_better')).toBe('inconsistent');
  });

  it('gives none without a target or for a neutral indicator', () => {
    expect(assurance(null, limits, 'higher_is_better')).toBeNull();
    expect(assurance(85, limits, 'neutral')).toBeNull();
  });
});
