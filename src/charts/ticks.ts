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
  return Math.ceil(Math.max(0, ...periods.map((p) => labelWidth(quarterTick(p)))) / 2) + 2;
}

/** The least space between two quarter labels side by side. */
const LABEL_GAP = 5;

/**
 * The positions (0 = oldest) of the quarters to label when `count` quarters sit `step` units apart: every one
 * where their labels fit side by side, else every second (or third…), counting back from the latest so that the
 * latest is always labelled. Never more than `most` labels.
 */
export function labelledQuarters(periods: readonly PeriodId[], step: number, most = Infinity): number[] {
  const count = periods.length;
  const room = Math.max(0, ...periods.map((p) => labelWidth(quarterTick(p)))) + LABEL_GAP;
  const every = Math.max(1, Math.ceil(room / Math.max(step, 1)), Math.ceil(count / most));
  return Array.from({ length: count }, (_, i) => i).filter((i) => (count - 1 - i) % every === 0);
}
