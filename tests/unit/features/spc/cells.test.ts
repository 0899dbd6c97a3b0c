// What a scorecard row's SPC cells and a RAG grid cell's marker say, from the quarter's SPC reading.
import { describe, expect, it } from 'vitest';
import { SPC_ICONS } from '../../../../src/features/spc/icons.ts';
import { spcCells, spcKey, spcMarker } from '../../../../src/features/spc/cells.ts';

describe('spcCells', () => {
  it('says how many quarters there are, and how many SPC needs, when there are too few', () => {
    expect(spcCells({ kind: 'too_few', values: 9, needed: 12 }, 'lower_is_better', true)).toEqual({ kind: 'too_few', text: 'Too few quarters (9 of 12)' });
  });

  it('names the side of a concern or improvement, which the label alone does not', () => {
    // Lower is better: a high mark is a concern.
    expect(spcCells({ kind: 'spc', variation: 'concern', rule: 'outside_limits', assurance: 'inconsistent', processChanged: false }, 'lower_is_better', true)).toEqual({
      kind: 'reading',
      variation: { cls: 'v-ch', text: 'Concern (higher)' },
      assurance: { cls: 'a-hm', text: 'Hit and miss' },
    });
    expect(spcCells({ kind: 'spc', variation: 'improvement', rule: 'shift', assurance: 'consistent_pass', processChanged: false }, 'lower_is_better', true)).toEqual({
      kind: 'reading',
      variation: { cls: 'v-il', text: 'Improvement (lower)' },
      assurance: { cls: 'a-p', text: 'Consistently passes' },
    });
    expect(spcCells({ kind: 'spc', variation: 'concern', rule: 'trend', assurance: 'consistent_fail', processChanged: false }, 'higher_is_better', true)).toMatchObject({
      variation: { cls: 'v-cl', text: 'Concern (lower)' },
      assurance: { cls: 'a-f', text: 'Consistently fails' },
    });
  });

  it('shows common cause and neutral marks in their own words', () => {
    expect(spcCells({ kind: 'spc', variation: 'common_cause', rule: null, assurance: 'inconsistent', processChanged: false }, 'higher_is_better', true)).toMatchObject({ variation: { cls: 'v-cc', text: 'Common cause' } });
    expect(spcCells({ kind: 'spc', variation: 'neutral_high', rule: 'outside_limits', assurance: null, processChanged: false }, 'neutral', false)).toEqual({
      kind: 'reading',
      variation: { cls: 'v-nh', text: 'Unusually high' },
      assurance: { cls: '', text: 'No target' },
    });
  });

  it('keeps the assurance of a quarter without a figure, and says why there is no assurance', () => {
    expect(spcCells({ kind: 'no_value', assurance: 'consistent_fail', processChanged: false }, 'higher_is_better', true)).toEqual({
      kind: 'reading',
      variation: { cls: '', text: 'No figure' },
      assurance: { cls: 'a-f', text: 'Consistently fails' },
    });
    // A neutral indicator with a target is not assessed against it.
    expect(spcCells({ kind: 'no_value', assurance: null, processChanged: false }, 'neutral', true)).toMatchObject({ assurance: { cls: '', text: 'Not assessed' } });
  });
});

describe('spcCells where the process has changed', () => {
  it('states no pass or fail from limits that describe an earlier process, and links to why', () => {
    for (const assurance of ['consistent_pass', 'consistent_fail', 'inconsistent'] as const) {
      const cells = spcCells({ kind: 'spc', variation: 'concern', rule: 'outside_limits', assurance, processChanged: true }, 'higher_is_better', true);
      expect(cells).toEqual({
        kind: 'reading',
        variation: { cls: 'v-cl', text: 'Concern (lower)' },
        assurance: { cls: '', text: 'Process changed: limits need recalculating', href: '/about/spc/#process-changed' },
      });
    }
    // Also for a quarter without a figure: the assurance it would keep is out of date too.
    expect(spcCells({ kind: 'no_value', assurance: 'consistent_pass', processChanged: true }, 'higher_is_better', true)).toMatchObject({
      assurance: { text: 'Process changed: limits need recalculating' },
    });
  });

  it('still says why there is no assurance at all where there is none to withhold', () => {
    expect(spcCells({ kind: 'spc', variation: 'neutral_high', rule: 'shift', assurance: null, processChanged: true }, 'neutral', true)).toMatchObject({
      assurance: { cls: '', text: 'Not assessed' },
    });
    expect(spcCells({ kind: 'spc', variation: 'improvement', rule: 'shift', assurance: null, processChanged: true }, 'higher_is_better', false)).toMatchObject({
      assurance: { cls: '', text: 'No target' },
    });
  });
});

describe('spcMarker', () => {
  it('marks only special-cause quarters', () => {
    expect(spcMarker({ kind: 'spc', variation: 'common_cause', rule: null, assurance: 'inconsistent', processChanged: false }, 'higher_is_better')).toBeNull();
    expect(spcMarker({ kind: 'too_few', values: 3, needed: 12 }, 'higher_is_better')).toBeNull();
    expect(spcMarker({ kind: 'no_value', assurance: null, processChanged: false }, 'higher_is_better')).toBeNull();
    expect(spcMarker({ kind: 'spc', variation: 'improvement', rule: 'trend', assurance: null, processChanged: false }, 'higher_is_better')).toEqual({ cls: 'v-ih', text: 'Improvement (higher)' });
    expect(spcMarker({ kind: 'spc', variation: 'neutral_low', rule: 'shift', assurance: null, processChanged: false }, 'neutral')).toEqual({ cls: 'v-nl', text: 'Unusually low' });
  });
});

describe('spcKey', () => {
  it('lists every icon once, each with its words and meaning', () => {
    const key = spcKey();
    // The words said instead of an assurance where the process has changed have no icon.
    expect([...key.variation, ...key.assurance].map((e) => e.cls).filter(Boolean).sort()).toEqual(SPC_ICONS.map((i) => i.cls).sort());
    expect(key.variation.map((e) => e.label)).toEqual([
      'Common cause', 'Improvement (higher)', 'Improvement (lower)', 'Concern (higher)', 'Concern (lower)', 'Unusually high', 'Unusually low',
    ]);
    expect(key.assurance.map((e) => e.label)).toEqual(['Consistently passes', 'Consistently fails', 'Hit and miss', 'Process changed: limits need recalculating']);
    for (const entry of [...key.variation, ...key.assurance]) expect(entry.meaning.length).toBeGreaterThan(20);
  });
});
