import { describe, expect, it } from 'vitest';
import type { Spec } from '../../../../scripts/demo-data/catalogue.ts';
import { comparatorRows, ragOf, targetAt, targetsCsv } from '../../../../scripts/demo-data/targets.ts';
import type { Figures } from '../../../../scripts/demo-data/series.ts';

const spec: Spec = {
  id: 'visits', title: 'Visits', theme: 'Child protection', unit: 'percent', polarity: 'higher_is_better', amber: 3, decimals: null,
  definition: 'Visits.', source: 'Source.',
  targets: [{ id: 'visits', period: '2024-25-Q1', target: 92, amber: 2 }, { id: 'visits', period: '2022-23-Q3', target: 90 }],
  comparators: { england: [['2022-23-Q4', 88], ['2023-24-Q4', 89.5]], stat_neighbours: [['2022-23-Q4', 87]] },
};

describe('targets and comparators', () => {
  it('writes the targets in order of period, with blank operator and amber where the defaults apply', () => {
    expect(targetsCsv([spec])).toBe('indicator_id,period,target,operator,amber\nvisits,2022-23-Q3,90,,\nvisits,2024-25-Q1,92,,2\n');
  });

  it('resolves the target in force in a quarter', () => {
    expect(targetAt(spec, 0)).toMatchObject({ value: 90, operator: '>=' });
    expect(targetAt(spec, 6)).toMatchObject({ value: 92, amber: 2 });
  });

  it('lists comparators in the site\'s order (statistical neighbours, region, England)', () => {
    expect(comparatorRows([spec])).toEqual([
      ['visits', 'stat_neighbours', '2022-23-Q4', '87'],
      ['visits', 'england', '2022-23-Q4', '88'],
      ['visits', 'england', '2023-24-Q4', '89.5'],
    ]);
  });

  it('rates a figure as the site does', () => {
    const figures: Figures = new Map([['visits', [
      { value: 91, numerator: null, denominator: null, commentary: '' },
      { value: 80, numerator: null, denominator: null, commentary: '' },
      undefined,
    ]]]);
    const rag = ragOf(figures);
    expect([rag(spec, 0), rag(spec, 1), rag(spec, 2)]).toEqual(['green', 'red', null]);
  });
});
