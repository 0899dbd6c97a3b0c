// Words and symbols for every status, so colour is never the only signal (WCAG 1.4.1). Pages, charts
// and downloads all take their wording from here so the legend matches what is shown.
import type { Direction, Judgement, Polarity, RagStatus } from './types.ts';

/** Marker shapes, distinct in outline so they can be told apart without colour. */
export type RagShape = 'circle' | 'triangle' | 'diamond' | 'dash' | 'ring';

export interface RagLabel {
  /** One word (or two) for tables: "Green". */
  word: string;
  /** The word with its meaning, for legends and screen readers: "Green: target met". */
  label: string;
  /** A single character for tight spaces and print. */
  letter: string;
  shape: RagShape;
}

export const RAG_LABELS: Readonly<Record<RagStatus, RagLabel>> = {
  green: { word: 'Green', label: 'Green: target met', letter: 'G', shape: 'circle' },
  amber: { word: 'Amber', label: 'Amber: close to target', letter: 'A', shape: 'triangle' },
  red: { word: 'Red', label: 'Red: target missed', letter: 'R', shape: 'diamond' },
  no_target: { word: 'No target', label: 'No target: a context measure', letter: '–', shape: 'ring' },
  no_data: { word: 'No data', label: 'No data: figure not available', letter: '?', shape: 'dash' },
};

export function ragLabel(status: RagStatus): RagLabel {
  return RAG_LABELS[status];
}

export const DIRECTION_WORDS: Readonly<Record<Direction, string>> = {
  improving: 'Improving',
  worsening: 'Worsening',
  up: 'Up',
  down: 'Down',
  no_change: 'No change',
  not_applicable: 'Not applicable',
};

export function directionWord(direction: Direction): string {
  return DIRECTION_WORDS[direction];
}

const MOVEMENT_ARROWS = { rose: '↑', fell: '↓', unchanged: '→' } as const;

/**
 * The arrow always shows which way the figure moved, and the word says whether that is good: a rise in
 * re-referrals reads "↑ Worsening". An arrow that pointed "towards better" would point down while the
 * number went up, which readers misread.
 */
export function directionArrow(direction: Direction, polarity: Polarity): string {
  const movement = valueMovement(direction, polarity);
  return movement === null ? '–' : MOVEMENT_ARROWS[movement];
}

/**
 * Which way the value itself moved. "Improving" on a lower-is-better indicator means the number fell,
 * which readers otherwise have to work out; use this with the word when space allows.
 */
export function valueMovement(direction: Direction, polarity: Polarity): 'rose' | 'fell' | 'unchanged' | null {
  switch (direction) {
    case 'up':
      return 'rose';
    case 'down':
      return 'fell';
    case 'no_change':
      return 'unchanged';
    case 'not_applicable':
      return null;
    case 'improving':
      return polarity === 'lower_is_better' ? 'fell' : 'rose';
    case 'worsening':
      return polarity === 'lower_is_better' ? 'rose' : 'fell';
  }
}

export const JUDGEMENT_LABELS: Readonly<Record<Judgement, string>> = {
  better: 'Better than',
  similar: 'Similar to',
  worse: 'Worse than',
  higher: 'Higher than',
  lower: 'Lower than',
  not_applicable: 'No comparison',
};

export function judgementLabel(judgement: Judgement): string {
  return JUDGEMENT_LABELS[judgement];
}

/**
 * For a table cell under the comparator's column heading. "We are lower" rather than "Lower", which could
 * be read as the comparator being lower.
 */
export const JUDGEMENT_WORDS: Readonly<Record<Judgement, string>> = {
  better: 'We are better',
  similar: 'We are similar',
  worse: 'We are worse',
  higher: 'We are higher',
  lower: 'We are lower',
  not_applicable: 'No comparison',
};

export function judgementWord(judgement: Judgement): string {
  return JUDGEMENT_WORDS[judgement];
}

/** `Better than England`, `No comparison with England`. */
export function judgementPhrase(judgement: Judgement, comparatorLabel: string): string {
  if (judgement === 'not_applicable') return `No comparison with ${comparatorLabel}`;
  return `${judgementLabel(judgement)} ${comparatorLabel}`;
}

export const POLARITY_LABELS: Readonly<Record<Polarity, string>> = {
  higher_is_better: 'Higher is better',
  lower_is_better: 'Lower is better',
  neutral: 'Context: neither higher nor lower is better',
};

const POLARITY_SHORT: Readonly<Record<Polarity, string>> = {
  higher_is_better: 'Higher is better',
  lower_is_better: 'Lower is better',
  neutral: 'Context measure',
};

/** For table cells under the indicator's name. */
export function polarityShortLabel(polarity: Polarity): string {
  return POLARITY_SHORT[polarity];
}

export function polarityLabel(polarity: Polarity): string {
  return POLARITY_LABELS[polarity];
}
