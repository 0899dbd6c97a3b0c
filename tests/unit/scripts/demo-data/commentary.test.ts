import { describe, expect, it } from 'vitest';
import type { Spec } from '../../../../scripts/demo-data/catalogue.ts';
import { addFiller, addNotes, explainReds } from '../../../../scripts/demo-data/commentary.ts';
import { PERIODS } from '../../../../scripts/demo-data/periods.ts';
import { createRandom } from '../../../../scripts/demo-data/random.ts';
import type { Figures, Row } from '../../../../scripts/demo-data/series.ts';

const row = (value: number | null): Row => ({ value, numerator: null, denominator: null, commentary: '' });

function indicator(id: string, extra: Partial<Spec> = {}): Spec {
  return {
    id, title: id, theme: 'Test', unit: 'percent', polarity: 'higher_is_better', amber: 2, decimals: null, definition: 'D.', source: 'S.',
    targets: [{ id, period: PERIODS[0]!, target: 90 }], better: ['Better.'], worse: ['Worse.'], ...extra,
  };
}

describe('commentary', () => {
  it('writes each note into its quarter, and refuses a note for a quarter with no row', () => {
    const spec = indicator('a', { notes: { 1: 'A note.' } });
    const figures: Figures = new Map([['a', PERIODS.map(() => row(95))]]);
    addNotes([spec], figures);
    expect(figures.get('a')![1]!.commentary).toBe('A note.');
    const missing: Figures = new Map([['a', PERIODS.map((_, i) => (i === 1 ? undefined : row(95)))]]);
    expect(() => addNotes([spec], missing)).toThrow(/a: a note for 2022-23-Q4, which has no row/);
  });

  it('says which target a red missed, how it moved, and why, taking the reasons in turn', () => {
    const spec = indicator('a', { missed: ['First reason.', 'Second reason.'] });
    const figures: Figures = new Map([['a', [row(95), row(80.5), row(81), ...PERIODS.slice(3).map(() => row(95))]]]);
    explainReds([spec], figures, (_, i) => (i === 1 || i === 2 ? 'red' : 'green'));
    expect(figures.get('a')!.slice(1, 3).map((r) => r!.commentary)).toEqual([
      'Missed the target of 90% or more. Down from 95.0% last quarter. First reason.',
      'Missed the target of 90% or more. Up from 80.5% last quarter. Second reason.',
    ]);
  });

  it('refuses a red with no note and no reasons to give', () => {
    const figures: Figures = new Map([['a', PERIODS.map(() => row(50))]]);
    expect(() => explainReds([indicator('a')], figures, () => 'red')).toThrow(/a is red in 2022-23-Q3 and has no note/);
  });

  it('adds filler to about a third of each quarter\'s rows, the same for the same seed', () => {
    const specs = Array.from({ length: 9 }, (_, k) => indicator(`i${k}`));
    const make = (): Figures => new Map(specs.map((spec, k) => [spec.id, PERIODS.map((_, i) => row(90 + ((i * (k + 1)) % 5)))]));
    const [first, second] = [make(), make()];
    addFiller(specs, first, createRandom(1));
    addFiller(specs, second, createRandom(1));
    expect(second).toEqual(first);
    for (let i = 1; i < PERIODS.length; i++) {
      const said = specs.filter((spec) => first.get(spec.id)![i]!.commentary !== '').length;
      expect(said, PERIODS[i]).toBeLessThanOrEqual(3);
    }
    expect(first.get('i1')!.flatMap((r) => (r!.commentary ? [r!.commentary] : [])).every((text) => /^(Up|Down|Unchanged) from/.test(text))).toBe(true);
  });
});
