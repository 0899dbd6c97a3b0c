// Targets and comparators: the rows of targets.csv and comparators.csv from the catalogue, and each figure's RAG
// rating as the site gives it, which the commentary and the story checks depend on.
import { periodOrdinal } from '../../src/domain/period.ts';
import { ragStatus } from '../../src/domain/rag.ts';
import { resolveTarget } from '../../src/domain/target.ts';
import type { RagStatus, ResolvedTarget, TargetRow } from '../../src/domain/types.ts';
import { COMPARATOR_IDS, type Spec } from './catalogue.ts';
import { PERIODS } from './periods.ts';
import type { Figures } from './series.ts';
import { csv, num } from './text.ts';

/** targets.csv: a row applies from its period until the next row for the same indicator; blank operator and amber mean the defaults. */
export function targetsCsv(specs: readonly Spec[]): string {
  const rows = specs.flatMap((spec) =>
    [...spec.targets].sort((a, b) => periodOrdinal(a.period) - periodOrdinal(b.period)).map((t) => [t.id, t.period, num(t.target), t.operator ?? '', num(t.amber)]));
  return csv(['indicator_id', 'period', 'target', 'operator', 'amber'], rows);
}

/** comparators.csv: each indicator's comparators in the site's order, each by period. */
export function comparatorRows(specs: readonly Spec[]): string[][] {
  return specs.flatMap((spec) => COMPARATOR_IDS.flatMap((comparator) =>
    (spec.comparators?.[comparator] ?? []).map(([period, value]) => [spec.id, comparator, period, num(value)])));
}

export function comparatorsCsv(rows: string[][]): string {
  return csv(['indicator_id', 'comparator', 'period', 'value'], rows);
}

/** The target in force for `spec` in quarter i, as the site resolves it (no site-wide amber in the demo). */
export function targetAt(spec: Spec, i: number): ResolvedTarget | null {
  const rows: TargetRow[] = spec.targets.map((t) => ({ indicatorId: t.id, period: t.period, target: t.target, operator: t.operator ?? null, amber: t.amber ?? null }));
  return resolveTarget(rows, { ...spec, partOf: null }, null, PERIODS[i]!);
}

/** RAG of an indicator's figure in quarter i, as the site rates it; null when it has no row. */
export function ragOf(figures: Figures) {
  return (spec: Spec, i: number): RagStatus | null => {
    const row = figures.get(spec.id)![i];
    if (!row) return null;
    return ragStatus(row.value, targetAt(spec, i));
  };
}
