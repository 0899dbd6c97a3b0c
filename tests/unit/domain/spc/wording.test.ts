// SPC readings in plain words, the same on every page: a variation names its direction where its word does not,
// a rule is put on the side it marked, and short labels count quarters as a reader would.
import { describe, expect, it } from 'vitest';
import { PROCESS_CHANGED_MEANING, ruleOnSide, tooFewLabel, variationSide, variationWords } from '../../../../src/domain/spc/wording.ts';
import { RECENT_VALUES } from '../../../../src/domain/spc/process-change.ts';

describe('variationSide', () => {
  it('puts improvement high and concern low where higher is better, and the other way round where lower is', () => {
    expect(variationSide('improvement', true)).toBe('high');
    expect(variationSide('concern', true)).toBe('low');
    expect(variationSide('improvement', false)).toBe('low');
    expect(variationSide('concern', false)).toBe('high');
  });

  it('takes the side of an unusual neutral figure from its own name, and gives common cause none', () => {
    expect(variationSide('neutral_high', false)).toBe('high');
    expect(variationSide('neutral_low', true)).toBe('low');
    expect(variationSide('common_cause', true)).toBeNull();
  });
});

describe('variationWords', () => {
  it('says which way an improvement or concern went, so the cell does not rely on its colour or icon', () => {
    expect(variationWords('improvement', 'higher_is_better')).toBe('Improvement (higher)');
    expect(variationWords('improvement', 'lower_is_better')).toBe('Improvement (lower)');
    expect(variationWords('concern', 'lower_is_better')).toBe('Concern (higher)');
    expect(variationWords('concern', 'higher_is_better')).toBe('Concern (lower)');
  });

  it('leaves words that already say it alone', () => {
    expect(variationWords('neutral_high', 'neutral')).toBe('Unusually high');
    expect(variationWords('neutral_low', 'neutral')).toBe('Unusually low');
    expect(variationWords('common_cause', 'higher_is_better')).toBe('Common cause');
  });
});

describe('ruleOnSide', () => {
  it('puts each rule on the side it marked', () => {
    expect(ruleOnSide('outside_limits', 'high')).toBe('above the upper process limit');
    expect(ruleOnSide('outside_limits', 'low')).toBe('below the lower process limit');
    expect(ruleOnSide('trend', 'high')).toBe('rising for 7 quarters or more in a row');
    expect(ruleOnSide('trend', 'low')).toBe('falling for 7 quarters or more in a row');
    expect(ruleOnSide('two_of_three', 'high')).toBe('2 of the last 3 quarters close to the upper process limit');
    expect(ruleOnSide('shift', 'low')).toBe('7 quarters or more in a row below the average');
  });
});

describe('short labels', () => {
  it('count the quarters a short series has against those SPC needs', () => {
    expect(tooFewLabel(9, 12)).toBe('Too few quarters (9 of 12)');
  });

  it('say over how many quarters a process change was found', () => {
    expect(PROCESS_CHANGED_MEANING).toContain(`in the last ${RECENT_VALUES} quarters`);
  });
});
