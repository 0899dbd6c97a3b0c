import { describe, expect, it } from 'vitest';
import { createRandom, hash, mulberry32, streamFor } from '../../../../scripts/demo-data/random.ts';

const draws = (next: () => number, n: number): number[] => Array.from({ length: n }, next);

describe('seeded randomness', () => {
  it('gives the same draws for the same seed, and others for another seed', () => {
    expect(draws(mulberry32(20251231), 5)).toEqual(draws(mulberry32(20251231), 5));
    expect(draws(mulberry32(20251231), 5)).not.toEqual(draws(mulberry32(20251232), 5));
  });

  it('draws uniformly in [0, 1)', () => {
    const values = draws(mulberry32(7), 10_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean).toBeCloseTo(0.5, 1);
  });

  it('draws normal noise with the standard deviation asked for', () => {
    const random = createRandom(11);
    const values = Array.from({ length: 20_000 }, () => random.gaussian(2));
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
    expect(Math.abs(mean)).toBeLessThan(0.05);
    expect(sd).toBeGreaterThan(1.95);
    expect(sd).toBeLessThan(2.05);
  });

  it('uses two draws for a normal one even with no spread, so a fixed quarter moves no later draw', () => {
    const a = createRandom(3);
    const b = createRandom(3);
    expect(a.gaussian(0)).toBe(0);
    b.next();
    b.next();
    expect(a.next()).toBe(b.next());
  });

  it('shuffles into a permutation of the same items', () => {
    const items = Array.from({ length: 20 }, (_, k) => k);
    const shuffled = createRandom(5).shuffle([...items]);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
  });

  it('never picks an item of no weight', () => {
    const random = createRandom(9);
    const picks = new Set(Array.from({ length: 200 }, () => random.weighted(['a', 'b', 'c'], [1, 0, 3])));
    expect(picks).toEqual(new Set(['a', 'c']));
  });

  it('refuses to pick from nothing', () => {
    expect(() => createRandom(1).pick([])).toThrow(/empty/);
  });

  it('gives each name a stream of its own, the same every time', () => {
    expect(hash('contacts')).not.toBe(hash('referral-rate'));
    const first = streamFor('contacts');
    const again = streamFor('contacts');
    const other = streamFor('referral-rate');
    const a = [first.next(), first.next()];
    expect([again.next(), again.next()]).toEqual(a);
    expect([other.next(), other.next()]).not.toEqual(a);
  });
});
