// Direction of travel as a reader sees it in the scorecard and the trend table: the arrow (the class the stylesheet
// draws it from) shows which way the figure moved, the word says whether that is better or worse.
import { describe, expect, it } from 'vitest';
import { directionBadge } from '../../../src/site/direction-badge.ts';

describe('directionBadge', () => {
  it('points the arrow the way the figure moved and says whether that is better, whichever way is better', () => {
    // Assessments on time went up: better.
    expect(directionBadge('improving', 'higher_is_better')).toEqual({ cls: 'rose', text: 'Improving' });
    // Re-referrals went down: better, and the arrow still points down.
    expect(directionBadge('improving', 'lower_is_better')).toEqual({ cls: 'fell', text: 'Improving' });
    // Re-referrals went up: worse, the arrow up.
    expect(directionBadge('worsening', 'lower_is_better')).toEqual({ cls: 'rose', text: 'Worsening' });
    expect(directionBadge('worsening', 'higher_is_better')).toEqual({ cls: 'fell', text: 'Worsening' });
  });

  it('says only up or down for a context measure, where neither way is better', () => {
    expect(directionBadge('up', 'neutral')).toEqual({ cls: 'rose', text: 'Up' });
    expect(directionBadge('down', 'neutral')).toEqual({ cls: 'fell', text: 'Down' });
    expect(directionBadge('no_change', 'neutral')).toEqual({ cls: 'unchanged', text: 'No change' });
  });

  it('draws no arrow when there is nothing to compare with', () => {
    expect(directionBadge('not_applicable', 'higher_is_better')).toEqual({ cls: 'none', text: 'Not applicable' });
  });

  it('shows no direction for a figure withheld under disclosure control, as it would reveal the change', () => {
    expect(directionBadge('improving', 'higher_is_better', true)).toEqual({ cls: '', text: 'Not published' });
  });
});
