import { describe, expect, it } from 'vitest';
import { changeSummary, dataVersionText, revisedNote } from '../../../src/domain/revision-wording.ts';

const commit = (date: string, hash = 'abc1234') => ({ hash, date, message: 'Publish' });
const format = (value: number | null) => (value === null ? 'No data' : value.toFixed(1));

describe('dataVersionText', () => {
  it('names the date and version of the data, and any changes not yet committed', () => {
    expect(dataVersionText({ hash: 'abc1234', date: '2026-03-12', uncommitted: false })).toBe('Figures from the data as of 12 March 2026 (version abc1234).');
    expect(dataVersionText({ hash: 'abc1234', date: '2026-03-12', uncommitted: true })).toBe('Figures from the data as of 12 March 2026 (version abc1234), plus changes not yet committed.');
  });

  it('says when the build has no version history', () => {
    expect(dataVersionText(null)).toBe('Version history is not available for this build.');
  });
});

describe('revisedNote', () => {
  it('gives the value first published and its date, then each later value replaced, oldest first', () => {
    expect(revisedNote([{ value: 11.2, commit: commit('2026-02-03') }], format)).toBe('Revised: first published as 11.2 on 3 February 2026.');
    expect(revisedNote([{ value: 11.8, commit: commit('2026-03-01') }, { value: null, commit: commit('2026-02-03') }], format))
      .toBe('Revised: first published as No data on 3 February 2026, then 11.8 on 1 March 2026.');
  });
});

describe('changeSummary', () => {
  it('describes a first publication and a revision', () => {
    expect(changeSummary({ kind: 'publication', period: '2025-26-Q3', commit: commit('2026-02-03') }, '', format)).toBe('Q3 2025/26 first published');
    expect(changeSummary({ kind: 'revision', period: '2025-26-Q3', indicatorId: 'r', previous: 11.2, value: 12, commit: commit('2026-02-03') }, 'Referrals', format))
      .toBe('Referrals, Q3 2025/26: revised from 11.2 to 12.0');
  });
});
