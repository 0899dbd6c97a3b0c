import { describe, expect, it } from 'vitest';
import { quartileBand, quartileBoundaries } from '../../../../src/domain/benchmark/quartile.ts';

describe('quartileBoundaries: R\'s quantile() (type 7) of every published value', () => {
  it('interpolates between order statistics as R does', () => {
    // R: quantile(c(1, 2, 3, 4, 10)) gives 0% 1, 25% 2, 50% 3, 75% 4, 100% 10.
    expect(quartileBoundaries([10, 3, 1, 4, 2])).toEqual([1, 2, 3, 4, 10]);
    // R: quantile(c(1, 2, 3, 4)) gives 1, 1.75, 2.5, 3.25, 4.
    expect(quartileBoundaries([4, 3, 2, 1])).toEqual([1, 1.75, 2.5, 3.25, 4]);
  });

  it('has no boundaries without figures', () => {
    expect(quartileBoundaries([])).toBeNull();
  });
});

describe('quartileBand: LAIT\'s calculate_quartile_band', () => {
  // LAIT's own test: bands 0, 25, 50, 75, 100.
  const bands = [0, 25, 50, 75, 100] as const;

  it('bands values inside each quarter, A the best quarter by polarity', () => {
    expect([10, 30, 60, 80].map((v) => quartileBand(v, bands, 'lower_is_better'))).toEqual(['A', 'B', 'C', 'D']);
    expect([10, 30, 60, 80].map((v) => quartileBand(v, bands, 'higher_is_better'))).toEqual(['D', 'C', 'B', 'A']);
  });

  it('puts a value equal to a boundary in the lower-valued band', () => {
    expect([0, 25, 50, 75, 100].map((v) => quartileBand(v, bands, 'lower_is_better'))).toEqual(['A', 'A', 'B', 'C', 'D']);
    expect([0, 25, 50, 75, 100].map((v) => quartileBand(v, bands, 'higher_is_better'))).toEqual(['D', 'D', 'C', 'B', 'A']);
  });

  it('gives no band to a neutral indicator', () => {
    expect(quartileBand(10, bands, 'neutral')).toBeNull();
  });
});
