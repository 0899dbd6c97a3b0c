// The statistical neighbours' average: the mean of the figures they published, and how many of them that is,
// so "an average of 8 of our 10 neighbours" is never read as all 10 when DfE suppressed some.
import type { AreaFigure } from './types.ts';

export interface NeighbourAverage {
  value: number | null;
  /** How many neighbours' published figures the mean is of. */
  of: number;
  /** Each neighbour with a row in the file that year, in the order of the model (nearest first), published or not. */
  neighbours: AreaFigure[];
}

export function neighbourAverage(codes: readonly string[], councils: ReadonlyMap<string, AreaFigure>): NeighbourAverage {
  const neighbours = codes.map((code) => councils.get(code)).filter((c): c is AreaFigure => c !== undefined);
  const published = neighbours.map((n) => n.value).filter((v): v is number => v !== null);
  // Twelve significant figures drop binary noise (20.209999999999997 for 20.21) that every download would
  // otherwise carry; the figures averaged have a decimal place or two.
  const value = published.length === 0 ? null : Number((published.reduce((sum, v) => sum + v, 0) / published.length).toPrecision(12));
  return { value, of: published.length, neighbours };
}
