// How the figures behave
//
// Each indicator is a process, as a council's figures are: a level that holds for a while and steps to a new one
// when the service changes (permanent staff replacing agency workers, a new way of working), noise around that
// level from quarter to quarter, a seasonal pattern where the work is seasonal (contacts, referrals and early help
// dip in the summer holidays and peak in the autumn term), and for a percentage the sampling noise of its own
// counts: a percentage of 40 children moves by several points with nothing changing, as the quarterly figures in
// councils' reports do. Only the quarters a story depends on are fixed. Each indicator draws from a random stream
// of its own, so changing one leaves every other figure as it was.
import { defaultDecimals } from '../../src/domain/format.ts';
import type { Knots, Model, Spec } from './catalogue.ts';
import { PERIODS, financialQuarter, isQ4 } from './periods.ts';
import { streamFor, type Random } from './random.ts';
import { round } from './text.ts';

/** One indicator's row in a quarter's file. */
export interface Row {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  commentary: string;
}

/** Each indicator's row in each quarter (undefined: no row at all, before it was collected). */
export type Figures = Map<string, (Row | undefined)[]>;

export function decimalsOf(spec: Spec): number {
  return spec.decimals ?? defaultDecimals(spec.unit);
}

/** The level at quarter i: straight lines between knots, flat before the first and after the last. */
export function levelAt(knots: Knots, i: number): number {
  const [first] = knots;
  if (!first) throw new Error('a level needs at least one knot');
  if (i <= first[0]) return first[1];
  for (let k = 1; k < knots.length; k++) {
    const [i0, v0] = knots[k - 1]!;
    const [i1, v1] = knots[k]!;
    if (i <= i1) return v0 + ((v1 - v0) * (i - i0)) / (i1 - i0);
  }
  return knots.at(-1)![1];
}

/** The figure a model gives for quarter i, with this quarter's noise, before any sampling noise of its counts. */
export function modelValue(spec: Spec, model: Model, i: number, noise: number): number {
  const level = levelAt(model.level, i);
  const season = model.season?.[financialQuarter(i)];
  if (spec.unit === 'count') return level * (season ?? 1) * (1 + noise);
  return level + (season ?? 0) + noise;
}

function denominatorsFor(spec: Spec, stream: Random, denominators: Map<string, number[]>): number[] {
  const counts = spec.counts!;
  if (counts.shareWith) {
    const shared = denominators.get(counts.shareWith);
    if (!shared) throw new Error(`${spec.id} shares denominators with ${counts.shareWith}, which is not generated yet`);
    return shared;
  }
  const result = PERIODS.map((_, i) => {
    const base = typeof counts.base === 'number' ? counts.base : counts.base(i);
    return Math.max(5, Math.round(base * (1 + stream.gaussian(counts.spread ?? 0))));
  });
  denominators.set(spec.id, result);
  return result;
}

/** Every indicator's figures, quarter by quarter, with no commentary yet. The same every time. */
export function generateFigures(specs: readonly Spec[]): Figures {
  const denominators = new Map<string, number[]>();
  const rows: Figures = new Map();
  for (const spec of specs) {
    if (!spec.model === !spec.derived) throw new Error(`${spec.id}: needs a model or derived figures, not both`);
    const stream = streamFor(spec.id);
    const dens = spec.counts ? denominatorsFor(spec, stream, denominators) : null;
    const decimals = decimalsOf(spec);
    const model = spec.model;
    const carry = model?.carry ?? 0;
    let noise = 0;
    const perQuarter: (Row | undefined)[] = PERIODS.map((_, i) => {
      // Every quarter draws its noise, used or not, so a fixed or blank quarter leaves the others' draws as they were.
      noise = model ? carry * noise + stream.gaussian(model.noise * Math.sqrt(1 - carry * carry)) : 0;
      const sampling = stream.gaussian(1);
      if (spec.start !== undefined && i < spec.start) return undefined;
      if (spec.annual && !isQ4(i)) return undefined;
      const blank = { value: null, numerator: null, denominator: null, commentary: '' };
      if (model?.blank?.includes(i)) return blank;
      const fixed = model?.fixed?.[i];
      let intended: number;
      if (spec.derived) {
        const derived = spec.derived[i];
        if (derived === null || derived === undefined) return blank;
        intended = derived;
      } else {
        intended = fixed ?? modelValue(spec, model!, i, noise);
      }
      if (dens) {
        const denominator = dens[i]!;
        let p = Math.min(100, Math.max(0, intended));
        // A new sample each quarter also varies by chance, as a binomial count does (its normal approximation).
        if (fixed === undefined && !spec.counts!.cohort) p += sampling * 100 * Math.sqrt((p / 100) * (1 - p / 100) / denominator);
        const numerator = Math.min(denominator, Math.max(0, Math.round((denominator * p) / 100)));
        return { value: round((100 * numerator) / denominator, 1), numerator, denominator, commentary: '' };
      }
      const clamped = spec.unit === 'percent' ? Math.min(100, Math.max(0, intended)) : Math.max(0, intended);
      const value = spec.unit === 'count' ? Math.round(clamped) : round(clamped, decimals);
      return { value, numerator: null, denominator: null, commentary: '' };
    });
    rows.set(spec.id, perQuarter);
  }
  return rows;
}
