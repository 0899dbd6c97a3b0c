// What one file needs to know about the others to check its references.
import type { Polarity, Unit } from '../domain/types.ts';

export interface ReferenceContext {
  /** Ids listed in indicators.csv; null when that file could not be read, so references are not checked. */
  indicatorIds: ReadonlySet<string> | null;
  /** Units and polarities of indicators whose rows gave them; others are not range-checked. */
  units: ReadonlyMap<string, Unit>;
  polarities: ReadonlyMap<string, Polarity>;
  /** Comparator ids from site.json; null when site.json could not be read. */
  comparatorIds: ReadonlySet<string> | null;
}
