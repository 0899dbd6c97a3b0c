// Colours and shapes shared by every chart. Colours are never the only signal: each RAG status also has a
// shape (here) and a word (src/domain/labels.ts); each series has its own dash pattern and marker.
// Every colour below has at least 3:1 contrast against white, and markers get a dark outline so their
// shape stands out whatever the fill.
import type { RagStatus } from '../domain/types.ts';
import { ragLabel, type RagShape } from '../domain/labels.ts';

export const INK = '#0b0c0c';

export const RAG_FILL: Record<RagStatus, string> = {
  green: '#00703c',
  amber: '#f5a623',
  red: '#d4351c',
  no_target: '#ffffff',
  no_data: '#ffffff',
};

/** Plot symbols for each shape named in src/domain/labels.ts (a ring is a circle filled white). */
const PLOT_SYMBOL: Record<RagShape, string> = {
  circle: 'circle',
  triangle: 'triangle',
  diamond: 'diamond2',
  ring: 'circle',
  dash: 'times',
};

export function ragSymbol(rag: RagStatus): string {
  return PLOT_SYMBOL[ragLabel(rag).shape];
}

export const VALUE_COLOUR = '#1d70b8';
export const TARGET_COLOUR = INK;

export interface SeriesStyle {
  colour: string;
  /** SVG stroke-dasharray; '' for solid. */
  dash: string;
  symbol: string;
}

/** Secondary series (comparators, audit types) in order; cycled past four. */
export const SERIES_STYLES: readonly SeriesStyle[] = [
  { colour: '#4c2c92', dash: '6 3', symbol: 'square' },
  { colour: '#505a5f', dash: '2 3', symbol: 'plus' },
  { colour: '#b3134d', dash: '8 3 2 3', symbol: 'star' },
  { colour: '#00625e', dash: '1 2', symbol: 'wye' },
];

export function seriesStyle(position: number): SeriesStyle {
  return SERIES_STYLES[position % SERIES_STYLES.length]!;
}

/** Text glyphs matching each RAG shape in src/domain/labels.ts, for HTML badges beside the word. */
export const SHAPE_GLYPH: Record<RagShape, string> = {
  circle: '●',
  triangle: '▲',
  diamond: '◆',
  ring: '○',
  dash: '–',
};

/**
 * NHS England's Making Data Count colours (grey, blue, orange, purple), from the GOV.UK palette and dark enough for
 * 3:1 against the chart's white panel (kept white in the dark scheme) and for an icon's white letter at 4.5:1 on
 * its disc. The SPC chart and the scorecard's icons share them; shape, letter and word carry the same meaning.
 */
export const MDC_COLOUR = { grey: '#6f777b', blue: '#1d70b8', orange: '#a34f00', purple: '#4c2c92' } as const;

/** Each variation's colour, for the SPC chart's points and key. */
export const SPC_COLOUR = {
  common_cause: MDC_COLOUR.grey,
  improvement: MDC_COLOUR.blue,
  concern: MDC_COLOUR.orange,
  neutral_high: MDC_COLOUR.purple,
  neutral_low: MDC_COLOUR.purple,
} as const;
/** The average and the process limits. */
export const SPC_LINE_COLOUR = '#505a5f';
