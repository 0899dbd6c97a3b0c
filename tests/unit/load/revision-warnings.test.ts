// A published quarter most of whose figures would change at once is warned about (a new quarter typed over the last
// one's file), naming the file, how many figures change, and the commands that put it right.
import { describe, expect, it } from 'vitest';
import type { PendingRevisions } from '../../../src/domain/pending-revisions.ts';
import { rewriteWarnings } from '../../../src/load/revision-warnings.ts';

const change = (indicatorId: string, previous: number, value: number) => ({ indicatorId, previous, value, rowGone: false });

const pending: PendingRevisions = {
  quarters: [
    { period: '2024-25-Q1', figures: 3, changes: [change('cla-rate', 70.5, 70.9)], rewritten: false },
    { period: '2024-25-Q2', figures: 3, changes: [change('cla-rate', 71.2, 72), change('assess-45', 84, 88), change('contacts', 950, 1010)], rewritten: true },
  ],
  removed: [],
};

describe('rewriteWarnings', () => {
  it('warns only of a quarter rewritten, on its file, with the next quarter\'s file name and the command to undo it', () => {
    expect(rewriteWarnings(pending, 'data/')).toEqual([{
      file: 'quarters/2024-25-Q2.csv', line: null, column: null,
      message: '3 of the 3 figures Q2 2024/25 was published with would change at once, more than a third of them: did you mean to start a new quarter? ' +
        '`npm run new-quarter` makes the next quarter\'s file. If these are the next quarter\'s figures, save this file as quarters/2024-25-Q3.csv instead, ' +
        'then put the published figures back with git checkout -- data/quarters/2024-25-Q2.csv. ' +
        'If they really are corrections, commit them with a first line saying why: it is published as the reason.',
    }]);
  });

  it('names the next quarter across the end of a financial year', () => {
    const [warning] = rewriteWarnings({ quarters: [{ ...pending.quarters[1]!, period: '2024-25-Q4' }], removed: [] }, '');
    expect(warning!.message).toContain('save this file as quarters/2025-26-Q1.csv instead');
    expect(warning!.message).toContain('git checkout -- quarters/2024-25-Q4.csv');
  });

  it('says nothing of corrections to a few figures', () => {
    expect(rewriteWarnings({ quarters: [pending.quarters[0]!], removed: [] }, 'data/')).toEqual([]);
  });
});
