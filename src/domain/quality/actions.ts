// Improvement actions arising from QA, as they stood at the end of a quarter: raised by then, complete if they
// were completed on or before its last day (actions.csv `completed`), overdue if not complete and due before it.
// Completion is dated, so a quarter's counts never change when an action is completed later, or in a draft.
import { comparePeriods, periodEndDate } from '../period.ts';
import type { PeriodId } from '../types.ts';
import type { Action, ActionStatus } from './types.ts';

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

function checkDate(asAt: string): void {
  if (!DATE_PATTERN.test(asAt)) throw new Error(`"${asAt}" is not a date; write dates as YYYY-MM-DD`);
}

/**
 * An action's status at a date: its status now where that was already true, else `not_complete` for an action
 * completed after the date (how it was progressing then is not recorded).
 */
export type ActionStatusAsAt = ActionStatus | 'not_complete';

/** Completed on or before `asAt` (`YYYY-MM-DD`). ISO dates compare correctly as text. */
export function isCompleteBy(action: Action, asAt: string): boolean {
  checkDate(asAt);
  return action.completed !== null && action.completed <= asAt;
}

/**
 * Not complete by `asAt` and due strictly before it: an action due on the quarter's last day is still in time at
 * that quarter end.
 */
export function isOverdue(action: Action, asAt: string): boolean {
  return !isCompleteBy(action, asAt) && action.due < asAt;
}

/** The status to show for an action as it stood at `asAt`. */
export function statusAsAt(action: Action, asAt: string): ActionStatusAsAt {
  if (isCompleteBy(action, asAt)) return 'complete';
  return action.status === 'complete' ? 'not_complete' : action.status;
}

export interface ActionsAsAt {
  /** Not complete and not overdue. */
  open: Action[];
  overdue: Action[];
  completed: Action[];
}

/** Actions raised at or before `period`, split at its end date; each list keeps the input order. */
export function actionsAsAt(actions: readonly Action[], period: PeriodId): ActionsAsAt {
  const asAt = periodEndDate(period);
  const result: ActionsAsAt = { open: [], overdue: [], completed: [] };
  for (const action of actions) {
    if (comparePeriods(action.raised, period) > 0) continue;
    if (isCompleteBy(action, asAt)) result.completed.push(action);
    else if (isOverdue(action, asAt)) result.overdue.push(action);
    else result.open.push(action);
  }
  return result;
}

/** Actions meant to move an indicator, for its page. */
export function actionsForIndicator(actions: readonly Action[], indicatorId: string): Action[] {
  return actions.filter((action) => action.indicators.includes(indicatorId));
}
