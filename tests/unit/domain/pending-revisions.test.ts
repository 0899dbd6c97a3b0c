// What committing the data folder would revise, against its last commit: the same rule as the changes page.
import { describe, expect, it } from 'vitest';
import { describePendingRevisions, pendingRevisions, plainFigure } from '../../../src/domain/pending-revisions.ts';
import type { Snapshot } from '../../../src/domain/revisions.ts';
import type { Indicator, PeriodId } from '../../../src/domain/types.ts';

const indicator = (id: string, decimals: number | null = null): Indicator => ({
  id, title: id.toUpperCase(), theme: 'T', unit: 'percent', polarity: 'higher_is_better', amber: null, decimals, definition: '', source: '', partOf: null,
});
const INDICATORS = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => indicator(id));

type Values = Record<string, number | null>;
function quarters(map: Record<PeriodId, Values>): Map<PeriodId, Map<string, number | null>> {
  return new Map(Object.entries(map).map(([period, values]) => [period, new Map(Object.entries(values))]));
}
function committed(map: Record<PeriodId, Values>, drafts: PeriodId[] = []): Snapshot {
  return { commit: { hash: 'abc1234', date: '2026-01-20', message: 'Q3' }, drafts: new Set(drafts), quarters: quarters(map) };
}

const Q2 = { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 };

describe('pending revisions', () => {
  it('are none when the published figures are as committed, whatever new quarters or drafts say', () => {
    const last = committed({ '2025-26-Q2': Q2, '2025-26-Q3': { a: 1 } }, ['2025-26-Q3']);
    const pending = pendingRevisions(last, quarters({ '2025-26-Q2': Q2, '2025-26-Q3': { a: 9 }, '2025-26-Q4': { a: 1 } }), INDICATORS);
    expect(pending).toEqual({ quarters: [], removed: [] });
  });

  it('list each changed figure of a published quarter in indicators.csv order, a blank or a removed row included', () => {
    const last = committed({ '2025-26-Q2': Q2 });
    const pending = pendingRevisions(last, quarters({ '2025-26-Q2': { f: 6.5, a: null, c: 3, d: 4, e: 5 } }), INDICATORS);
    expect(pending.quarters).toEqual([{
      period: '2025-26-Q2', figures: 6, rewritten: true,
      changes: [
        { indicatorId: 'a', previous: 1, value: null, rowGone: false },
        { indicatorId: 'b', previous: 2, value: null, rowGone: true },
        { indicatorId: 'f', previous: 6, value: 6.5, rowGone: false },
      ],
    }]);
  });

  it('call a quarter rewritten only when more than a third of its figures change', () => {
    const last = committed({ '2025-26-Q2': Q2 });
    const two = pendingRevisions(last, quarters({ '2025-26-Q2': { ...Q2, a: 0, b: 0 } }), INDICATORS);
    expect(two.quarters[0]).toMatchObject({ figures: 6, rewritten: false });
    const three = pendingRevisions(last, quarters({ '2025-26-Q2': { ...Q2, a: 0, b: 0, c: 0 } }), INDICATORS);
    expect(three.quarters[0]).toMatchObject({ figures: 6, rewritten: true });
  });

  it('name a published quarter whose file is gone', () => {
    const pending = pendingRevisions(committed({ '2025-26-Q2': Q2 }), quarters({}), INDICATORS);
    expect(pending.removed).toEqual(['2025-26-Q2']);
  });

  it('are said as "N figures of published Q2 2025/26 will be revised", listing at most 10 with their lines', () => {
    const many = Array.from({ length: 12 }, (_, i) => indicator(`i${String(i).padStart(2, '0')}`, 1));
    const before = Object.fromEntries(many.map((ind, i) => [ind.id, i]));
    const after = Object.fromEntries(many.map((ind, i) => [ind.id, i + 0.5]));
    const pending = pendingRevisions(committed({ '2025-26-Q2': before }), quarters({ '2025-26-Q2': after }), many);
    const lines = describePendingRevisions(pending, many, (_, id) => many.findIndex((ind) => ind.id === id) + 2);
    expect(lines).toEqual([
      '12 figures of published Q2 2025/26 will be revised when this is committed (quarters/2025-26-Q2.csv):',
      ...many.slice(0, 10).map((ind, i) => `- line ${i + 2}, ${ind.title} (${ind.id}): ${i}.0 → ${i}.5`),
      '- and 2 more.',
    ]);
  });

  it('show a figure as typed, with at least its decimal places, or as blank', () => {
    expect(plainFigure(25, indicator('x', 1))).toBe('25.0');
    expect(plainFigure(21.34, indicator('x', 1))).toBe('21.34');
    expect(plainFigure(null, indicator('x', 1))).toBe('blank');
    expect(plainFigure(4679, { unit: 'count', decimals: null })).toBe('4679');
  });
});
