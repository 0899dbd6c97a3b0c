import { describe, expect, it } from 'vitest';
import { actionsAsAt, actionsForIndicator, isCompleteBy, isOverdue, statusAsAt } from '../../../../src/domain/quality/actions.ts';
import type { Action } from '../../../../src/domain/quality/types.ts';

function action(id: string, partial: Partial<Action> = {}): Action {
  return {
    id,
    title: `Action ${id}`,
    owner: 'Head of Service',
    raised: '2024-25-Q1',
    due: '2024-09-30',
    status: 'on_track',
    completed: null,
    indicators: [],
    ...partial,
  };
}

const done = (on: string, partial: Partial<Action> = {}): Partial<Action> => ({ status: 'complete', completed: on, ...partial });

describe('isOverdue', () => {
  it('is overdue only when due strictly before the date', () => {
    expect(isOverdue(action('a', { due: '2024-09-29' }), '2024-09-30')).toBe(true);
    expect(isOverdue(action('a', { due: '2024-09-30' }), '2024-09-30')).toBe(false);
    expect(isOverdue(action('a', { due: '2024-10-01' }), '2024-09-30')).toBe(false);
  });

  it('is never overdue once completed, whatever other status', () => {
    expect(isOverdue(action('a', { due: '2020-01-01', ...done('2020-06-01') }), '2024-09-30')).toBe(false);
    for (const status of ['not_started', 'on_track', 'at_risk'] as const) {
      expect(isOverdue(action('a', { due: '2020-01-01', status }), '2024-09-30')).toBe(true);
    }
  });

  it('is overdue at a date before it was completed, if due before that date', () => {
    const late = action('a', { due: '2024-08-31', ...done('2024-11-20') });
    expect(isOverdue(late, '2024-09-30')).toBe(true);
    expect(isOverdue(late, '2024-12-31')).toBe(false);
  });

  it('compares across months and years', () => {
    expect(isOverdue(action('a', { due: '2023-12-31' }), '2024-01-01')).toBe(true);
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => isOverdue(action('a'), '30/09/2024')).toThrow(/not a date/);
  });
});

describe('isCompleteBy and statusAsAt', () => {
  const completed = action('a', { due: '2024-12-31', ...done('2024-10-15') });

  it('is complete from the day it was completed, not before', () => {
    expect(isCompleteBy(completed, '2024-10-14')).toBe(false);
    expect(isCompleteBy(completed, '2024-10-15')).toBe(true);
    expect(isCompleteBy(completed, '2025-03-31')).toBe(true);
  });

  it('shows an action completed after the date as not complete, since how it was going then is not recorded', () => {
    expect(statusAsAt(completed, '2024-09-30')).toBe('not_complete');
    expect(statusAsAt(completed, '2024-12-31')).toBe('complete');
  });

  it('shows the status given now for an action not complete', () => {
    for (const status of ['not_started', 'on_track', 'at_risk'] as const) expect(statusAsAt(action('a', { status }), '2024-09-30')).toBe(status);
  });
});

describe('actionsAsAt', () => {
  const actions = [
    action('due-on-quarter-end', { due: '2024-09-30' }),
    action('overdue', { due: '2024-08-15', status: 'at_risk' }),
    action('done', { due: '2024-07-01', ...done('2024-06-20') }),
    action('raised-later', { raised: '2024-25-Q3', due: '2024-06-01' }),
    action('raised-earlier', { raised: '2023-24-Q4', due: '2025-03-31', status: 'not_started' }),
  ];

  it('splits actions raised by the quarter at its end date', () => {
    const result = actionsAsAt(actions, '2024-25-Q2');
    expect(result.open.map((a) => a.id)).toEqual(['due-on-quarter-end', 'raised-earlier']);
    expect(result.overdue.map((a) => a.id)).toEqual(['overdue']);
    expect(result.completed.map((a) => a.id)).toEqual(['done']);
  });

  it('counts an action raised in the quarter itself', () => {
    const result = actionsAsAt(actions, '2024-25-Q3');
    expect(result.overdue.map((a) => a.id)).toEqual(['due-on-quarter-end', 'overdue', 'raised-later']);
    expect(result.open.map((a) => a.id)).toEqual(['raised-earlier']);
  });

  it('leaves out actions raised after the quarter', () => {
    const result = actionsAsAt(actions, '2023-24-Q4');
    expect(result).toEqual({ open: [actions[4]], overdue: [], completed: [] });
  });

  it('counts an action complete only in quarters ending on or after the day it was completed', () => {
    const plan = [action('A', { raised: '2024-25-Q1', due: '2024-12-31', ...done('2024-12-31') }), action('B', { raised: '2024-25-Q1', due: '2024-08-31', ...done('2025-01-01') })];
    const split = (period: string) => {
      const result = actionsAsAt(plan, period);
      return { open: result.open.map((a) => a.id), overdue: result.overdue.map((a) => a.id), completed: result.completed.map((a) => a.id) };
    };
    // Q1 ends 30 June, Q2 30 September, Q3 31 December, Q4 31 March.
    expect(split('2024-25-Q1')).toEqual({ open: ['A', 'B'], overdue: [], completed: [] });
    expect(split('2024-25-Q2')).toEqual({ open: ['A'], overdue: ['B'], completed: [] });
    expect(split('2024-25-Q3')).toEqual({ open: [], overdue: ['B'], completed: ['A'] });
    expect(split('2024-25-Q4')).toEqual({ open: [], overdue: [], completed: ['A', 'B'] });
  });

  it('gives a quarter the same counts whenever an action is marked complete after it', () => {
    const ids = (result: ReturnType<typeof actionsAsAt>) => [result.open, result.overdue, result.completed].map((list) => list.map((a) => a.id));
    const later = actions.map((a) => (a.id === 'overdue' || a.id === 'due-on-quarter-end' ? { ...a, ...done('2024-10-01') } : a));
    expect(ids(actionsAsAt(later, '2024-25-Q2'))).toEqual(ids(actionsAsAt(actions, '2024-25-Q2')));
    expect(ids(actionsAsAt(later, '2024-25-Q3'))).toEqual([['raised-earlier'], ['raised-later'], ['due-on-quarter-end', 'overdue', 'done']]);
  });

  it('is empty for no actions', () => {
    expect(actionsAsAt([], '2024-25-Q1')).toEqual({ open: [], overdue: [], completed: [] });
  });
});

describe('actionsForIndicator', () => {
  it('finds the actions that name the indicator', () => {
    const actions = [
      action('a', { indicators: ['repeat_referrals', 'assessments_45_days'] }),
      action('b', { indicators: ['cp_reviews'] }),
      action('c', { indicators: ['assessments_45_days'] }),
    ];
    expect(actionsForIndicator(actions, 'assessments_45_days').map((a) => a.id)).toEqual(['a', 'c']);
    expect(actionsForIndicator(actions, 'missing')).toEqual([]);
  });
});
