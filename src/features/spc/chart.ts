// The statistical process control (SPC) chart on each indicator page, after NHS England's Making Data Count:
// every value, the average (solid) and process limits (dashed) of each rebase segment, a break where limits
// start again (labelled with its reason), the latest target, and every point marked by its variation in shape,
// colour and word. A function from typed data to SVG markup.
import * as Plot from '@observablehq/plot';
import type { Indicator, PeriodId, ResolvedTarget } from '../../domain/types.ts';
import type { SpcAnalysis } from '../../domain/spc/analysis.ts';
import type { SpcPoint } from '../../domain/spc/types.ts';
import type { SpcVariation } from '../../domain/spc/assurance.ts';
import { variationSide } from '../../domain/spc/wording.ts';
import { variationWords } from '../../domain/spc/wording.ts';
import { formatValue, unitLabel } from '../../domain/format.ts';
import { periodShortLabel } from '../../domain/period.ts';
import { TIME_CHART_WIDTH, renderSplitPlot, type SplitChart } from '../../charts/render.ts';
import { labelledQuarters, quarterAxisRoom, quarterTick } from '../../charts/ticks.ts';
import { labelWidth } from '../../charts/text-width.ts';
import { valueAxis } from '../../charts/value-axis.ts';
import { INK, SPC_COLOUR, SPC_LINE_COLOUR } from '../../charts/palette.ts';

export interface SpcChartInput {
  indicator: Indicator;
  /** Every quarter on the axis, oldest first; a quarter without a value is a gap in the line. */
  periods: readonly PeriodId[];
  analysis: Extract<SpcAnalysis, { kind: 'spc' }>;
  /** The target in force for the latest quarter, against which the assurance is read; null when none. */
  target: ResolvedTarget | null;
  /** The plain-English reading, read out after the chart's name. */
  summary: string;
}

/** The marker of each variation: a circle for common cause, a triangle pointing the way the figure moved. */
export type SpcShape = 'circle' | 'up' | 'down';

export function spcShape(variation: SpcVariation, higherIsBetter: boolean): SpcShape {
  const side = variationSide(variation, higherIsBetter);
  return side === 'high' ? 'up' : side === 'low' ? 'down' : 'circle';
}

/** Stroke patterns shared with the key under the chart. */
export const SPC_LINES = {
  mean: { colour: SPC_LINE_COLOUR, dash: '', width: 2 },
  limit: { colour: SPC_LINE_COLOUR, dash: '6 4', width: 1.5 },
  target: { colour: INK, dash: '10 3 2 3', width: 2 },
  value: { colour: SPC_COLOUR.common_cause, dash: '', width: 1.5 },
} as const;

/** Characters per line and lines of a rebase label; longer reasons end in "…" (the full reason is in the text). */
const LABEL_LINE = 30;
const LABEL_LINES = 3;

/** Words wrapped into at most `lines` lines of `width` characters, the last shortened with "…" if need be. */
export function wrapLabel(text: string, width = LABEL_LINE, lines = LABEL_LINES): string {
  const result: string[] = [];
  let line = '';
  const words = text.trim().split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    let word = words[i]!;
    if (word.length > width) word = `${word.slice(0, width - 1)}…`;
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      result.push(line);
      line = word;
    }
    if (result.length === lines) {
      const last = result[lines - 1]!;
      result[lines - 1] = `${last.length >= width ? last.slice(0, width - 1) : last}…`;
      return result.join('\n');
    }
  }
  if (line !== '') result.push(line);
  return result.join('\n');
}

interface PointDatum extends SpcPoint {
  x: number;
  shape: SpcShape;
}

const HEIGHT = 380;
const MARGIN_BOTTOM = 48;
/** The target line's label, just right of the plot. */
const TARGET_LABEL = 'Target';
const TARGET_DX = 4;

export function spcChart(input: SpcChartInput): SplitChart {
  const { indicator, periods, analysis, target } = input;
  const higherIsBetter = indicator.polarity === 'higher_is_better';
  const at = new Map(periods.map((period, i) => [period, i]));
  const xOf = (period: PeriodId) => at.get(period) ?? -1;
  const points: PointDatum[] = analysis.points.map((p) => ({ ...p, x: xOf(p.period), shape: spcShape(p.variation, higherIsBetter) }));
  const fmt = (value: number) => formatValue(value, indicator.unit, indicator.decimals);

  // Each segment's lines span its own points; a break sits half a quarter before the quarter its limits start.
  const segments = analysis.segments.map((segment, index) => {
    const own = points.filter((p) => p.segment === index);
    const start = segment.rebase ? Math.min(xOf(segment.rebase.period), own[0]!.x) : own[0]!.x;
    return { ...segment, x1: own[0]!.x - 0.3, x2: own[own.length - 1]!.x + 0.3, breakAt: start - 0.5 };
  });
  const breaks = segments.filter((s) => s.rebase !== null);

  // The line joins quarters with values in each segment; a blank quarter leaves a gap, as on the trend chart.
  const line = periods.map((period, x) => {
    const point = points.find((p) => p.period === period);
    const segment = point?.segment ?? segments.findLastIndex((s) => s.breakAt < x);
    return { x, value: point ? point.value : null, segment: Math.max(segment, 0) };
  });

  const numbers = [
    ...points.map((p) => p.value),
    ...segments.flatMap((s) => [s.mean, s.upperLimit, s.lowerLimit]),
    ...(target ? [target.value] : []),
  ];
  let lower = Math.min(...numbers);
  let upper = Math.max(...numbers);
  const pad = (upper - lower) * 0.08 || Math.abs(upper) * 0.1 || 1;
  lower -= pad;
  upper += pad;
  // Figures here are never negative: a lower limit below zero is drawn to the axis, not below it.
  if (points.every((p) => p.value >= 0)) lower = Math.max(0, lower);
  if (indicator.unit === 'percent') upper = Math.min(100, upper);
  const marginTop = breaks.length ? 64 : 28;
  const axis = valueAxis({
    domain: [lower, upper],
    nice: true,
    height: HEIGHT - MARGIN_BOTTOM - marginTop,
    format: (v: number) => formatValue(v, indicator.unit, 0),
    title: unitLabel(indicator.unit) || null,
    className: 'spc-y-axis',
  });
  const marginRight = Math.ceil(TARGET_DX + labelWidth(TARGET_LABEL) + 8);
  // The first and last quarters sit half a step in from the plot's edges; where that is less than half their
  // label (many quarters), the plot is inset so the labels stay whole.
  const halfStep = (TIME_CHART_WIDTH - axis.marginLeft - marginRight) / (periods.length * 2);
  const inset = Math.max(0, Math.ceil(quarterAxisRoom(periods) - halfStep));
  // Every quarter labelled up to 16 where they fit; beyond, every second (or third…) back from the latest.
  const tickAt = labelledQuarters(periods, (2 * halfStep * periods.length - 2 * inset) / periods.length, 16);

  // A special-cause run is named once, at its first point: above it when high, below when low.
  const labelled = points.filter((p, i) => p.rule !== null && (i === 0 || points[i - 1]!.variation !== p.variation));
  const last = periods.length - 1;
  const anchorFor = (x: number) => (x < 1.5 ? 'start' : x > last - 1.5 ? 'end' : 'middle');

  const marks: Plot.Markish[] = [
    Plot.gridY({ ticks: axis.ticks, stroke: INK, strokeOpacity: 0.12 }),
    Plot.axisX({ ticks: tickAt, tickFormat: (i: number) => quarterTick(periods[i]!), label: null, tickSize: 4 }),
    axis.mark,
    Plot.ruleY(segments, { className: 'spc-limit', y: 'upperLimit', x1: 'x1', x2: 'x2', stroke: SPC_LINES.limit.colour, strokeWidth: SPC_LINES.limit.width, strokeDasharray: SPC_LINES.limit.dash, clip: true }),
    Plot.ruleY(segments, { className: 'spc-limit', y: 'lowerLimit', x1: 'x1', x2: 'x2', stroke: SPC_LINES.limit.colour, strokeWidth: SPC_LINES.limit.width, strokeDasharray: SPC_LINES.limit.dash, clip: true }),
    Plot.ruleY(segments, { className: 'spc-mean', y: 'mean', x1: 'x1', x2: 'x2', stroke: SPC_LINES.mean.colour, strokeWidth: SPC_LINES.mean.width }),
  ];
  if (target) {
    marks.push(
      Plot.ruleY([target.value], { className: 'spc-target', stroke: SPC_LINES.target.colour, strokeWidth: SPC_LINES.target.width, strokeDasharray: SPC_LINES.target.dash }),
      Plot.text([target.value], { className: 'spc-target-label', y: (v: number) => v, x: last + 0.5, text: () => TARGET_LABEL, textAnchor: 'start', dx: TARGET_DX, fill: INK }),
    );
  }
  // One label per break (there are few), read away from the nearer edge so a late rebase stays on the chart.
  for (const segment of breaks) {
    const late = segment.breakAt > last / 2;
    marks.push(
      Plot.ruleX([segment.breakAt], { className: 'spc-break', stroke: INK, strokeWidth: 2 }),
      Plot.text([segment.breakAt], {
        className: 'spc-break-label',
        x: (x: number) => x,
        frameAnchor: 'top',
        lineAnchor: 'bottom',
        dy: -8,
        dx: late ? -4 : 4,
        textAnchor: late ? 'end' : 'start',
        text: () => wrapLabel(`New limits: ${segment.rebase!.reason}`),
        fill: INK,
      }),
    );
  }
  marks.push(
    Plot.line(line, { x: 'x', y: 'value', z: 'segment', stroke: SPC_LINES.value.colour, strokeWidth: SPC_LINES.value.width }),
    // Labels are centred on their point, but start at it near the left edge and end at it near the right, so
    // they stay clear of the axis and inside the chart.
    ...(['up', 'down'] as const).flatMap((shape) =>
      (['start', 'middle', 'end'] as const).map((anchor) =>
        Plot.text(labelled.filter((p) => p.shape === shape && anchorFor(p.x) === anchor), {
          className: 'spc-point-label',
          x: 'x',
          y: 'value',
          text: (p: PointDatum) => variationWords(p.variation, indicator.polarity),
          lineAnchor: shape === 'up' ? 'bottom' : 'top',
          textAnchor: anchor,
          dx: anchor === 'start' ? -6 : anchor === 'end' ? 6 : 0,
          dy: shape === 'up' ? -10 : 10,
          fill: (p: PointDatum) => SPC_COLOUR[p.variation],
          // A white halo keeps the word legible where it crosses a line; the markers are drawn over it.
          stroke: 'white',
          strokeWidth: 4,
          fontWeight: 700,
        }),
      ),
    ),
    Plot.dot(points, {
      className: 'spc-point',
      x: 'x',
      y: 'value',
      r: (p: PointDatum) => (p.shape === 'circle' ? 5 : 9),
      symbol: (p: PointDatum) => (p.shape === 'circle' ? 'circle' : 'triangle'),
      rotate: (p: PointDatum) => (p.shape === 'down' ? 180 : 0),
      fill: (p: PointDatum) => SPC_COLOUR[p.variation],
      stroke: (p: PointDatum) => SPC_COLOUR[p.variation],
      strokeWidth: 1,
    }),
  );

  // With a rebase, each part's own average and limits (the summary gives only the latest part's).
  const facts = segments.length < 2 ? '' : ` ${segments.map((s, i) => {
    const own = points.filter((p) => p.segment === i);
    return `${periodShortLabel(own[0]!.period)} to ${periodShortLabel(own[own.length - 1]!.period)}: average ${fmt(s.mean)}, process limits ${fmt(s.lowerLimit)} to ${fmt(s.upperLimit)}`;
  }).join('; ')}.`;
  return renderSplitPlot(
    {
      width: TIME_CHART_WIDTH,
      height: HEIGHT,
      marginLeft: axis.marginLeft,
      marginRight,
      marginTop: Math.max(marginTop, axis.marginTop),
      marginBottom: MARGIN_BOTTOM,
      x: { type: 'linear', domain: [-0.5, last + 0.5], insetLeft: inset, insetRight: inset },
      y: { domain: axis.domain },
      symbol: { type: 'identity' },
      color: { type: 'identity' },
      marks,
    },
    { label: `Statistical process control (SPC) chart of ${indicator.title}: average, process limits and variation by quarter`, description: `${input.summary}${facts}` },
  );
}
