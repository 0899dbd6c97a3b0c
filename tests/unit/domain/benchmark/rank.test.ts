import { describe, expect, it } from 'vitest';
import { ordinal, rankAmong } from '../../../../src/domain/benchmark/rank.ts';

describe('rankAmong: best first by polarity, ties sharing the best rank (R rank(ties.method = "min"))', () => {
  const values = [10, 20, 20, 30, 40];

  it('ranks the lowest first when lower is better', () => {
    expect(values.map((v) => rankAmong(v, values, 'lower_is_better'))).toEqual([1, 2, 2, 4, 5]);
  });

  it('ranks the highest first when higher is better', () => {
    // R: rank(-c(10, 20, 20, 30, 40), ties.method = "min") gives 5 3 3 2 1.
    expect(values.map((v) => rankAmong(v, values, 'higher_is_better'))).toEqual([5, 3, 3, 2, 1]);
  });

  it('gives no rank to a neutral indicator', () => {
    expect(rankAmong(10, values, 'neutral')).toBeNull();
  });
});

describe('ordinal', () => {
  it.each([[1, '1st'], [2, '2nd'], [3, '3rd'], [4, '4th'], [11, '11th'], [12, '12th'], [13, '13th'], [21, '21st'], [102, '102nd'], [111, '111th'], [151, '151st']])('%i is %s', (n, words) => {
    expect(ordinal(n)).toBe(words);
  });
});
