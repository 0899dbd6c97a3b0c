// No row reads Red beside "Consistently passes", or Green beside "Consistently fails" (issue 15, item 5): whatever
// the series, its targets and its rebases, in every quarter's scorecard.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../../src/domain/dataset-index.ts';
import { nextPeriod } from '../../../../src/domain/period.ts';
import { buildScorecard } from '../../../../src/domain/scorecard.ts';
import { assuranceShown } from '../../../../src/domain/spc/assurance.ts';
import type { Operator, Polarity } from '../../../../src/domain/types.ts';
import { spcCells } from '../../../../src/features/spc/cells.ts';
import { makeDataset, makeIndicator, quarterValue, targetRow } from '../../../support/domain-fixtures.ts';

const PERIODS = Array.from({ length: 24 }).reduce<string[]>((list) => [...list, list.length === 0 ? '2019-20-Q1' : nextPeriod(list.at(-1)!)], []);

// Operators that agree with the polarity (blank takes the polarity's own); a neutral indicator must state one.
const OPERATORS: Record<Polarity, (Operator | null)[]> = {
  higher_is_better: [null, '>=', '>'],
  lower_is_better: [null, '<=', '<'],
  neutral: ['>=', '<='],
};

// A level with quarter-to-quarter noise, a step somewhere and targets near the level: the kind of series where
// limits go out of date, and where a target beyond them makes the method's assurance "consistently" one way.
const indicatorCase = fc.record({
  polarity: fc.constantFrom<Polarity>('higher_is_better', 'lower_is_better', 'neutral'),
  level: fc.integer({ min: 30, max: 70 }),
  noise: fc.array(fc.option(fc.integer({ min: -3, max: 3 }), { nil: null, freq: 10 }), { minLength: 12, maxLength: PERIODS.length }),
  step: fc.record({ at: fc.nat({ max: PERIODS.length - 1 }), by: fc.integer({ min: -25, max: 25 }) }),
  targets: fc.array(fc.record({ at: fc.nat({ max: PERIODS.length - 1 }), offset: fc.integer({ min: -30, max: 30 }), operator: fc.nat({ max: 2 }), amber: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }) }), { minLength: 1, maxLength: 3 }),
  rebase: fc.option(fc.nat({ max: PERIODS.length - 1 }), { nil: null }),
});

describe('the assurance shown never contradicts the rating', () => {
  it('red is never "consistently passes" and green never "consistently fails", in any quarter', () => {
    fc.assert(
      fc.property(indicatorCase, ({ polarity, level, noise, step, targets, rebase }) => {
        const indicator = makeIndicator({ id: 'x', polarity });
        const periods = PERIODS.slice(0, noise.length);
        const operators = OPERATORS[polarity];
        const byPeriod = new Map(targets.map((t) => [periods[Math.min(t.at, periods.length - 1)]!, t]));
        const index = indexDataset(makeDataset({
          indicators: [indicator],
          periods,
          targets: [...byPeriod].map(([period, t]) => targetRow(period, level + t.offset, { indicatorId: 'x', operator: operators[t.operator % operators.length]!, amber: t.amber })),
          values: noise.map((n, i) => quarterValue('x', periods[i]!, n === null ? null : level + n + (i >= step.at ? step.by : 0))),
          spcRebases: rebase === null || rebase >= periods.length ? [] : [{ indicatorId: 'x', period: periods[rebase]!, reason: 'A change' }],
        }));
        for (const period of periods) {
          const row = buildScorecard(index, period).rows[0]!;
          if (row.spc.kind === 'too_few') continue;
          const shown = assuranceShown(row.spc.assurance, row.spc.processChanged);
          const cells = spcCells(row.spc, polarity, row.target !== null);
          const words = cells.kind === 'reading' ? cells.assurance.text : '';
          if (row.rag === 'red') {
            expect(shown, `${period}: red`).not.toBe('consistent_pass');
            expect(words).not.toBe('Consistently passes');
          }
          if (row.rag === 'green') {
            expect(shown, `${period}: green`).not.toBe('consistent_fail');
            expect(words).not.toBe('Consistently fails');
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('gives the method’s assurance where the process has not changed, and none where it has', () => {
    expect(assuranceShown('consistent_pass', false)).toBe('consistent_pass');
    expect(assuranceShown('consistent_pass', true)).toBe('process_changed');
    expect(assuranceShown('inconsistent', true)).toBe('process_changed');
    expect(assuranceShown(null, true)).toBeNull();
  });
});
