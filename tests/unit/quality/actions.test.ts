import { describe, expect, it } from 'vitest';
import { actionsAsAt, actionsForIndicator, isOverdue } from '../../../src/domain/quality/actions.ts';
import type { Action } from '../../../src/domain/quality/types.ts';

function action(id: string, partial: Partial<Action> = {}): Action {
  return {
    id,
    title: `Action ${id}`,
    owner: 'Head of Service',
    raised: '2024-25-Q1',
    due: '2024-09-30',
    status: 'on_track',
    indicators: [],
    ...partial,
  };
}

describe('isOverdue', () => {
  it('is overdue only when due strictly before the date', () => {
    expect(isOverdue(action('a', { due: '2024-09-29' }), '2024-09-30')).toBe(true);
    expect(isOverdue(action('a', { due: '2024-09-30' }), '2024-09-30')).toBe(false);
    expect(isOverdue(action('a', { due: '2024-10-01' }), '2024-09-30')).toBe(false);
  });

  it('is never overdue once complete, whatever other status', () => {
    expect(isOverdue(action('a', { due: '2020-01-01', status: 'complete' }), '2024-09-30')).toBe(false);
    for (const status of ['not_started', 'on_track', 'at_risk'] as const) {
      expect(isOverdue(action('a', { due: '2020-01-01', status }), '2024-09-30')).toBe(true);
    }
  });

  it('compares across months and years', () => {
    expect(isOverdue(action('a', { due: '2023-12-31' }), '2024-01-01')).toBe(true);
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => isOverdue(action('a'), '30/09/2024')).toThrow(/not a date/);
  });
});

describe('actionsAsAt', () => {
  const actions = [
    action('due-on-quarter-end', { due: '2024-09-30' }),
    action('overdue', { due: '2024-08-15', status: 'at_risk' }),
    action('done', { due: '2024-07-01', status: 'complete' }),
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
