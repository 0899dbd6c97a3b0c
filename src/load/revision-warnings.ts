// The warning for a published quarter most of whose figures change at once: more often a new quarter's figures
// typed over the last one's file than a set of corrections, and once committed every one is a public revision.
import { nextPeriod, periodShortLabel } from '../domain/period.ts';
import type { PendingRevisions } from '../domain/pending-revisions.ts';
import { issue, type ValidationIssue } from './issue.ts';
import { QUARTERS_DIR } from './quarters.ts';

/** `shownDir` is the data folder as the officer typed it or sees it (e.g. `data/`), for the git command. */
export function rewriteWarnings(pending: PendingRevisions, shownDir: string): ValidationIssue[] {
  return pending.quarters.filter((quarter) => quarter.rewritten).map(({ period, figures, changes }) => {
    const file = `${QUARTERS_DIR}/${period}.csv`;
    const next = nextPeriod(period);
    return issue(file, null, null,
      `${changes.length} of the ${figures} figures ${periodShortLabel(period)} was published with would change at once, more than a third of them: ` +
      'did you mean to start a new quarter? `npm run new-quarter` makes the next quarter\'s file. ' +
      `If these are the next quarter's figures, save this file as ${QUARTERS_DIR}/${next}.csv instead, then put the published figures back with ` +
      `git checkout -- ${shownDir}${file}. If they really are corrections, commit them with a first line saying why: it is published as the reason.`);
  });
}
