// The improvement actions in a quarter's quality assurance file (/api/audits/<period>.json), as they stood at the
// quarter's end: the same split as the quarter's page and pack, by action id.
import { periodEndDate } from '../domain/period.ts';
import type { ActionsAsAt } from '../domain/quality/actions.ts';
import type { PeriodId } from '../domain/types.ts';

export function actionsJson(actions: ActionsAsAt, period: PeriodId) {
  const ids = (list: ActionsAsAt['open']) => list.map((action) => action.id);
  return { as_at: periodEndDate(period), overdue: ids(actions.overdue), open: ids(actions.open), completed: ids(actions.completed) };
}
