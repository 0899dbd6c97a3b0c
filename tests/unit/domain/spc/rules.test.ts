import { describe, expect, it } from 'vitest';
import type { ProcessLimits } from '../../../../src/domain/spc/limits.ts';
import { markPoints } from '../../../../src/domain/spc/rules.ts';

// Round limits so each rule can be worked by hand: mean 0, near band beyond ±2, limits at ±3.
const limits: ProcessLimits = { mean: 0, movingRangeMean: 3 / 2.66, upperLimit: 3, lowerLimit: -3, nearUpper: 2, nearLower: -2 };

/** `index:rule:side` for each marked point. */
function marked(values: number[], l: ProcessLimits = limits): string[] {
  return markPoints(values, l).flatMap((m, i) => (m === null ? [] : [`${i}:${m.rule}:${m.side}`]));
}

describe('outside the limits', () => {
  it('marks points strictly beyond a limit; a point on the limit is inside', () => {
    expect(marked([1, -1, 3.5, -1, 1, -3.5, 1, 3, -3])).toEqual(['2:outside_limits:high', '5:outside_limits:low']);
  });
});

describe('trend', () => {
  it('marks all 7 points of a run each strictly above the one before, and a falling run as low', () => {
    const rising = [-1.5, -1, -0.5, 0.2, 0.5, 1, 1.5];
    expect(marked([1, ...rising])).toEqual(rising.map((_, i) => `${i + 1}:trend:high`));
    expect(marked([...rising].reverse())).toEqual(rising.map((_, i) => `${i}:trend:low`));
  });

  it('does not mark 6 rising points, and an equal value breaks the run', () => {
    expect(marked([1, -1.5, -1, -0.5, 0.2, 0.5, 1])).toEqual([]);
    expect(marked([-1.5, -1, -0.5, -0.5, 0.2, 0.5, 1, 1.5])).toEqual([]);
  });
});

describe('two of three in the near band', () => {
  it('marks the points in the band when 2 of 3 consecutive points on one side are in it', () => {
    expect(marked([-1, 2.5, 0.5, 2.5, -1])).toEqual(['1:two_of_three:high', '3:two_of_three:high']);
    expect(marked([1, -2.5, -2.5, -1, 1])).toEqual(['1:two_of_three:low', '2:two_of_three:low']);
  });

  it('needs all 3 on the same side of the mean', () => {
    expect(marked([2.5, -0.5, 2.5])).toEqual([]);
    expect(marked([2.5, 0, 2.5])).toEqual([]);
  });

  it('counts only points strictly beyond two thirds and not outside the limits', () => {
    expect(marked([2, 2.5, 1])).toEqual([]);
    expect(marked([2.5, 1, 3.5])).toEqual(['2:outside_limits:high']);
    // A point exactly on the limit is inside it, so it is in the band.
    expect(marked([3, 1, 2.5])).toEqual(['0:two_of_three:high', '2:two_of_three:high']);
  });
});

describe('shift', () => {
  it('marks 7 consecutive points on one side of the mean', () => {
    expect(marked([-1, 1, 0.5, 1, 0.5, 1, 0.5, 1, -1])).toEqual([1, 2, 3, 4, 5, 6, 7].map((i) => `${i}:shift:high`));
    expect(marked([-1, -0.5, -1, -0.5, -1, -0.5, -1])).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => `${i}:shift:low`));
  });

  it('does not mark 6, and a point exactly on the mean breaks the run', () => {
    expect(marked([-1, 1, 0.5, 1, 0.5, 1, 0.5, -1])).toEqual([]);
    expect(marked([1, 0.5, 1, 0, 1, 0.5, 1, 0.5])).toEqual([]);
  });
});

describe('precedence: each point takes the first rule that marks it', () => {
  it('outside the limits before trend', () => {
    expect(marked([-1.5, -1, -0.5, 0.2, 0.5, 1, 3.5])).toEqual([
      ...[0, 1, 2, 3, 4, 5].map((i) => `${i}:trend:high`),
      '6:outside_limits:high',
    ]);
  });

  it('trend before two of three, and two of three before shift', () => {
    // Rising 7 points ending in the band, then a point in the band: the trend keeps its points; the last two
    // band points after it form a two of three; all 10 are above the mean (a shift), which marks only the rest.
    const values = [0.2, 0.4, 0.6, 0.8, 1, 2.2, 2.4, 1, 2.5, 0.5];
    expect(marked(values)).toEqual([
      ...[0, 1, 2, 3, 4, 5, 6].map((i) => `${i}:trend:high`),
      '7:shift:high',
      '8:two_of_three:high',
      '9:shift:high',
    ]);
  });

  it('a high mark and a low mark from different rules keep their own side', () => {
    // Falling 7 points that end below the lower limit: the last is outside (low), the others a falling trend.
    expect(marked([2.9, 2, 1, 0.5, 0, -1, -3.5])).toEqual([
      ...[0, 1, 2, 3, 4, 5].map((i) => `${i}:trend:low`),
      '6:outside_limits:low',
    ]);
  });
});
