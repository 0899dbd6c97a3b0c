import { describe, expect, it } from 'vitest';
import { earlierVersions, revisionsFromSnapshots, revisionsForPeriods, type Snapshot } from '../../../src/domain/revisions.ts';

let count = 0;
/** One commit's snapshot: quarters as plain objects, drafts as a list. */
function snapshot(message: string, quarters: Record<string, Record<string, number | null>>, drafts: string[] = []): Snapshot {
  count += 1;
  return {
    commit: { hash: `c${String(count).padStart(6, '0')}`, date: `2026-01-${String(count).padStart(2, '0')}`, message },
    drafts: new Set(drafts),
    quarters: new Map(Object.entries(quarters).map(([period, values]) => [period, new Map(Object.entries(values))])),
  };
}

describe('revisionsFromSnapshots', () => {
  it('publishes a quarter with the first commit that has its file, and lists events newest first', () => {
    const q1 = snapshot('Publish Q1', { '2025-26-Q1': { referrals: 10 } });
    const q2 = snapshot('Publish Q2', { '2025-26-Q1': { referrals: 10 }, '2025-26-Q2': { referrals: 12 } });
    const { events } = revisionsFromSnapshots([q1, q2]);
    expect(events).toEqual([
      { kind: 'publication', period: '2025-26-Q2', commit: q2.commit },
      { kind: 'publication', period: '2025-26-Q1', commit: q1.commit },
    ]);
  });

  it('records a changed figure of a published quarter as a revision, with the earlier values newest first', () => {
    const a = snapshot('Publish Q1', { '2025-26-Q1': { referrals: 11.2, contacts: 400 } });
    const b = snapshot('Correct referrals: late returns', { '2025-26-Q1': { referrals: 11.8, contacts: 400 } });
    const c = snapshot('Correct referrals again', { '2025-26-Q1': { referrals: 12, contacts: 400 } });
    const revisions = revisionsFromSnapshots([a, b, c]);
    expect(revisions.events.filter((e) => e.kind === 'revision')).toEqual([
      { kind: 'revision', period: '2025-26-Q1', indicatorId: 'referrals', previous: 11.8, value: 12, commit: c.commit },
      { kind: 'revision', period: '2025-26-Q1', indicatorId: 'referrals', previous: 11.2, value: 11.8, commit: b.commit },
    ]);
    expect(earlierVersions(revisions, '2025-26-Q1', 'referrals')).toEqual([
      { value: 11.8, commit: b.commit },
      { value: 11.2, commit: a.commit },
    ]);
    expect(earlierVersions(revisions, '2025-26-Q1', 'contacts')).toEqual([]);
  });

  it('counts a figure becoming blank, or a blank one being filled in, as a revision', () => {
    const a = snapshot('Publish', { '2025-26-Q1': { referrals: 10, contacts: null } });
    const b = snapshot('Fix', { '2025-26-Q1': { referrals: null, contacts: 300 } });
    const events = revisionsFromSnapshots([a, b]).events.filter((e) => e.kind === 'revision');
    expect(events.map((e) => e.kind === 'revision' && [e.indicatorId, e.previous, e.value])).toEqual([
      ['referrals', 10, null],
      ['contacts', null, 300],
    ]);
  });

  it('treats a row added after publication as a figure first published as not available', () => {
    const a = snapshot('Publish', { '2025-26-Q1': { referrals: 10 } });
    const b = snapshot('Add contacts', { '2025-26-Q1': { referrals: 10, contacts: 300 } });
    const revisions = revisionsFromSnapshots([a, b]);
    expect(earlierVersions(revisions, '2025-26-Q1', 'contacts')).toEqual([{ value: null, commit: a.commit }]);
  });

  it('does not publish a draft, nor count changes while it is a draft as revisions', () => {
    const a = snapshot('Q2 draft', { '2025-26-Q2': { referrals: 10 } }, ['2025-26-Q2']);
    const b = snapshot('Q2 draft corrected', { '2025-26-Q2': { referrals: 11 } }, ['2025-26-Q2']);
    const c = snapshot('Publish Q2', { '2025-26-Q2': { referrals: 11 } });
    const revisions = revisionsFromSnapshots([a, b, c]);
    expect(revisions.events).toEqual([{ kind: 'publication', period: '2025-26-Q2', commit: c.commit }]);
    expect(earlierVersions(revisions, '2025-26-Q2', 'referrals')).toEqual([]);
  });

  it('records nothing for commits that leave the values as they were', () => {
    const a = snapshot('Publish', { '2025-26-Q1': { referrals: 10 } });
    const b = snapshot('Narrative only', { '2025-26-Q1': { referrals: 10 } });
    expect(revisionsFromSnapshots([a, b]).events).toHaveLength(1);
  });

  it('keeps only the periods the site publishes now', () => {
    const a = snapshot('Publish', { '2025-26-Q1': { referrals: 10 }, '2025-26-Q2': { referrals: 5 } });
    const b = snapshot('Fix', { '2025-26-Q1': { referrals: 11 }, '2025-26-Q2': { referrals: 6 } });
    const kept = revisionsForPeriods(revisionsFromSnapshots([a, b]), ['2025-26-Q1']);
    expect(new Set(kept.events.map((e) => e.period))).toEqual(new Set(['2025-26-Q1']));
    expect(earlierVersions(kept, '2025-26-Q2', 'referrals')).toEqual([]);
    expect(earlierVersions(kept, '2025-26-Q1', 'referrals')).toHaveLength(1);
  });
});
