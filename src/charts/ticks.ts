// Axis labels shared by every chart over quarters.
import { periodShortLabel } from '../domain/period.ts';
import type { PeriodId } from '../domain/types.ts';
import { labelWidth } from './text-width.ts';

/** `Q3` over `22/23`: two short lines, so a dozen or more quarters fit across a chart. */
export function quarterTick(period: PeriodId): string {
  const [quarter, year] = periodShortLabel(period).split(' ');
  return `${quarter}\n${year!.slice(2)}`;
}

/** Half the widest quarter label and a little more: how far in from each edge of the plot the first and last quarters sit, so their centred labels stay whole. */
export function quarterAxisRoom(periods: readonly PeriodId[]): number {
  return Math.ceil(Math.max(0, ...periods.map((p) => labelWidth(quarterTick(p)))) / 2) + 4;
}
