// Red/amber/green against the target in force. The rule is printed in the site legend, so keep it simple:
// met is green, a miss within the amber tolerance is amber, any other miss is red.
import type { Operator, RagStatus, ResolvedTarget } from './types.ts';

/** Exact comparison: values and targets are decimals typed into CSV, so no tolerance is needed to "meet". */
export function meetsTarget(value: number, operator: Operator, target: number): boolean {
  switch (operator) {
    case '>=':
      return value >= target;
    case '<=':
      return value <= target;
    case '>':
      return value > target;
    case '<':
      return value < target;
  }
}

/**
 * Whether a miss is within the amber tolerance. The boundary counts as amber; the small relative epsilon
 * stops binary floating point (1.1 - 1.0 = 0.10000000000000009) pushing a boundary value into red.
 */
export function withinAmber(value: number, target: number, amber: number): boolean {
  const epsilon = 1e-9 * Math.max(1, Math.abs(value), Math.abs(target));
  return Math.abs(value - target) <= amber + epsilon;
}

export function ragStatus(value: number | null, target: ResolvedTarget | null): RagStatus {
  if (value === null) return 'no_data';
  if (target === null) return 'no_target';
  if (meetsTarget(value, target.operator, target.value)) return 'green';
  if (target.amber !== null && withinAmber(value, target.value, target.amber)) return 'amber';
  return 'red';
}
