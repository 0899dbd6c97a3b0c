// What a scorecard row's SPC cells say and which icon each shows, from the row's SPC reading: shared by the
// scorecard table (every quarter's page and the committee pack) and the RAG grid so a signal reads the same.
import { assuranceIcon, variationIcon } from './icons.ts';
import { assuranceShown, type SpcAssurance, type SpcVariation } from '../../domain/spc/assurance.ts';
import { isSpecialCause, type SpcReading } from '../../domain/spc/reading.ts';
import {
  ASSURANCE_LABEL, ASSURANCE_MEANING, NO_ASSURANCE_LABEL, NO_VALUE_LABEL, PROCESS_CHANGED_LABEL, PROCESS_CHANGED_MEANING, VARIATION_MEANING,
  tooFewLabel, variationSide, variationWords,
} from '../../domain/spc/wording.ts';
import type { Polarity } from '../../domain/types.ts';

export interface SpcCell {
  /** The stylesheet class that draws the icon; '' for none. */
  cls: string;
  text: string;
  /** Where the words are explained, when a cell should link to it (a changed process: why no assurance is given). */
  href?: string;
}

/** /about/spc/'s section on a changed process. */
export const PROCESS_CHANGED_ANCHOR = 'process-changed';

export type SpcCells =
  /** Too few quarters: one cell across both columns. */
  | { kind: 'too_few'; text: string }
  | { kind: 'reading'; variation: SpcCell; assurance: SpcCell };

/** A variation's icon and words, e.g. the concern icon with H and "Concern (higher)". */
function variationCell(variation: SpcVariation, polarity: Polarity): SpcCell {
  return { cls: variationIcon(variation, variationSide(variation, polarity === 'higher_is_better')).cls, text: variationWords(variation, polarity) };
}

/** `base`: the site's base path, for the link a changed process's cell carries. */
export function spcCells(reading: SpcReading, polarity: Polarity, hasTarget: boolean, base: string = '/'): SpcCells {
  if (reading.kind === 'too_few') return { kind: 'too_few', text: tooFewLabel(reading.values, reading.needed) };
  const variation: SpcCell = reading.kind === 'no_value' ? { cls: '', text: NO_VALUE_LABEL } : variationCell(reading.variation, polarity);
  // Never a pass or fail from limits the process has already left behind (src/domain/spc/process-change.ts).
  const shown = assuranceShown(reading.assurance, reading.processChanged);
  const assurance: SpcCell = shown === null
    ? { cls: '', text: hasTarget ? NO_ASSURANCE_LABEL.neutral : NO_ASSURANCE_LABEL.no_target }
    : shown === 'process_changed'
      ? { cls: '', text: PROCESS_CHANGED_LABEL, href: `${base}about/spc/#${PROCESS_CHANGED_ANCHOR}` }
      : { cls: assuranceIcon(shown).cls, text: ASSURANCE_LABEL[shown] };
  return { kind: 'reading', variation, assurance };
}

const SPC_ASSURANCES: readonly SpcAssurance[] = ['consistent_pass', 'consistent_fail', 'inconsistent'];

export interface SpcKeyEntry {
  cls: string;
  label: string;
  meaning: string;
}

/**
 * Every icon with its words and meaning, for the keys under the RAG grid and in the pack and for /about/spc/; the
 * assurance key ends with the words said instead where the process has changed (no icon: no assurance is given).
 */
export function spcKey(): { variation: SpcKeyEntry[]; assurance: SpcKeyEntry[] } {
  const marks: [SpcVariation, boolean][] = [
    ['common_cause', true], ['improvement', true], ['improvement', false], ['concern', true], ['concern', false], ['neutral_high', true], ['neutral_low', true],
  ];
  // Improvement and concern say high or low by their icon; "higher is better" picks the side each stands for.
  const variation = marks.map(([v, high]) => {
    const { cls, text } = variationCell(v, (v === 'concern' ? !high : high) ? 'higher_is_better' : 'lower_is_better');
    return { cls, label: text, meaning: VARIATION_MEANING[v] };
  });
  const assurance = [
    ...SPC_ASSURANCES.map((a) => ({ cls: assuranceIcon(a).cls, label: ASSURANCE_LABEL[a], meaning: ASSURANCE_MEANING[a] })),
    { cls: '', label: PROCESS_CHANGED_LABEL, meaning: PROCESS_CHANGED_MEANING },
  ];
  return { variation, assurance };
}

/** The RAG grid's marker for a quarter whose figure is a special-cause signal; null for common cause and the rest. */
export function spcMarker(reading: SpcReading, polarity: Polarity): SpcCell | null {
  if (!isSpecialCause(reading) || reading.kind !== 'spc') return null;
  return variationCell(reading.variation, polarity);
}
