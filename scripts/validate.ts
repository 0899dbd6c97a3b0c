// Checks the data directory and lists every problem, so officers can fix them all before publishing.
// Usage: `npm run validate` (or `node scripts/validate.ts`); set DATA_DIR to check another folder.
// `npm run validate -- --strict` also fails on warnings, for pull-request checks.
// `npm run validate -- --summary <file>` also appends the report to <file> as Markdown (a pull request's job summary).
import path from 'node:path';
import { indexDataset } from '../src/domain/dataset-index.ts';
import { periodShortLabel } from '../src/domain/period.ts';
import { describeWhatChanged, whatChanged } from '../src/domain/what-changed.ts';
import { dataDirectory, loadDataset } from '../src/load/dataset.ts';
import { formatIssue, summariseIssues } from '../src/load/issue.ts';
import { resolveBuildDate } from '../src/site/build-date.ts';
import { suppressionReport } from './lib/suppression-report.ts';
import { summaryOption, writeSummaryOnExit } from './lib/validate-summary.ts';

function plural(count: number, one: string, many: string = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

const directory = dataDirectory();
const relative = path.relative(process.cwd(), directory);
const shown = `${relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? directory : relative}/`;

const strict = process.argv.includes('--strict');
const today = resolveBuildDate(process.env);
if (!today.ok) {
  console.error(today.problem);
  process.exit(1);
}

const summary = summaryOption(process.argv.slice(2));
if (summary !== null && typeof summary === 'object') {
  console.error(summary.problem);
  process.exit(1);
}
if (summary !== null) writeSummaryOnExit(summary, shown);

const { dataset, issues: problems, warnings } = await loadDataset(directory, { today: today.date });
// Warnings are printed first and never block, unless --strict makes them problems.
const issues = strict ? [...problems, ...warnings] : problems;
if (!strict) for (const item of warnings) console.warn(`Warning: ${formatIssue(item)}`);

if (issues.length > 0 || dataset === null) {
  for (const item of issues) console.error(formatIssue(item));
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
  console.log(`${shown} is valid: ${plural(indicators.length, 'indicator')}, ${plural(periods.length, 'quarter')}${range}, ${plural(site.comparators.length, 'comparator')}.${drafts}${warned}`);
  for (const line of suppressionReport(dataset)) console.log(line);
  const report = whatChanged(indexDataset(dataset), warnings.length);
  if (report !== null) console.log(['', ...describeWhatChanged(report)].join('\n'));
}
