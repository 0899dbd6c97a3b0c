// Checks the data directory and lists every problem, so officers can fix them all before publishing.
// Usage: `npm run validate` (or `node scripts/validate.ts`); set DATA_DIR to check another folder.
// `npm run validate -- --strict` also fails on warnings, for pull-request checks.
// `npm run validate -- --summary <file>` also appends the report to <file> as Markdown (a pull request's job summary).
// SCORECARD_TODAY (YYYY-MM-DD) sets the day the quarters are checked against (src/site/build-date.ts).
import path from 'node:path';
import { indexDataset } from '../src/domain/dataset-index.ts';
import { describePendingRevisions, pendingRevisions } from '../src/domain/pending-revisions.ts';
import { periodShortLabel } from '../src/domain/period.ts';
import type { Dataset, PeriodId } from '../src/domain/types.ts';
import { describeWhatChanged, whatChanged } from '../src/domain/what-changed.ts';
import { loadDataset } from '../src/load/dataset.ts';
import { readHistory } from '../src/load/history.ts';
import { formatIssue, summariseIssues, type ValidationIssue } from '../src/load/issue.ts';
import type { QuarterCells } from '../src/load/quarters.ts';
import { rewriteWarnings } from '../src/load/revision-warnings.ts';
import { resolveConfig } from './lib/config.ts';
import { suppressionReport } from './lib/suppression-report.ts';
import { summaryOption, writeSummaryOnExit } from './lib/validate-summary.ts';

function plural(count: number, one: string, many: string = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * What committing the folder would revise: published figures that differ from the data's last commit (read
 * as the build reads the history). Nothing when the data has no git history.
 */
async function revisionReport(directory: string, dataset: Dataset, cells: QuarterCells, shown: string): Promise<{ lines: string[]; warnings: ValidationIssue[] }> {
  const history = await readHistory(directory);
  const committed = history.available ? history.snapshots.at(-1) : undefined;
  if (committed === undefined) return { lines: [], warnings: [] };
  const current = new Map<PeriodId, Map<string, number | null>>();
  for (const value of dataset.values) {
    let quarter = current.get(value.period);
    if (quarter === undefined) current.set(value.period, quarter = new Map());
    quarter.set(value.indicatorId, value.value);
  }
  const pending = pendingRevisions(committed, current, dataset.indicators);
  const lineOf = (period: PeriodId, id: string) => cells.get(period)?.get(id)?.value.line ?? null;
  return { lines: describePendingRevisions(pending, dataset.indicators, lineOf), warnings: rewriteWarnings(pending, shown) };
}

// Its own options (--strict, --summary) are read below; the settings it shares with the build here.
const resolved = resolveConfig(process.env);
if (!resolved.ok) {
  console.error(resolved.problems.join('\n'));
  process.exit(1);
}
const { dataDir: directory, today } = resolved.config;
const relative = path.relative(process.cwd(), directory);
const shown = `${relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? directory : relative}/`;

const strict = process.argv.includes('--strict');

const summary = summaryOption(process.argv.slice(2));
if (summary !== null && typeof summary === 'object') {
  console.error(summary.problem);
  process.exit(1);
}
if (summary !== null) writeSummaryOnExit(summary, shown);

const { dataset, issues: problems, warnings, cells } = await loadDataset(directory, { today });
const revisions = dataset === null ? { lines: [], warnings: [] } : await revisionReport(directory, dataset, cells, shown);
warnings.push(...revisions.warnings);
// Warnings are printed first and never block, unless --strict makes them problems.
const issues = strict ? [...problems, ...warnings] : problems;
if (!strict) for (const item of warnings) console.warn(`Warning: ${formatIssue(item)}`);
// What would be revised is a report, said whether or not the check passes, so it is read before the commit.
const revised = revisions.lines.length > 0 ? ['', ...revisions.lines].join('\n') : null;

if (issues.length > 0 || dataset === null) {
  for (const item of issues) console.error(formatIssue(item));
  if (revised !== null) console.log(revised);
  console.error('');
  console.error(`${shown} has ${summariseIssues(issues).replace(/^No problems$/, 'problems')}. Fix them and run npm run validate again; docs/data-format.md explains each file.`);
  process.exitCode = 1;
} else {
  const { indicators, periods, site } = dataset;
  const first = periods[0];
  const last = periods[periods.length - 1];
  const range = first === undefined || last === undefined
    ? ''
    : first === last ? ` (${periodShortLabel(first)})` : ` (${periodShortLabel(first)} to ${periodShortLabel(last)})`;
  const warned = warnings.length > 0 ? ` ${plural(warnings.length, 'warning')} above: worth a look, but they do not stop publishing.` : '';
  const drafts = site.drafts.length > 0
    ? ` Draft, so left out of npm run build (preview it with npm run build -- --drafts): ${site.drafts.map(periodShortLabel).join(', ')}.`
    : '';
  // Benchmarks (issue 18) are said only when there are some: a council without them reads the line as before.
  const benchmarked = dataset.benchmarks
    ? ` Benchmarks against every council for ${plural(dataset.benchmarks.indicators.length, 'indicator')}, as ${dataset.benchmarks.area.name} (${dataset.benchmarks.area.code}).`
    : '';
  console.log(`${shown} is valid: ${plural(indicators.length, 'indicator')}, ${plural(periods.length, 'quarter')}${range}, ${plural(site.comparators.length, 'comparator')}.${benchmarked}${drafts}${warned}`);
  for (const line of suppressionReport(dataset)) console.log(line);
  if (revised !== null) console.log(revised);
  const report = whatChanged(indexDataset(dataset), warnings.length);
  if (report !== null) console.log(['', ...describeWhatChanged(report)].join('\n'));
}
