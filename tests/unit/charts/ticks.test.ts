// The quarter labels under every chart over time: which quarter each names, which quarters are named when they
// would not all fit, and how much room the first and last need.
import { describe, expect, it } from 'vitest';
import { labelledQuarters, quarterAxisRoom, quarterTick } from '../../../src/charts/ticks.ts';
import { nextPeriod } from '../../../src/domain/period.ts';
import { labelWidth } from '../../../src/charts/text-width.ts';

function quarters(count: number, start = '2019-20-Q1'): string[] {
  const periods = [start];
  while (periods.length < count) periods.push(nextPeriod(periods.at(-1)!));
  return periods;
}

describe('quarterTick', () => {
  it('names the quarter over its financial year, as the tables do in short', () => {
    expect(quarterTick('2024-25-Q1')).toBe('Q1\n24/25');
    // January to March belongs to the year that began the April before.
    expect(quarterTick('2024-25-Q4')).toBe('Q4\n24/25');
    expect(quarterTick('2099-00-Q2')).toBe('Q2\n99/00');
  });
});

describe('labelledQuarters', () => {
  const twelve = quarters(12);
  const roomy = Math.max(...twelve.map((p) => labelWidth(quarterTick(p)))) + 20;

  it('labels every quarter when their labels fit side by side', () => {
    expect(labelledQuarters(twelve, roomy)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('labels every second (or third) quarter when they do not, counting back so the latest is always named', () => {
    const tight = roomy / 2;
    const every = labelledQuarters(twelve, tight);
    expect(every.at(-1)).toBe(11);
    const gaps = new Set(every.slice(1).map((at, i) => at - every[i]!));
    expect(gaps.size).toBe(1);
    expect([...gaps][0]).toBeGreaterThan(1);
    // Thirteen quarters, every second labelled: back from the latest, which here reaches the oldest too.
    expect(labelledQuarters(quarters(13), roomy / 2 + 1)).toEqual([0, 2, 4, 6, 8, 10, 12]);
    // Twelve: back from the latest, so the oldest is the one left out.
    expect(labelledQuarters(twelve, roomy / 2 + 1)).toEqual([1, 3, 5, 7, 9, 11]);
  });

  it('names the latest quarter however many quarters there are and however close they sit', () => {
    for (const count of [1, 2, 7, 40]) for (const step of [0, 1, 10, 100]) expect(labelledQuarters(quarters(count), step).at(-1)).toBe(count - 1);
  });

  it('never gives more labels than asked for', () => {
    const forty = quarters(40);
    const labelled = labelledQuarters(forty, 1000, 16);
    expect(labelled.length).toBeLessThanOrEqual(16);
    expect(labelled.at(-1)).toBe(39);
  });

  it('gives no labels for no quarters', () => {
    expect(labelledQuarters([], 50)).toEqual([]);
  });
});

describe('quarterAxisRoom', () => {
  it('leaves at least half the widest label at each end, so the first and last labels are whole', () => {
    const periods = quarters(8);
    const widest = Math.max(...periods.map((p) => labelWidth(quarterTick(p))));
    expect(quarterAxisRoom(periods)).toBeGreaterThanOrEqual(widest / 2);
    expect(quarterAxisRoom(periods)).toBeLessThan(widest);
  });
});
