// The quartile band, A (the best quarter of councils) to D, exactly as DfE's Local Authority Interactive Tool
// bands a council: we followed calculate_quartile_band in LAIT's R/fn_analysis.R
// (github.com/dfe-analytical-services/local-authority-interactive-tool), the version that takes polarity.
// Its boundaries are R's quantile(values, na.rm = TRUE) over every council's published value that year: the
// default type 7, which d3's quantileSorted also computes. A value equal to a boundary falls in the band below
// it (the lower-valued band): LAIT tests `value <= q25` first.
import { quantileSorted } from 'd3';
import type { Polarity } from '../types.ts';
import type { QuartileBand } from './types.ts';

/** [0%, 25%, 50%, 75%, 100%] as R's quantile() gives them; null when no council published a figure. */
export type QuartileBoundaries = readonly [number, number, number, number, number];

export function quartileBoundaries(published: readonly number[]): QuartileBoundaries | null {
  if (published.length === 0) return null;
  const sorted = [...published].sort((a, b) => a - b);
  const at = (p: number) => quantileSorted(sorted, p)!;
  return [at(0), at(0.25), at(0.5), at(0.75), at(1)];
}

/** LAIT's band for `value`; null for a neutral indicator (LAIT shows "-": no quarter is better). */
export function quartileBand(value: number, boundaries: QuartileBoundaries, polarity: Polarity): QuartileBand | null {
  if (polarity === 'neutral') return null;
  const [, q25, q50, q75] = boundaries;
  // The quarter counted from the lowest values: 0 up to and including q25, then (q25, q50], (q50, q75], above q75.
  const fromLowest = value <= q25 ? 0 : value <= q50 ? 1 : value <= q75 ? 2 : 3;
  const bands: readonly QuartileBand[] = polarity === 'lower_is_better' ? ['A', 'B', 'C', 'D'] : ['D', 'C', 'B', 'A'];
  return bands[fromLowest]!;
}
