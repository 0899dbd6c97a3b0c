// Percentages over quarters for a few named series (e.g. audits graded good or better, by activity type).
// Each line has its own dash pattern and marker and is labelled by name at its last point.
import * as Plot from '@observablehq/plot';
import type { PeriodId } from '../domain/types.ts';
import { TIME_CHART_WIDTH, renderSplitPlot, type SplitChart } from './render.ts';
import { quarterAxisRoom, quarterTick } from './ticks.ts';
import { FONT_SIZE, labelWidth } from './text-width.ts';
import { valueAxis } from './value-axis.ts';
import { INK, VALUE_COLOUR, seriesStyle } from './palette.ts';

export interface PercentSeries {
  name: string;
  points: readonly { period: PeriodId; percent: number | null }[];
}

export interface PercentTrendChartInput {
  /** What the chart shows, e.g. "Audits graded good or better". */
  title: string;
  periods: readonly PeriodId[];
  /** The first series is drawn strongest (usually "All"). */
  series: readonly PercentSeries[];
  summary: string;
}

const HEIGHT = 300;
const MARGIN_BOTTOM = 48;
/** The gap between a line's last point and its name. */
const NAME_DX = 10;
/** Names closer than this (centre to centre) are moved apart so none is drawn over another. */
const NAME_GAP = FONT_SIZE + 2;

/**
 * The heights at which to write names wanted at `ys` (in chart units, top down): each as near its own line's
 * end as it can be while a line's height clear of the others, and inside `[top, bottom]`.
 */
export function spreadLabels(ys: readonly number[], top: number, bottom: number, gap = NAME_GAP): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const placed = order.map((o) => o.y);
  for (let k = 0; k < placed.length; k++) placed[k] = Math.max(placed[k]!, k === 0 ? top : placed[k - 1]! + gap);
  // Pushed past the bottom: shift the run back up, keeping the gaps.
  for (let k = placed.length - 1; k >= 0; k--) placed[k] = Math.min(placed[k]!, k === placed.length - 1 ? bottom : placed[k + 1]! - gap);
  const result = new Array<number>(ys.length);
  order.forEach((o, k) => (result[o.i] = placed[k]!));
  return result;
}

export function percentTrendChart(input: PercentTrendChartInput): SplitChart {
  const axis = valueAxis({ domain: [0, 100], height: HEIGHT - MARGIN_BOTTOM - 30, format: (v: number) => `${v}%`, title: '%' });
  const marginTop = Math.max(axis.marginTop, 20);
  const named = input.series.map((series, position) => ({ series, main: position === 0 }));
  // Room on the right for the longest name, written beside its line's last point.
  const marginRight = Math.ceil(NAME_DX + Math.max(0, ...named.map(({ series, main }) => labelWidth(series.name, { bold: main }))) + 6);
  const inset = quarterAxisRoom(input.periods);
  const plotTop = marginTop;
  const plotBottom = HEIGHT - MARGIN_BOTTOM;
  // The y scale in chart units, to move names apart by their drawn height.
  const yOf = (percent: number) => plotBottom - (percent / 100) * (plotBottom - plotTop);
  const percentAt = (y: number) => ((plotBottom - y) / (plotBottom - plotTop)) * 100;

  const marks: Plot.Markish[] = [
    Plot.gridY({ ticks: axis.ticks, stroke: INK, strokeOpacity: 0.12 }),
    Plot.axisX({ tickFormat: quarterTick, label: null, tickSize: 4 }),
    axis.mark,
  ];
  const ends: { name: string; main: boolean; period: PeriodId; y: number }[] = [];
  named.forEach(({ series, main }, position) => {
    const style = main ? { colour: VALUE_COLOUR, dash: '', symbol: 'circle' } : seriesStyle(position - 1);
    const data = series.points.map((p) => ({ period: p.period, percent: p.percent }));
    const shown = data.filter((d) => d.percent !== null);
    const last = shown[shown.length - 1];
    marks.push(
      Plot.line(data, { x: 'period', y: 'percent', stroke: style.colour, strokeWidth: main ? 3 : 2, strokeDasharray: style.dash || undefined }),
      Plot.dot(shown, { x: 'period', y: 'percent', symbol: () => style.symbol, stroke: main ? INK : style.colour, fill: main ? style.colour : 'white', r: main ? 5 : 4, strokeWidth: 1.5 }),
    );
    if (last) ends.push({ name: series.name, main, period: last.period, y: yOf(last.percent!) });
  });
  // Names moved apart where lines end close together.
  const spread = spreadLabels(ends.map((e) => e.y), plotTop, plotBottom);
  ends.forEach((end, i) => {
    marks.push(Plot.text([end], { x: 'period', y: () => percentAt(spread[i]!), text: () => end.name, dx: NAME_DX, textAnchor: 'start', fill: INK, fontWeight: end.main ? 'bold' : 'normal' }));
  });
  return renderSplitPlot(
    {
      width: TIME_CHART_WIDTH,
      height: HEIGHT,
      marginLeft: axis.marginLeft,
      marginTop,
      marginRight,
      marginBottom: MARGIN_BOTTOM,
      x: { type: 'point', domain: [...input.periods], padding: 0, insetLeft: inset, insetRight: inset },
      y: { domain: axis.domain },
      symbol: { type: 'identity' },
      color: { type: 'identity' },
      marks,
    },
    { label: `Chart: ${input.title}, by quarter`, description: input.summary },
  );
}
