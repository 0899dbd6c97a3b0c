import { describe, expect, it } from 'vitest';
import type { Spec } from '../../../../scripts/demo-data/catalogue.ts';
import { PERIODS, financialQuarter, isQ4 } from '../../../../scripts/demo-data/periods.ts';
import { generateFigures, levelAt } from '../../../../scripts/demo-data/series.ts';

function spec(overrides: Partial<Spec>): Spec {
  return {
    id: 'test-indicator', title: 'Test', theme: 'Test', unit: 'number', polarity: 'higher_is_better', amber: null, decimals: 1,
    definition: 'Test.', source: 'Test.', targets: [], ...overrides,
  };
}

const values = (specs: Spec[], id = specs[0]!.id) => generateFigures(specs).get(id)!.map((row) => row?.value);

describe('levelAt', () => {
  it('is flat before the first knot and after the last, and a straight line between', () => {
    const knots: [number, number][] = [[2, 10], [6, 30]];
    expect(levelAt(knots, 0)).toBe(10);
    expect(levelAt(knots, 4)).toBe(20);
    expect(levelAt(knots, 12)).toBe(30);
  });

  it('steps where two knots are a quarter apart', () => {
    const knots: [number, number][] = [[0, 50], [5, 50], [6, 40]];
    expect(levelAt(knots, 5)).toBe(50);
    expect(levelAt(knots, 6)).toBe(40);
  });
});

describe('generateFigures', () => {
  it('is the same for the same catalogue, every time', () => {
    const specs = [spec({ model: { level: [[0, 50]], noise: 2 } })];
    expect(generateFigures(specs)).toEqual(generateFigures(specs));
  });

  it('gives the level itself with no noise, and varies around it with noise', () => {
    expect(values([spec({ model: { level: [[0, 50], [12, 62]], noise: 0 } })])).toEqual(PERIODS.map((_, i) => 50 + i));
    const noisy = values([spec({ model: { level: [[0, 50]], noise: 2 } })]) as number[];
    expect(new Set(noisy).size).toBeGreaterThan(5);
    expect(noisy.every((v) => Math.abs(v - 50) < 10)).toBe(true);
  });

  it('adds a season: a count is multiplied by it, anything else has it added', () => {
    const season = { Q2: 0.5 };
    const counts = values([spec({ unit: 'count', decimals: null, model: { level: [[0, 1000]], season, noise: 0 } })]);
    const points = values([spec({ model: { level: [[0, 10]], season, noise: 0 } })]);
    PERIODS.forEach((_, i) => {
      expect(counts[i]).toBe(financialQuarter(i) === 'Q2' ? 500 : 1000);
      expect(points[i]).toBe(financialQuarter(i) === 'Q2' ? 10.5 : 10);
    });
  });

  it('keeps fixed quarters exactly, leaves blank ones without a figure, and has no row before an indicator starts', () => {
    const figures = values([spec({ start: 2, model: { level: [[0, 50]], noise: 3, fixed: { 4: 41.5 }, blank: [6] } })]);
    expect(figures.slice(0, 2)).toEqual([undefined, undefined]);
    expect(figures[4]).toBe(41.5);
    expect(figures[6]).toBeNull();
  });

  it('gives an annual indicator a row only in the fourth quarter', () => {
    const rows = generateFigures([spec({ annual: true, model: { level: [[0, 50]], noise: 0 } })]).get('test-indicator')!;
    rows.forEach((row, i) => expect(row !== undefined, PERIODS[i]).toBe(isQ4(i)));
  });

  it('builds a percentage from counts, its value the share of the numerator in the denominator', () => {
    const rows = generateFigures([spec({ unit: 'percent', model: { level: [[0, 70]], noise: 1 }, counts: { base: 200, spread: 0.05 } })]).get('test-indicator')!;
    for (const row of rows) {
      expect(row!.denominator).toBeGreaterThan(150);
      expect(row!.value).toBe(Math.round((1000 * row!.numerator!) / row!.denominator!) / 10);
    }
  });

  it('shares the denominators of an earlier indicator of the same cohort', () => {
    const figures = generateFigures([
      spec({ id: 'good', unit: 'percent', model: { level: [[0, 60]], noise: 1 }, counts: { base: 50, spread: 0.1 } }),
      spec({ id: 'poor', unit: 'percent', model: { level: [[0, 10]], noise: 1 }, counts: { base: 0, shareWith: 'good' } }),
    ]);
    expect(figures.get('poor')!.map((row) => row!.denominator)).toEqual(figures.get('good')!.map((row) => row!.denominator));
  });

  it('draws each indicator from its own stream, so changing one leaves the others as they were', () => {
    const other = spec({ id: 'other', model: { level: [[0, 20]], noise: 1 } });
    const before = values([spec({ model: { level: [[0, 50]], noise: 2 } }), other], 'other');
    const after = values([spec({ model: { level: [[0, 80]], noise: 5, fixed: { 3: 1 } } }), other], 'other');
    expect(after).toEqual(before);
  });

  it('refuses an indicator with both a model and given figures', () => {
    expect(() => generateFigures([spec({ model: { level: [[0, 1]], noise: 0 }, derived: PERIODS.map(() => 1) })])).toThrow(/not both/);
  });
});
