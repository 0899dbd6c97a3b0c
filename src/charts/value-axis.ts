// The value (y) axis of a chart over time, with the room its labels need worked out before drawing: the chart
// is split at the axis (renderSplitPlot), so every tick label and the axis title must fit inside the margin.
import * as Plot from '@observablehq/plot';
import { scaleLinear } from 'd3';
import { FONT_SIZE, labelWidth, wrapText } from './text-width.ts';

/** Plot's defaults for a left axis: the tick's length and the gap from it to its label. */
const TICK_SIZE = 6;
const TICK_PADDING = 3;
/** Space kept clear at the chart's left edge, and between the axis title and the margin's right edge. */
const EDGE = 4;
/** Plot sets a top-anchored axis title 3 units in from the chart's top left corner. */
const TITLE_INSET = 3;
/** An axis title wider than this wraps onto more lines rather than widen the axis. */
const TITLE_LINE = 80;
/** About one tick per this many units of height, as Plot does by default. */
const TICK_SPACING = 35;

export interface ValueAxisInput {
  /** The lowest and highest value the axis must show. */
  domain: readonly [number, number];
  /** Extend the domain to round tick values (Plot's `nice`). */
  nice?: boolean;
  /** The plotting area's height in chart units, for how many ticks fit. */
  height: number;
  format: (value: number) => string;
  /** The axis title (the unit), or null for none. */
  title: string | null;
  className?: string;
}

export interface ValueAxis {
  /** The y scale's domain, rounded out when `nice`. */
  domain: [number, number];
  ticks: number[];
  /** The left margin the axis fills: its widest tick label or title line, with the ticks and a little space. */
  marginLeft: number;
  /** The least top margin that keeps the title (on its own lines) clear of the top tick label. */
  marginTop: number;
  /** The title as drawn, wrapped onto lines. */
  title: string | null;
  mark: Plot.Markish;
}

export function valueAxis(input: ValueAxisInput): ValueAxis {
  const count = Math.max(2, Math.round(input.height / TICK_SPACING));
  const scale = scaleLinear().domain([input.domain[0], input.domain[1]]);
  if (input.nice) scale.nice(count);
  const [low, high] = scale.domain() as [number, number];
  const ticks = scale.ticks(count);
  const tickRoom = Math.max(0, ...ticks.map((t) => labelWidth(input.format(t)))) + TICK_SIZE + TICK_PADDING + EDGE;
  const lines = input.title ? wrapText(input.title, Math.max(TITLE_LINE, tickRoom - TITLE_INSET - EDGE)) : [];
  const titleRoom = lines.length ? TITLE_INSET + Math.max(...lines.map((line) => labelWidth(line))) + EDGE : 0;
  const title = lines.length ? lines.join('\n') : null;
  return {
    domain: [low, high],
    ticks,
    marginLeft: Math.ceil(Math.max(tickRoom, titleRoom)),
    // Title lines from 3 units down, then room for the top tick label, which is centred on the top of the plot.
    marginTop: Math.ceil(lines.length ? TITLE_INSET + lines.length * FONT_SIZE + EDGE + FONT_SIZE / 2 + 2 : FONT_SIZE / 2 + 2),
    title,
    mark: Plot.axisY({
      ticks,
      tickFormat: input.format,
      tickSize: TICK_SIZE,
      tickPadding: TICK_PADDING,
      label: title,
      labelAnchor: 'top',
      labelArrow: 'none',
      ...(input.className ? { className: input.className } : {}),
    }),
  };
}
