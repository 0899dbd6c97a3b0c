// The improvement actions in /api/audits/<period>.json: as they stood at the quarter's end, split as the
// quarter's page and pack split them, so the file agrees with the page for that quarter whenever it is read.
import { describe, expect, it } from 'vitest';
import { actionsAsAt } from '../../../src/domain/quality/actions.ts';
import type { Action } from '../../../src/domain/quality/types.ts';
import { actionsJson } from '../../../src/site/actions-api.ts';

const action = (partial: Partial<Action> & Pick<Action, 'id'>): Action => ({
  title: 'An action', owner: 'Head of Service', raised: '2024-25-Q1', due: '2025-03-31', status: 'on_track', completed: null, indicators: [], ...partial,
});

const actions: Action[] = [
  action({ id: 'A1', due: '2024-08-31' }),
  action({ id: 'A2', due: '2024-09-30' }),
  action({ id: 'A3', status: 'complete', completed: '2024-09-15' }),
  // Completed after the quarter ended: at the quarter's end it was still open (and so it stays in that quarter's file).
  action({ id: 'A4', status: 'complete', completed: '2024-10-02' }),
  // Raised in a later quarter: not in this quarter's file at all.
  action({ id: 'A5', raised: '2024-25-Q3' }),
];

describe('actionsJson', () => {
  const json = actionsJson(actionsAsAt(actions, '2024-25-Q2'), '2024-25-Q2');

  it('says the date the split is as at: the quarter\'s last day', () => {
    expect(json.as_at).toBe('2024-09-30');
  });

  it('lists each action by id under overdue, open or completed, as the quarter\'s page does', () => {
    expect(json).toEqual({ as_at: '2024-09-30', overdue: ['A1'], open: ['A2', 'A4'], completed: ['A3'] });
  });

  it('does not change when an action is completed later', () => {
    const later = actions.map((a) => (a.id === 'A1' ? { ...a, status: 'complete' as const, completed: '2025-01-10' } : a));
    expect(actionsJson(actionsAsAt(later, '2024-25-Q2'), '2024-25-Q2')).toEqual(json);
  });
});
