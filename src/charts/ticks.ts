// Axis labels shared by every chart over quarters.
import { periodShortLabel } from '../domain/period.ts';
import type { PeriodId } from '../domain/types.ts';

/** `Q3` over `22/23`: two short lines, so a dozen or more quarters fit across a chart. */
export function quarterTick(period: PeriodId): string {
  const [quarter, year] = periodShortLabel(period).split(' ');
  return `${quarter}\n${year!.slice(2)}`;
}
