// The symbol r on a revised figure: its note says what the figure was first published as, and its link lands on
// the figure's latest revision on the changes page (the row whose id changeAnchor gives).
import { describe, expect, it } from 'vitest';
import { revisionsFromSnapshots, type Snapshot } from '../../../src/domain/revisions.ts';
import { changeAnchor, revisedMark } from '../../../src/site/revised-mark.ts';
import { makeIndicator } from '../../support/domain-fixtures.ts';

const assessments = makeIndicator({ id: 'assessments', unit: 'percent', decimals: 1 });
const referrals = makeIndicator({ id: 'referrals', unit: 'count' });
const snapshot = (hash: string, date: string, values: [string, number | null][]): Snapshot => ({
  commit: { hash, date, message: `Data ${hash}` }, drafts: new Set(), quarters: new Map([['2024-25-Q1', new Map(values)]]),
});
const revisions = revisionsFromSnapshots([
  snapshot('aaa1111', '2024-08-01', [['assessments', 80], ['referrals', 500]]),
  snapshot('bbb2222', '2024-09-10', [['assessments', 82], ['referrals', 500]]),
  snapshot('ccc3333', '2024-10-05', [['assessments', 83.5], ['referrals', 500]]),
]);

describe('revisedMark', () => {
  it('is null for a figure never revised, so no r is shown', () => {
    expect(revisedMark(revisions, referrals, '2024-25-Q1')).toBeNull();
    expect(revisedMark(revisions, assessments, '2024-25-Q2')).toBeNull();
  });

  it('says what a revised figure was first published as, and each value after, in the indicator\'s format', () => {
    expect(revisedMark(revisions, assessments, '2024-25-Q1')!.note)
      .toBe('Revised: first published as 80.0% on 1 August 2024, then 82.0% on 10 September 2024.');
  });

  it('links to the figure\'s latest revision on the changes page', () => {
    const latest = revisions.events.find((event) => event.kind === 'revision' && event.commit.hash === 'ccc3333')!;
    const mark = revisedMark(revisions, assessments, '2024-25-Q1')!;
    expect(mark.anchor).toBe(changeAnchor(latest));
    expect(mark.anchor).toBe('revised-2024-25-Q1-assessments-ccc3333');
  });
});

describe('changeAnchor', () => {
  it('gives each event on the changes page its own id, made of letters, digits, - and _ only', () => {
    const anchors = revisions.events.map(changeAnchor);
    expect(new Set(anchors).size).toBe(anchors.length);
    for (const anchor of anchors) expect(anchor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(anchors.at(-1)).toBe('published-2024-25-Q1');
  });
});
