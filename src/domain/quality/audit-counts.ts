// "Audits" has one meaning on every page, in the JSON and in the CSV: audits done, graded or not (issue 15).
// Home, the quarter's scorecard, the committee pack and the quality assurance page once counted 119, 143 and
// "143 … 24 more" for the same quarter because one `total` meant graded audits and another meant done. So every
// count of audits is one of these three, named, and shares of audits are of the graded ones (their base).
import type { AuditRow, UngradedRow } from './types.ts';

export interface AuditCounts {
  /** Audits done: graded + not graded. What "N audits" means wherever it is said. */
  done: number;
  /** Audits given a grade: the base of every share of audits (pass line, lowest grade, moderated). */
  graded: number;
  /** Audits done but not graded: counted in `done`, never in a share. */
  notGraded: number;
}

export function auditCounts(graded: number, notGraded: number): AuditCounts {
  return { done: graded + notGraded, graded, notGraded };
}

const sum = (rows: readonly { count: number }[]) => rows.reduce((total, row) => total + row.count, 0);

/** The counts of any set of graded and ungraded rows, e.g. one activity's in one quarter. */
export function countAudits(graded: readonly Pick<AuditRow, 'count'>[], ungraded: readonly Pick<UngradedRow, 'count'>[]): AuditCounts {
  return auditCounts(sum(graded), sum(ungraded));
}
