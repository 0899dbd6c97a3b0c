// Improvement actions arising from QA. The data holds each action's current status only, so "as at" a
// past quarter means: raised by then, judged overdue against that quarter's last day.
import { comparePeriods, periodEndDate } from '../period.ts';
import type { PeriodId } from '../types.ts';
import type { Action } from './types.ts';

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Not complete and due strictly before `asAt` (`YYYY-MM-DD`): an action due on the quarter's last day is
 * still in time at that quarter end. ISO dates compare correctly as text.
 */
export function isOverdue(action: Action, asAt: string): boolean {
  if (!DATE_PATTERN.test(asAt)) throw new Error(`"${asAt}" is not a date; write dates as YYYY-MM-DD`);
  return action.status !== 'complete' && action.due < asAt;
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
    if (action.status === 'complete') result.completed.push(action);
    else if (isOverdue(action, asAt)) result.overdue.push(action);
    else result.open.push(action);
  }
  return result;
}

/** Actions meant to move an indicator, for its page. */
export function actionsForIndicator(actions: readonly Action[], indicatorId: string): Action[] {
  return actions.filter((action) => action.indicators.includes(indicatorId));
}
