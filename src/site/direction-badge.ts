// Direction of travel against an earlier quarter as the stylesheet draws it: the class whose arrow shows which way
// the figure moved (directionArrow's glyphs), and the word that says whether that is better or worse. Shared by
// DirectionBadge and the scorecard's cells, which carry the class themselves (every row has two).
import { directionWord, valueMovement } from '../domain/labels.ts';
import type { Direction, Polarity } from '../domain/types.ts';

/**
 * The movement class ('rose', 'fell', 'unchanged', or 'none' for no comparison; '' for none at all) and the word.
 * `suppressed`: a figure withheld by disclosure control has no direction to show (it would reveal the change).
 */
export function directionBadge(direction: Direction, polarity: Polarity, suppressed = false): { cls: string; text: string } {
  if (suppressed) return { cls: '', text: 'Not published' };
  return { cls: valueMovement(direction, polarity) ?? 'none', text: directionWord(direction) };
}
