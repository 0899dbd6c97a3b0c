// Percentages over quarters for a few named series (e.g. audits graded good or better, by activity type).
// Each line has its own dash pattern and marker and is labelled by name at its last point.
import * as Plot from '@observablehq/plot';
import type { PeriodId } from '../../domain/types.ts';
import { TIME_CHART_WIDTH, renderSplitPlot, type SplitChart } from '../../charts/render.ts';
import { labelledQuarters, quarterAxisRoom, quarterTick } from '../../charts/ticks.ts';
import { FONT_SIZE, textWidth, wrapText } from '../../charts/text-width.ts';
import { valueAxis } from '../../charts/value-axis.ts';
import { INK, VALUE_COLOUR, seriesStyle } from '../../charts/palette.ts';

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
/** A longer name wraps onto more lines, so the names leave the quarters room. */
const NAME_LINE = 90;
/** Space kept between two names. */
const NAME_GAP = 2;

export interface Label {
  /** Where the label is wanted: the height of its line's last point, in chart units (top down). */
  y: number;
  /** Its height, in chart units. */
  height: number;
}

/**
 * The heights (centres) at which to write labels wanted at `labels`' heights so that none touches another and all
 * lie inside `[top, bottom]`. Labels that would touch are written as a block, in the order of their lines, centred
 * where they are wanted (the least total move).
 */
export function spreadLabels(labels: readonly Label[], top: number, bottom: number): number[] {
  const order = labels.map((label, i) => ({ ...label, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  type Member = (typeof order)[number];
  // Each member's offset from the top of its block, and the block's height.
  const offsets = (members: Member[]) => members.reduce<number[]>((acc, m, j) => [...acc, j === 0 ? 0 : acc[j - 1]! + members[j - 1]!.height], []);
  const heightOf = (members: Member[]) => members.reduce((sum, m) => sum + m.height, 0);
  const place = (members: Member[]) => {
    const at = offsets(members);
    const mean = members.reduce((sum, m, j) => sum + m.y - at[j]! - m.height / 2, 0) / members.length;
    return Math.max(Math.min(mean, bottom - heightOf(members)), top);
  };
  const blocks = order.map((o) => ({ members: [o], at: place([o]) }));
  for (let k = 1; k < blocks.length; ) {
    const [above, block] = [blocks[k - 1]!, blocks[k]!];
    if (block.at >= above.at + heightOf(above.members)) {
      k += 1;
      continue;
    }
    // Touching: merge into one block, then look again at the block above it.
    const members = [...above.members, ...block.members];
    blocks.splice(k - 1, 2, { members, at: place(members) });
    k = Math.max(1, k - 1);
  }
  const result = new Array<number>(labels.length);
  for (const block of blocks) {
    const at = offsets(block.members);
    block.members.forEach((m, j) => (result[m.i] = block.at + at[j]! + m.height / 2));
  }
  return result;
}

export function percentTrendChart(input: PercentTrendChartInput): SplitChart {
  const axis = valueAxis({ domain: [0, 100], height: HEIGHT - MARGIN_BOTTOM - 30, format: (v: number) => `${v}%`, title: '%' });
  const marginTop = Math.max(axis.marginTop, 20);
  const named = input.series.map((series, position) => {
    const main = position === 0;
    return { series, main, lines: wrapText(series.name, NAME_LINE, { bold: main }) };
  });
  // Room on the right for the longest name, written beside its line's last point.
  const marginRight = Math.ceil(NAME_DX + Math.max(0, ...named.flatMap(({ lines, main }) => lines.map((line) => textWidth(line, { bold: main })))) + 6);
  const inset = quarterAxisRoom(input.periods);
  const step = (TIME_CHART_WIDTH - axis.marginLeft - marginRight - 2 * inset) / Math.max(1, input.periods.length - 1);
  const tickAt = labelledQuarters(input.periods, step).map((i) => input.periods[i]!);
  const plotTop = marginTop;
  const plotBottom = HEIGHT - MARGIN_BOTTOM;
  // The y scale in chart units, to move names apart by their drawn height.
  const yOf = (percent: number) => plotBottom - (percent / 100) * (plotBottom - plotTop);
  const percentAt = (y: number) => ((plotBottom - y) / (plotBottom - plotTop)) * 100;

  const marks: Plot.Markish[] = [
    Plot.gridY({ ticks: axis.ticks, stroke: INK, strokeOpacity: 0.12 }),
    Plot.axisX({ ticks: tickAt, tickFormat: quarterTick, label: null, tickSize: 4 }),
    axis.mark,
  ];
  const ends: { name: string; main: boolean; period: PeriodId; y: number; height: number }[] = [];
  named.forEach(({ series, main, lines }, position) => {
    const style = main ? { colour: VALUE_COLOUR, dash: '', symbol: 'circle' } : seriesStyle(position - 1);
    const data = series.points.map((p) => ({ period: p.period, percent: p.percent }));
    const shown = data.filter((d) => d.percent !== null);
    const last = shown[shown.length - 1];
    marks.push(
      Plot.line(data, { x: 'period', y: 'percent', stroke: style.colour, strokeWidth: main ? 3 : 2, strokeDasharray: style.dash || undefined }),
      Plot.dot(shown, { x: 'period', y: 'percent', symbol: () => style.symbol, stroke: main ? INK : style.colour, fill: main ? style.colour : 'white', r: main ? 5 : 4, strokeWidth: 1.5 }),
    );
    if (last) ends.push({ name: lines.join('\n'), main, period: last.period, y: yOf(last.percent!), height: lines.length * FONT_SIZE + NAME_GAP });
  });
  // Names moved apart where lines end close together.
  const spread = spreadLabels(ends, plotTop - FONT_SIZE / 2, plotBottom + FONT_SIZE / 2);
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
