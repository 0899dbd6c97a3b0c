// Under disclosure control the version history must not give back a figure the scorecard withholds.
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/domain/dataset-index.ts';
import { withholdRevisions } from '../../../src/domain/revision-disclosure.ts';
import { revisedNote } from '../../../src/domain/revision-wording.ts';
import { earlierVersions, revisionsFromSnapshots, type Snapshot } from '../../../src/domain/revisions.ts';
import { makeDataset, makeIndicator, makeSite, quarterValue } from '../../support/domain-fixtures.ts';

const Q1 = '2025-26-Q1';
const RULE = { minimumCount: 6 };
const indicators = [
  makeIndicator({ id: 'placed-far', unit: 'count', polarity: 'neutral' }),
  makeIndicator({ id: 'leavers-eet', unit: 'percent' }),
  makeIndicator({ id: 'days-to-assess', unit: 'days', polarity: 'lower_is_better' }),
  makeIndicator({ id: 'cla', unit: 'count', polarity: 'neutral' }),
  makeIndicator({ id: 'cla-far', unit: 'count', polarity: 'neutral', partOf: 'cla' }),
];

let n = 0;
function snapshot(values: Record<string, number | null>): Snapshot {
  n += 1;
  return { commit: { hash: `c${n}`, date: `2026-02-0${n}`, message: `commit ${n}` }, drafts: new Set(), quarters: new Map([[Q1, new Map(Object.entries(values))]]) };
}

// Published first with small or checkable figures, then corrected to the figures the quarter file holds now.
const history = revisionsFromSnapshots([
  snapshot({ 'placed-far': 3, 'leavers-eet': 8, 'days-to-assess': 31, cla: 50, 'cla-far': 30 }),
  snapshot({ 'placed-far': 40, 'leavers-eet': 20, 'days-to-assess': 29, cla: 50, 'cla-far': 4 }),
]);
const now = [
  quarterValue('placed-far', Q1, 40),
  quarterValue('leavers-eet', Q1, 20, { numerator: 10, denominator: 50 }),
  quarterValue('days-to-assess', Q1, 29),
  quarterValue('cla', Q1, 50),
  quarterValue('cla-far', Q1, 4),
];

function withheldHistory(disclosure: { minimumCount: number } | null) {
  const dataset = makeDataset({ site: makeSite({ disclosure }), indicators, periods: [Q1], values: now });
  return withholdRevisions(history, indexDataset(dataset), indicators, disclosure);
}

describe('withholdRevisions', () => {
  it('changes nothing without disclosure control', () => {
    expect(withheldHistory(null)).toBe(history);
  });

  it('withholds an earlier small count, an earlier percentage and the current value of a withheld figure', () => {
    const safe = withheldHistory(RULE);
    expect(earlierVersions(safe, Q1, 'placed-far')[0]).toMatchObject({ value: null, withheld: true });
    // 8% of the 50 still published would give 4 young people: the earlier counts are not in the history to check.
    expect(earlierVersions(safe, Q1, 'leavers-eet')[0]).toMatchObject({ value: null, withheld: true });
    // A part of a total: earlier parts and totals could be subtracted from each other.
    expect(earlierVersions(safe, Q1, 'cla-far')[0]).toMatchObject({ value: null, withheld: true });
    const revision = safe.events.find((e) => e.kind === 'revision' && e.indicatorId === 'cla-far');
    expect(revision).toMatchObject({ previous: null, previousWithheld: true, value: null, valueWithheld: true });
  });

  it('keeps figures disclosure control does not cover, and says when a value is withheld', () => {
    const safe = withheldHistory(RULE);
    expect(earlierVersions(safe, Q1, 'days-to-assess')[0]).toMatchObject({ value: 31 });
    const note = revisedNote(earlierVersions(safe, Q1, 'placed-far'), (value) => String(value));
    expect(note).toMatch(/^Revised: first published as c \(not published\) on/);
    expect(note).not.toMatch(/\b3\b/);
  });
});
