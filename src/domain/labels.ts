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

export interface DirectionLabel {
  word: string;
  /** Improving/worsening arrows point towards better/worse; up/down point the way the value moved. */
  arrow: string;
}

export const DIRECTION_LABELS: Readonly<Record<Direction, DirectionLabel>> = {
  improving: { word: 'Improving', arrow: '↑' },
  worsening: { word: 'Worsening', arrow: '↓' },
  up: { word: 'Up', arrow: '↑' },
  down: { word: 'Down', arrow: '↓' },
  no_change: { word: 'No change', arrow: '→' },
  not_applicable: { word: 'Not applicable', arrow: '–' },
};

export function directionLabel(direction: Direction): DirectionLabel {
  return DIRECTION_LABELS[direction];
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

/** One word for a table cell whose column already names the comparator: "Better". */
export const JUDGEMENT_WORDS: Readonly<Record<Judgement, string>> = {
  better: 'Better',
  similar: 'Similar',
  worse: 'Worse',
  higher: 'Higher',
  lower: 'Lower',
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

export function polarityLabel(polarity: Polarity): string {
  return POLARITY_LABELS[polarity];
}
