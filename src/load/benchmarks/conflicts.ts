// comparators.csv and the benchmark files must not both give England's, the region's or the neighbours' figure
// for the same indicator and year: the site would have two figures for one comparison and no way to choose.
import { BENCHMARK_COMPARATORS } from '../../domain/benchmark/comparator-values.ts';
import type { BenchmarkSource } from '../../domain/benchmark/types.ts';
import type { CsvTable } from '../csv.ts';
import { issue, type ValidationIssue } from '../issue.ts';
import { BENCHMARKS_DIR, BENCHMARKS_FILE } from './mapping.ts';

/** `lines`: each benchmarked indicator's line in benchmarks.csv; `comparatorIds` those site.json lists. */
export function checkComparatorConflicts(
  table: CsvTable, sources: readonly BenchmarkSource[], lines: ReadonlyMap<string, number>, comparatorIds: ReadonlySet<string>, issues: ValidationIssue[],
): void {
  const covered = new Map(sources.map((source) => [source.indicatorId, { source, periods: new Set(source.years.map((year) => year.period)) }]));
  for (const row of table.rows) {
    const indicatorId = row.cell('indicator_id').text;
    const comparatorId = row.cell('comparator').text;
    const period = row.cell('period');
    const benchmark = covered.get(indicatorId);
    if (!benchmark || !(comparatorId in BENCHMARK_COMPARATORS) || !comparatorIds.has(comparatorId) || !benchmark.periods.has(period.text)) continue;
    issues.push(issue(table.file, period.line, period.column,
      `the "${comparatorId}" figure for "${indicatorId}" in ${period.text} comes from ${BENCHMARKS_DIR}/${benchmark.source.file} (${BENCHMARKS_FILE}, line ${lines.get(indicatorId)}), ` +
      'so this row would give a second one. Delete this row to use DfE\'s figure, or take the indicator out of benchmarks.csv to keep your own.'));
  }
}
