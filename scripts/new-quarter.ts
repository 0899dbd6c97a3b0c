// Starts a new quarter: writes quarters/<period>.csv with a row for every indicator and nothing filled in, and,
// for a council that publishes quality assurance, audits/<period>.csv (header only) and narrative/<period>.md (the
// standard headings). It never replaces a file: if any of them exists, it writes none.
// Usage: `npm run new-quarter` (the quarter after the newest quarter file) or `npm run new-quarter -- 2026-27-Q1`.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatDate } from '../src/domain/format.ts';
import { quarterHasEnded } from '../src/domain/period-checks.ts';
import { nextPeriod, parsePeriod, periodEndDate, periodLabel } from '../src/domain/period.ts';
import { AUDITS_DIR } from '../src/load/audits.ts';
import { FEEDBACK_DIR } from '../src/load/feedback.ts';
import { periodProblem } from '../src/load/cells.ts';
import { loadCsv } from '../src/load/files.ts';
import { GRADE_SCALES_FILE } from '../src/load/grade-scales.ts';
import { INDICATORS_FILE, INDICATORS_SPEC, readIndicators } from '../src/load/indicators.ts';
import { formatIssue, issue, type ValidationIssue } from '../src/load/issue.ts';
import { NARRATIVE_DIR } from '../src/load/narratives.ts';
import { listPeriodFiles } from '../src/load/period-files.ts';
import { auditsTemplate, feedbackTemplate, narrativeTemplate, quarterTemplate } from '../src/load/quarter-templates.ts';
import { QUARTERS_DIR, QUARTER_SPEC } from '../src/load/quarters.ts';
import { resolveConfig } from './lib/config.ts';

async function main(): Promise<number> {
  const resolved = resolveConfig(process.env);
  if (!resolved.ok) {
    console.error(`${resolved.problems.join('\n')}\nNothing was written.`);
    return 1;
  }
  const { dataDir, today } = resolved.config;
  // Joined, so that `2026/27 Q1` typed without quotes is still recognised and corrected.
  const words = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
  const given = words.length > 0 ? words.join(' ') : undefined;

  const issues: ValidationIssue[] = [];
  const table = await loadCsv(dataDir, INDICATORS_FILE, INDICATORS_SPEC, issues, []);
  if (table === undefined) issues.push(issue(INDICATORS_FILE, null, null, `there is no ${INDICATORS_FILE} in ${dataDir}. Run the command from the project folder, or set DATA_DIR to the data folder.`));
  const catalogue = table ? readIndicators(table, issues) : null;
  if (issues.length > 0 || catalogue === null) {
    for (const item of issues) console.error(formatIssue(item));
    console.error(`\nNothing was written: the new quarter needs the list of indicators. Fix ${INDICATORS_FILE} and run npm run new-quarter again.`);
    return 1;
  }

  let period: string;
  if (given !== undefined) {
    if (parsePeriod(given) === null) {
      console.error(`${periodProblem(given)}\nNothing was written. For example: npm run new-quarter -- 2026-27-Q1`);
      return 1;
    }
    period = given;
  } else {
    const newest = (await listPeriodFiles(dataDir, QUARTERS_DIR, { extension: 'csv' }, [])).files.at(-1);
    if (newest === undefined) {
      console.error(`There is no quarter file in ${QUARTERS_DIR}/ to follow on from. Say which quarter to start, e.g. npm run new-quarter -- 2026-27-Q1\nNothing was written.`);
      return 1;
    }
    // Running it twice must not start two empty quarters.
    const newestTable = await loadCsv(dataDir, newest.relative, QUARTER_SPEC, [], []);
    if (newestTable && newestTable.rows.length > 0 && newestTable.rows.every((row) => row.cell('value').text === '')) {
      console.error(`Nothing was written: the newest quarter, ${newest.relative}, has no figures yet. Fill it in first, ` +
        `or say which quarter to start, e.g. npm run new-quarter -- ${nextPeriod(newest.period)}`);
      return 1;
    }
    period = nextPeriod(newest.period);
  }

  // Quality assurance files only for a council that publishes it.
  const publishesQa = existsSync(path.join(dataDir, AUDITS_DIR)) || existsSync(path.join(dataDir, GRADE_SCALES_FILE));
  const files: [string, string][] = [[`${QUARTERS_DIR}/${period}.csv`, quarterTemplate(catalogue.indicators.map((indicator) => indicator.id))]];
  if (publishesQa) {
    files.push([`${AUDITS_DIR}/${period}.csv`, auditsTemplate()], [`${NARRATIVE_DIR}/${period}.md`, narrativeTemplate()]);
  }
  // Feedback only for a council that already publishes it: many councils keep feedback in the narrative alone.
  const publishesFeedback = existsSync(path.join(dataDir, FEEDBACK_DIR));
  if (publishesFeedback) files.push([`${FEEDBACK_DIR}/${period}.csv`, feedbackTemplate()]);

  const existing = files.map(([name]) => name).filter((name) => existsSync(path.join(dataDir, name)));
  if (existing.length > 0) {
    const one = existing.length === 1;
    console.error(`Nothing was written: ${existing.join(', ')} already ${one ? 'exists' : 'exist'}, and new-quarter never replaces a file. ` +
      `Edit the existing ${one ? 'file' : 'files'}, or give another quarter, e.g. npm run new-quarter -- ${nextPeriod(period)}`);
    return 1;
  }
  for (const [name, text] of files) {
    await mkdir(path.dirname(path.join(dataDir, name)), { recursive: true });
    // 'wx' fails rather than replaces, should a file appear between the check and the write.
    await writeFile(path.join(dataDir, name), text, { flag: 'wx' });
  }

  const relative = path.relative(process.cwd(), dataDir);
  const shown = relative.startsWith('..') || path.isAbsolute(relative) ? dataDir : relative;
  console.log(`Started ${periodLabel(period)}. Wrote:`);
  for (const [name] of files) console.log(`  ${path.join(shown, name)}`);
  // Started early, the quarter is refused by validate and the build until it ends, unless it is a draft.
  if (!quarterHasEnded(period, today)) {
    console.log(`\n${periodLabel(period)} does not end until ${formatDate(periodEndDate(period))}, so until then npm run validate and the build ` +
      `accept its files only as a draft: if "drafts" in site.json does not list it yet, add it ("drafts": ["${period}"]). ` +
      'Take it out of "drafts" once the quarter has ended and its figures are signed off, to publish it.');
  }
  console.log([
    '',
    'Next:',
    `1. Fill in ${QUARTERS_DIR}/${period}.csv: the value of each indicator (numerator and denominator for percentages of children, when you have them), ` +
      'and commentary where members will ask why. Leave a value blank if the figure is not available.',
    ...(publishesQa ? [
      `2. Add the quarter's audits to ${AUDITS_DIR}/${period}.csv, one row per activity and grade, and write ${NARRATIVE_DIR}/${period}.md: ` +
      'the summary and the text under each heading.' +
      (publishesFeedback ? ` Add feedback from children and families to ${FEEDBACK_DIR}/${period}.csv, one row per question.` : ''),
    ] : []),
    `${publishesQa ? 3 : 2}. Run npm run validate, fix any problem, and read its warnings and "What changed" report.`,
  ].join('\n'));
  return 0;
}

process.exitCode = await main();
