// The shape of one marked point, shared by the analysis that makes it and the rules that read it (such as
// process-change.ts), so that neither imports the other.
import type { PeriodId } from '../types.ts';
import type { SpcVariation } from './assurance.ts';
import type { SpcRule } from './rules.ts';

export interface SpcPoint {
  period: PeriodId;
  value: number;
  variation: SpcVariation;
  rule: SpcRule | null;
  /** Index into `segments`. */
  segment: number;
}
