// /api/changes.json: every first publication and revision, newest first, as the changes page lists them, and the
// data version each scorecard file names.
import { describe, expect, it } from 'vitest';
import { revisionsFromSnapshots, type Snapshot } from '../../../src/domain/revisions.ts';
import { changesJson, dataCommitJson } from '../../../src/site/changes-api.ts';
import { makeIndicator } from '../../support/domain-fixtures.ts';

const assessments = makeIndicator({ id: 'assessments', title: 'Assessments completed within 45 working days' });
const snapshot = (hash: string, date: string, message: string, quarters: [string, [string, number | null][]][]): Snapshot => ({
  commit: { hash, date, message }, drafts: new Set(), quarters: new Map(quarters.map(([period, values]) => [period, new Map(values)])),
});
const revisions = revisionsFromSnapshots([
  snapshot('aaa1111', '2024-08-01', 'Publish Q1', [['2024-25-Q1', [['assessments', 80], ['gone', 5]]]]),
  snapshot('bbb2222', '2024-09-10', 'Correct Q1 assessments', [['2024-25-Q1', [['assessments', 82], ['gone', 6]]]]),
]);
const indicator = (id: string) => (id === 'assessments' ? assessments : null);
const dataCommit = { hash: 'bbb2222', date: '2024-09-10', uncommitted: false };

describe('changesJson', () => {
  const json = changesJson({ dataCommit, events: revisions.events, licence: 'OGL', indicator });

  it('lists the revisions and then the first publication, newest first', () => {
    expect(json.changes.map((c) => [c.type, c.commit])).toEqual([['revision', 'bbb2222'], ['revision', 'bbb2222'], ['first_publication', 'aaa1111']]);
  });

  it('says what a figure was and what it became, by which commit, for which indicator and quarter', () => {
    expect(json.changes[0]).toEqual({
      type: 'revision', period: '2024-25-Q1', label: 'Q1 2024/25 (April to June 2024)',
      indicator_id: 'assessments', indicator: 'Assessments completed within 45 working days',
      previous_value: 80, value: 82, previous_suppressed: false, suppressed: false,
      date: '2024-09-10', commit: 'bbb2222', message: 'Correct Q1 assessments',
    });
  });

  it('names no indicator for a first publication, nor a title for an indicator no longer listed', () => {
    expect(json.changes[2]).toMatchObject({ type: 'first_publication', indicator_id: null, indicator: null, previous_value: null, value: null });
    expect(json.changes[1]).toMatchObject({ indicator_id: 'gone', indicator: null });
  });

  it('says when a figure was withheld under disclosure control, with no value', () => {
    const withheld = changesJson({ dataCommit, licence: 'OGL', indicator, events: [{
      kind: 'revision', period: '2024-25-Q1', indicatorId: 'assessments', previous: 80, value: null, valueWithheld: true,
      commit: { hash: 'ccc3333', date: '2024-10-01', message: 'Withhold' },
    }] });
    expect(withheld.changes[0]).toMatchObject({ value: null, suppressed: true, previous_suppressed: false });
  });

  it('says whether the version history was available, and the licence', () => {
    expect(json).toMatchObject({ licence: 'OGL', history_available: true, data_commit: { hash: 'bbb2222', date: '2024-09-10', uncommitted_changes: false } });
    expect(changesJson({ dataCommit: null, events: [], licence: 'OGL', indicator })).toEqual({ licence: 'OGL', history_available: false, data_commit: null, changes: [] });
  });
});

describe('dataCommitJson', () => {
  it('names the data\'s last commit and whether the folder had edits not yet committed', () => {
    expect(dataCommitJson({ hash: 'abc1234', date: '2026-01-10', uncommitted: true })).toEqual({ hash: 'abc1234', date: '2026-01-10', uncommitted_changes: true });
    expect(dataCommitJson(null)).toBeNull();
  });
});
