// The checks on the quarters as a whole, said so that the officer can act on them: a quarter still under way
// on the day of the build is refused unless it is a draft; a gap between quarters, and an indicator with no
// row in the newest quarter, are warnings (so `validate --strict`, the pull-request check, fails on them).
import { quarterGaps, quarterHasEnded } from '../domain/period-checks.ts';
import { formatDate } from '../domain/format.ts';
import { periodEndDate, periodLabel, periodShortLabel, previousPeriod, sortPeriods } from '../domain/period.ts';
import type { Indicator, PeriodId, QuarterValue } from '../domain/types.ts';
import { issue, type ValidationIssue } from './issue.ts';
import type { PeriodFile } from './period-files.ts';
import { QUARTERS_DIR } from './quarters.ts';
import { SITE_FILE } from './site.ts';

/** Enough quarters named to see the gap; the rest are counted. */
const NAMED_QUARTERS = 8;

function andList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function quarterList(periods: readonly PeriodId[]): string {
  const named = periods.slice(0, NAMED_QUARTERS).map(periodShortLabel);
  const more = periods.length - named.length;
  return more > 0 ? `${named.join(', ')} and ${more} more` : andList(named);
}

/**
 * A located problem for each file of a quarter that has not ended on `today` and is not a draft: its figures
 * cannot be final, and a mistyped year (2026-27 for 2025-26) would otherwise publish as the latest quarter.
 */
export function unfinishedQuarterIssues(files: readonly PeriodFile[], drafts: ReadonlySet<PeriodId>, today: string): ValidationIssue[] {
  return files.filter(({ period }) => !drafts.has(period) && !quarterHasEnded(period, today)).map(({ relative, period }) =>
    issue(relative, null, null,
      `${periodLabel(period)} does not end until ${formatDate(periodEndDate(period))}, and today is ${formatDate(today)}, so its figures cannot be final. ` +
      `If you are preparing it early, add it to "drafts" in site.json ("drafts": ["${period}"]): it is then checked and previewed, but not published. ` +
      'Otherwise wait until the quarter has ended, or, if the file is named after the wrong quarter, rename it.'));
}

/**
 * Warnings for quarters missing between quarter files (`periods`, drafts included), and for a draft between two
 * published quarters, which the published site would step over.
 */
export function quarterGapWarnings(periods: readonly PeriodId[], drafts: readonly PeriodId[], lineOfDraft: (index: number) => number): ValidationIssue[] {
  const warnings: ValidationIssue[] = [];
  for (const { after, before, missing } of quarterGaps(periods)) {
    const one = missing.length === 1;
    const first = missing[0]!;
    warnings.push(issue(QUARTERS_DIR, null, null,
      `there is no file for ${quarterList(missing)}, between ${periodShortLabel(after)} and ${periodShortLabel(before)}, ` +
      'so the scorecards would go straight from one to the other as if they were next to each other. ' +
      `Add the missing ${one ? 'quarter' : 'quarters'} (npm run new-quarter -- ${first} starts ${one ? 'it' : 'the first'}; leave a value blank where there is no figure), ` +
      'or check that each file is named after the right quarter.'));
  }
  const draftSet = new Set(drafts);
  const published = periods.filter((period) => !draftSet.has(period));
  for (const { after, before, missing } of quarterGaps(published)) {
    for (const period of missing.filter((p) => draftSet.has(p))) {
      warnings.push(issue(SITE_FILE, lineOfDraft(drafts.indexOf(period)), `drafts[${drafts.indexOf(period)}]`,
        `${periodShortLabel(period)} is a draft, but ${periodShortLabel(before)} after it is published, so the published site would go from ` +
        `${periodShortLabel(after)} to ${periodShortLabel(before)} as if nothing came between. Take ${period} out of "drafts" to publish it too, ` +
        `or add ${before} to "drafts" until both are ready.`));
    }
  }
  return warnings;
}

/**
 * A warning for each indicator with no row in the newest quarter (and, when that is a draft, in the newest
 * published one): a deleted row would otherwise publish as "without a figure". A blank value is how a row says
 * there is no figure.
 */
export function missingRowWarnings(indicators: readonly Indicator[], values: readonly QuarterValue[], periods: readonly PeriodId[], drafts: readonly PeriodId[]): ValidationIssue[] {
  const sorted = sortPeriods(periods);
  const newest = sorted.at(-1);
  const newestPublished = sorted.filter((period) => !drafts.includes(period)).at(-1);
  const checked = sortPeriods([newest, newestPublished].filter((period): period is PeriodId => period !== undefined));
  const rows = new Map<PeriodId, Set<string>>();
  for (const value of values) {
    let ids = rows.get(value.period);
    if (ids === undefined) rows.set(value.period, ids = new Set());
    ids.add(value.indicatorId);
  }
  const warnings: ValidationIssue[] = [];
  for (const period of checked) {
    const present = rows.get(period) ?? new Set<string>();
    const before = previousPeriod(period);
    for (const indicator of indicators) {
      if (present.has(indicator.id)) continue;
      const had = rows.get(before)?.has(indicator.id) ? ` It has a row in ${periodShortLabel(before)}.` : '';
      warnings.push(issue(`${QUARTERS_DIR}/${period}.csv`, null, null,
        `there is no row for "${indicator.title}" (${indicator.id}), which is in indicators.csv, so the site would show it without a figure for ${periodShortLabel(period)}.${had} ` +
        `Add a row for ${indicator.id}: with its figure, or with the value left blank if there is no figure this quarter.`));
    }
  }
  return warnings;
}
