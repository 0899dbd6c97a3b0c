import { describe, expect, it } from 'vitest';
import { cssString } from '../../../src/escape/css.ts';
import { comparatorLabelsCss, comparatorLabelsKey } from '../../../src/site/comparator-labels.ts';

describe('the comparator names stylesheet', () => {
  it('names each comparator before its figure, the id and the name both escaped by the shared CSS escaper', () => {
    const hostile = { id: 'x"]{}*{color:red}', label: 'North "West" </style><script>alert(1)</script>\n\\' };
    const css = comparatorLabelsCss([{ id: 'england', label: 'England' }, hostile]);
    expect(css).toContain('table.scorecard [data-comparator="england"]::before { content: "England" " "; }');
    expect(css).toContain(`[data-comparator=${cssString(hostile.id)}]::before { content: ${cssString(hostile.label)} " "; }`);
    // Nothing in the data can end the string, the selector or the rule.
    expect(css.split('\n').filter(Boolean)).toHaveLength(2);
    expect(css).not.toMatch(/<|\{\}|\\\\/);
  });

  it('is named by what it says', () => {
    const a = [{ id: 'england', label: 'England' }];
    expect(comparatorLabelsKey(a)).toMatch(/^[0-9a-f]{16}$/);
    expect(comparatorLabelsKey(a)).toBe(comparatorLabelsKey([{ id: 'england', label: 'England' }]));
    expect(comparatorLabelsKey(a)).not.toBe(comparatorLabelsKey([{ id: 'england', label: 'All England' }]));
  });
});
