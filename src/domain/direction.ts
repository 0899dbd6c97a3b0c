// Direction of travel against an earlier value. Neutral (context) indicators have no better or worse,
// so they only go up or down.
import type { Direction, Polarity } from './types.ts';

export function directionOfTravel(current: number | null, previous: number | null, polarity: Polarity): Direction {
  if (current === null || previous === null) return 'not_applicable';
  if (current === previous) return 'no_change';
  const rose = current > previous;
  if (polarity === 'neutral') return rose ? 'up' : 'down';
  const higherIsBetter = polarity === 'higher_is_better';
  return rose === higherIsBetter ? 'improving' : 'worsening';
}
