// site.json "drafts": each quarter listed must have data of its own, or the officer has mistyped it (a draft
// that matches nothing would otherwise publish the quarter it was meant to hold back, under its real name).
import type { PeriodId } from '../domain/types.ts';
import { issue, type ValidationIssue } from './issue.ts';
import { SITE_FILE } from './site.ts';

/**
 * A located problem for each draft quarter with no file in quarters/, audits/, audit-domains/ or narrative/.
 * `withFiles` holds every quarter that has any of those files.
 */
export function checkDrafts(drafts: readonly PeriodId[], withFiles: ReadonlySet<PeriodId>, lineOf: (path: readonly PropertyKey[]) => number, issues: ValidationIssue[]): void {
  drafts.forEach((period, index) => {
    if (withFiles.has(period)) return;
    issues.push(issue(SITE_FILE, lineOf(['drafts', index]), `drafts[${index}]`,
      `"drafts" lists ${period}, but there is no file for that quarter (quarters/${period}.csv, audits/${period}.csv, ` +
      `audit-domains/${period}.csv or narrative/${period}.md). Check the quarter is written as in its file's name, ` +
      'or remove it from "drafts".'));
  });
}
