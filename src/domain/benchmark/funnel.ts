// Whether a council's proportion differs from England's by more than chance for a council of its size:
// Spiegelhalter's funnel plot for a proportion ("Funnel plots for comparing institutional performance",
// Statistics in Medicine 2005), the normal approximation p0 ± z·√(p0(1 − p0)/n) round England's proportion p0,
// with n the council's denominator. A small council's figure moves more by chance, so its limits are wider.
import type { FunnelPoint, FunnelPosition } from './types.ts';

/** Two-sided 95% and 99.8% limits: the normal quantiles Spiegelhalter uses (about 2 and 3 standard errors). */
export const Z_95 = 1.959964;
export const Z_998 = 3.090232;

export interface Counts {
  numerator: number | null;
  denominator: number | null;
}

const clamp = (p: number) => Math.min(1, Math.max(0, p));

/** The limits at `z` round p0 for a council of size n, as the funnel plot draws them for every n. */
export function funnelLimits(p0: number, n: number, z: number): { lower: number; upper: number } {
  const half = z * Math.sqrt((p0 * (1 - p0)) / n);
  // A proportion cannot leave 0 to 1, so neither can the limits drawn round it.
  return { lower: clamp(p0 - half), upper: clamp(p0 + half) };
}

/** Our place on the funnel round England's proportion; null unless both have a numerator and a denominator above 0. */
export function funnelPoint(ours: Counts, england: Counts | null): FunnelPoint | null {
  if (ours.numerator === null || ours.denominator === null || ours.denominator <= 0) return null;
  if (england === null || england.numerator === null || england.denominator === null || england.denominator <= 0) return null;
  const p0 = england.numerator / england.denominator;
  const n = ours.denominator;
  const p = ours.numerator / n;
  const at95 = funnelLimits(p0, n, Z_95);
  const at998 = funnelLimits(p0, n, Z_998);
  const limits = { lower95: at95.lower, upper95: at95.upper, lower998: at998.lower, upper998: at998.upper };
  // On a limit is within it.
  let position: FunnelPosition = 'within';
  if (p > limits.upper998) position = 'above 99.8%';
  else if (p > limits.upper95) position = 'above 95%';
  else if (p < limits.lower998) position = 'below 99.8%';
  else if (p < limits.lower95) position = 'below 95%';
  return { position, p0, n, p, limits };
}
