// Commentary: the hand-written story notes; then, for every red without a note, why the target was missed
// (councillors always ask); then filler to reach about a third of rows per quarter, as a council's officers write.
import type { RagStatus } from '../../src/domain/types.ts';
import type { Spec } from './catalogue.ts';
import { PERIODS, QUARTER_COUNT } from './periods.ts';
import { SCORECARD_SEED, createRandom, type Random } from './random.ts';
import { decimalsOf, type Figures } from './series.ts';
import { targetAt } from './targets.ts';
import { prose } from './text.ts';

/** Writes each note into its quarter's row. */
export function addNotes(specs: readonly Spec[], figures: Figures): void {
  for (const spec of specs) {
    const perQuarter = figures.get(spec.id)!;
    for (const [key, text] of Object.entries(spec.notes ?? {})) {
      const row = perQuarter[Number(key)];
      if (!row) throw new Error(`${spec.id}: a note for ${PERIODS[Number(key)]}, which has no row`);
      row.commentary = text;
    }
  }
}

/** Says, for every red figure with no note, which target it missed, how it moved and why (the `missed` phrases in turn). */
export function explainReds(specs: readonly Spec[], figures: Figures, rag: (spec: Spec, i: number) => RagStatus | null): void {
  for (const spec of specs) {
    const perQuarter = figures.get(spec.id)!;
    let said = 0;
    perQuarter.forEach((row, i) => {
      if (!row || row.commentary !== '' || rag(spec, i) !== 'red') return;
      if (!spec.missed?.length) throw new Error(`${spec.id} is red in ${PERIODS[i]} and has no note: give it \`missed\` phrases`);
      const target = targetAt(spec, i)!;
      const targetText = `${prose(target.value, spec.unit, String(target.value).split('.')[1]?.length ?? 0)} or ${target.operator.startsWith('<') ? 'less' : 'more'}`;
      const previous = perQuarter[i - 1];
      const movement = previous?.value === null || previous?.value === undefined
        ? ''
        : ` ${row.value! > previous.value ? 'Up' : row.value! < previous.value ? 'Down' : 'Unchanged'} from ${prose(previous.value, spec.unit, decimalsOf(spec))} last quarter.`;
      // Rotate through the phrases, so that two reds running never repeat word for word.
      row.commentary = `Missed the target of ${targetText}.${movement} ${spec.missed[said++ % spec.missed.length]}`;
    });
  }
}

/** How a figure moved since last quarter, with a phrase that fits; null when there is nothing fitting to say. */
export function fillerFor(spec: Spec, figures: Figures, i: number, random: Random): string | null {
  const perQuarter = figures.get(spec.id)!;
  const row = perQuarter[i];
  const previous = perQuarter[i - 1];
  if (!row || row.value === null || !previous || previous.value === null) return null;
  const decimals = decimalsOf(spec);
  const was = prose(previous.value, spec.unit, decimals);
  const change = row.value - previous.value;
  if (Math.abs(change) < 10 ** -decimals / 2) return spec.context?.length ? `Unchanged from last quarter. ${random.pick(spec.context)}` : null;
  const movement = `${change > 0 ? 'Up' : 'Down'} from ${was} last quarter.`;
  if (spec.polarity === 'neutral') return spec.context?.length ? `${movement} ${random.pick(spec.context)}` : null;
  const improved = spec.polarity === 'higher_is_better' ? change > 0 : change < 0;
  const phrases = improved ? spec.better : spec.worse;
  return phrases?.length ? `${movement} ${random.pick(phrases)}` : null;
}

/** Adds filler until about a third of each quarter's rows have commentary, choosing the rows by a seeded shuffle. */
export function addFiller(specs: readonly Spec[], figures: Figures, random: Random = createRandom(SCORECARD_SEED)): void {
  for (let i = 0; i < QUARTER_COUNT; i++) {
    const present = specs.filter((spec) => figures.get(spec.id)![i] !== undefined);
    const wanted = Math.round(present.length / 3);
    let have = present.filter((spec) => figures.get(spec.id)![i]!.commentary !== '').length;
    const candidates = random.shuffle(present.filter((spec) => figures.get(spec.id)![i]!.commentary === ''));
    for (const spec of candidates) {
      if (have >= wanted) break;
      const text = fillerFor(spec, figures, i, random);
      if (text) {
        figures.get(spec.id)![i]!.commentary = text;
        have++;
      }
    }
  }
}
