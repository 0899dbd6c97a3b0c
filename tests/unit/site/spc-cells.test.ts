// What a scorecard row's SPC cells and a RAG grid cell's marker say, from the quarter's SPC reading.
import { describe, expect, it } from 'vitest';
import { SPC_ICONS } from '../../../src/charts/spc-icons.ts';
import { spcCells, spcKey, spcMarker } from '../../../src/site/spc-cells.ts';

describe('spcCells', () => {
  it('says how many quarters there are, and how many SPC needs, when there are too few', () => {
    expect(spcCells({ kind: 'too_few', values: 9, needed: 12 }, 'lower_is_better', true)).toEqual({ kind: 'too_few', text: 'Too few quarters (9 of 12)' });
  });

  it('names the side of a concern or improvement, which the label alone does not', () => {
    // Lower is better: a high mark is a concern.
    expect(spcCells({ kind: 'spc', variation: 'concern', rule: 'outside_limits', assurance: 'inconsistent' }, 'lower_is_better', true)).toEqual({
      kind: 'reading',
      variation: { cls: 'v-ch', text: 'Concern (higher)' },
      assurance: { cls: 'a-hm', text: 'Hit and miss' },
    });
    expect(spcCells({ kind: 'spc', variation: 'improvement', rule: 'shift', assurance: 'consistent_pass' }, 'lower_is_better', true)).toEqual({
      kind: 'reading',
      variation: { cls: 'v-il', text: 'Improvement (lower)' },
      assurance: { cls: 'a-p', text: 'Consistently passes' },
    });
    expect(spcCells({ kind: 'spc', variation: 'concern', rule: 'trend', assurance: 'consistent_fail' }, 'higher_is_better', true)).toMatchObject({
      variation: { cls: 'v-cl', text: 'Concern (lower)' },
      assurance: { cls: 'a-f', text: 'Consistently fails' },
    });
  });

  it('shows common cause and neutral marks in their own words', () => {
    expect(spcCells({ kind: 'spc', variation: 'common_cause', rule: null, assurance: 'inconsistent' }, 'higher_is_better', true)).toMatchObject({ variation: { cls: 'v-cc', text: 'Common cause' } });
    expect(spcCells({ kind: 'spc', variation: 'neutral_high', rule: 'outside_limits', assurance: null }, 'neutral', false)).toEqual({
      kind: 'reading',
      variation: { cls: 'v-nh', text: 'Unusually high' },
      assurance: { cls: '', text: 'No target' },
    });
  });

  it('keeps the assurance of a quarter without a figure, and says why there is no assurance', () => {
    expect(spcCells({ kind: 'no_value', assurance: 'consistent_fail' }, 'higher_is_better', true)).toEqual({
      kind: 'reading',
      variation: { cls: '', text: 'No figure' },
      assurance: { cls: 'a-f', text: 'Consistently fails' },
    });
    // A neutral indicator with a target is not assessed against it.
    expect(spcCells({ kind: 'no_value', assurance: null }, 'neutral', true)).toMatchObject({ assurance: { cls: '', text: 'Not assessed' } });
  });
});

describe('spcMarker', () => {
  it('marks only special-cause quarters', () => {
    expect(spcMarker({ kind: 'spc', variation: 'common_cause', rule: null, assurance: 'inconsistent' }, 'higher_is_better')).toBeNull();
    expect(spcMarker({ kind: 'too_few', values: 3, needed: 12 }, 'higher_is_better')).toBeNull();
    expect(spcMarker({ kind: 'no_value', assurance: null }, 'higher_is_better')).toBeNull();
    expect(spcMarker({ kind: 'spc', variation: 'improvement', rule: 'trend', assurance: null }, 'higher_is_better')).toEqual({ cls: 'v-ih', text: 'Improvement (higher)' });
    expect(spcMarker({ kind: 'spc', variation: 'neutral_low', rule: 'shift', assurance: null }, 'neutral')).toEqual({ cls: 'v-nl', text: 'Unusually low' });
  });
});

describe('spcKey', () => {
  it('lists every icon once, each with its words and meaning', () => {
    const key = spcKey();
    expect([...key.variation, ...key.assurance].map((e) => e.cls).sort()).toEqual(SPC_ICONS.map((i) => i.cls).sort());
    expect(key.variation.map((e) => e.label)).toEqual([
      'Common cause', 'Improvement (higher)', 'Improvement (lower)', 'Concern (higher)', 'Concern (lower)', 'Unusually high', 'Unusually low',
    ]);
    expect(key.assurance.map((e) => e.label)).toEqual(['Consistently passes', 'Consistently fails', 'Hit and miss']);
    for (const entry of [...key.variation, ...key.assurance]) expect(entry.meaning.length).toBeGreaterThan(20);
  });
});
