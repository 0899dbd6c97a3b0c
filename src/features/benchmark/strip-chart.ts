// Every council's figure for one year as a strip of dots (a beeswarm: dots that would overlap are stacked above
// and below the line, each at its own value), with ours a large star, our statistical neighbours squares, every
// other council a small ring, and England and the region as labelled lines: shape, line pattern and words say
// which is which, never colour alone. Drawn BAR_CHART_WIDTH wide, so it fits a 320 px phone whole with its axis.
// A function from typed data to SVG markup.
import * as Plot from '@observablehq/plot';
import { scaleLinear, tickStep } from 'd3';
import type { BenchmarkYear } from '../../domain/benchmark/types.ts';
import { formatValue, unitLabel } from '../../domain/format.ts';
import type { Indicator } from '../../domain/types.ts';
import { BAR_CHART_WIDTH, renderPlot } from '../../charts/render.ts';
import { FONT_SIZE, labelWidth } from '../../charts/text-width.ts';
import { INK, VALUE_COLOUR } from '../../charts/palette.ts';
import { benchmarkValue, councilKind, yearLabel, type CouncilKind } from './view.ts';

export interface StripChartInput {
  indicator: Pick<Indicator, 'title' | 'unit' | 'decimals'>;
  year: BenchmarkYear;
  /** Our name, as the label beside our star says it. */
  name: string;
  /** The one-sentence summary read out after the chart's name. */
  summary: string;
}

/** How each kind of council is drawn; the key under the chart (BenchmarkSection.astro) draws the same. */
export const COUNCIL_MARK: Record<CouncilKind, { symbol: 'star' | 'square' | 'circle'; r: number; fill: string; stroke: string }> = {
  ours: { symbol: 'star', r: 8, fill: VALUE_COLOUR, stroke: INK },
  neighbour: { symbol: 'square', r: 4.5, fill: '#4c2c92', stroke: '#4c2c92' },
  other: { symbol: 'circle', r: 3, fill: 'white', stroke: '#505a5f' },
};

/** Every council as its mark (ours a star, neighbours squares, the rest circles), ours drawn last, over the rest. */
export function councilDots<T extends { kind: CouncilKind }>(data: readonly T[], x: keyof T & string, y: keyof T & string): Plot.Markish {
  return Plot.dot(data, {
    className: 'benchmark-council',
    // In the order given (Plot would draw the largest first).
    sort: null,
    x,
    y,
    r: (d: T) => COUNCIL_MARK[d.kind].r,
    symbol: (d: T) => COUNCIL_MARK[d.kind].symbol,
    fill: (d: T) => COUNCIL_MARK[d.kind].fill,
    stroke: (d: T) => COUNCIL_MARK[d.kind].stroke,
    strokeWidth: (d: T) => (d.kind === 'ours' ? 1.5 : 1),
  });
}

/** England's and the region's lines; the key draws the same. */
export const REFERENCE_LINE = {
  england: { colour: INK, dash: '6 3', width: 2 },
  region: { colour: '#505a5f', dash: '2 2', width: 2 },
} as const;

const PRIORITY: Record<CouncilKind, number> = { ours: 0, neighbour: 1, other: 2 };

/** Space between dots, and around the drawing, in chart units. */
const DOT_GAP = 0.75;
const EDGE = 4;
/** A label row above the dots: one line of text and a little room. */
const ROW = FONT_SIZE + 5;
const AXIS_HEIGHT = 28;
const LABEL_DX = 4;

export interface SwarmDot {
  /** Where the dot's centre is, across the chart, in chart units. */
  x: number;
  r: number;
  /** Dots with a lower priority are placed first, nearest the line (ours goes on it); 0 unless given. */
  priority?: number;
}

/**
 * How far above (negative) or below (positive) the line each dot sits so that none overlaps another: each dot,
 * taken in order of priority and then of value, goes at the free place nearest the line. `dots` in any order;
 * offsets in the same order.
 */
export function swarmOffsets(dots: readonly SwarmDot[], gap = DOT_GAP): number[] {
  const order = dots.map((_, i) => i).sort((a, b) => (dots[a]!.priority ?? 0) - (dots[b]!.priority ?? 0) || dots[a]!.x - dots[b]!.x || a - b);
  const offsets = new Array<number>(dots.length).fill(0);
  const placed: number[] = [];
  for (const i of order) {
    const dot = dots[i]!;
    // Each placed dot near enough across rules out a band of offsets; the dot goes at the free offset nearest 0.
    const bands: [number, number][] = [];
    for (const j of placed) {
      const other = dots[j]!;
      const reach = dot.r + other.r + gap;
      const dx = Math.abs(dot.x - other.x);
      if (dx >= reach) continue;
      const dy = Math.sqrt(reach * reach - dx * dx);
      bands.push([offsets[j]! - dy, offsets[j]! + dy]);
    }
    const free = (y: number) => bands.every(([low, high]) => y <= low + 1e-9 || y >= high - 1e-9);
    const candidates = [0, ...bands.flat()].sort((a, b) => Math.abs(a) - Math.abs(b) || a - b);
    offsets[i] = candidates.find(free) ?? 0;
    placed.push(i);
  }
  return offsets;
}

/** Ticks across the chart, at a precision that tells them apart ("20%", or "20.5%" over a narrow range). */
function valueTicks(domain: [number, number], unit: Indicator['unit']) {
  const ticks = scaleLinear().domain(domain).ticks(5);
  const step = ticks.length > 1 ? tickStep(domain[0], domain[1], 5) : 1;
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  return { ticks, format: (v: number) => formatValue(v, unit, decimals) };
}

interface Label {
  key: 'england' | 'region' | 'ours';
  text: string;
  value: number;
  bold: boolean;
}

interface Dot {
  value: number;
  kind: CouncilKind;
  y: number;
}

export function stripChart(input: StripChartInput): string {
  const { indicator, year, name } = input;
  const width = BAR_CHART_WIDTH;
  const councils = year.councils.filter((c) => c.value !== null);
  const ours = year.council?.value ?? null;
  const region = year.region?.value ?? null;
  const labels: Label[] = [
    ...(year.england !== null ? [{ key: 'england' as const, text: `England ${benchmarkValue(indicator, year.england)}`, value: year.england, bold: false }] : []),
    ...(region !== null ? [{ key: 'region' as const, text: `${year.region!.name} ${benchmarkValue(indicator, region)}`, value: region, bold: false }] : []),
    ...(ours !== null ? [{ key: 'ours' as const, text: `${name} ${benchmarkValue(indicator, ours)}`, value: ours, bold: true }] : []),
  ];

  const scale = scaleLinear().domain([
    Math.min(...councils.map((c) => c.value!), ...labels.map((l) => l.value)),
    Math.max(...councils.map((c) => c.value!), ...labels.map((l) => l.value)),
  ]).nice(5);
  const domain = scale.domain() as [number, number];
  const axis = valueTicks(domain, indicator.unit);
  // The end ticks' labels are centred on them, and the end dots reach their radius past them: room for both.
  const endRoom = (v: number) => Math.max(COUNCIL_MARK.ours.r, labelWidth(axis.format(v)) / 2) + EDGE;
  const marginLeft = Math.ceil(endRoom(axis.ticks[0] ?? domain[0]));
  const marginRight = Math.ceil(endRoom(axis.ticks.at(-1) ?? domain[1]));
  scale.range([marginLeft, width - marginRight]);

  // Ours on the line, our neighbours next nearest it, then every other council; ours drawn last, over the rest.
  const kinds = councils.map((c) => ({ value: c.value!, kind: councilKind(year, c.code) }));
  kinds.sort((a, b) => Number(a.kind === 'ours') - Number(b.kind === 'ours'));
  const offsets = swarmOffsets(kinds.map((d) => ({ x: scale(d.value), r: COUNCIL_MARK[d.kind].r, priority: PRIORITY[d.kind] })));
  const reach = Math.max(0, ...kinds.map((d, i) => Math.abs(offsets[i]!) + COUNCIL_MARK[d.kind].r));
  const top = EDGE + labels.length * ROW;
  const middle = top + EDGE + reach;
  const bottom = middle + reach + EDGE;
  const title = indicator.unit === 'percent' ? null : unitLabel(indicator.unit);
  const marginBottom = AXIS_HEIGHT + (title ? ROW : 0);
  const height = Math.ceil(bottom + marginBottom);
  const dots: Dot[] = kinds.map((d, i) => ({ ...d, y: middle + offsets[i]! }));
  const ourDot = dots.find((d) => d.kind === 'ours');

  // Each label in a row of its own above the dots, beside the top of its line: to the right of the line where it
  // fits, else to the left, else as far over as the chart allows.
  const placedLabels = labels.map((label, row) => {
    const x = scale(label.value);
    const w = labelWidth(label.text, { bold: label.bold });
    const right = x + LABEL_DX + w <= width - EDGE;
    const left = x - LABEL_DX - w >= EDGE;
    const start = right ? x + LABEL_DX : left ? x - LABEL_DX - w : Math.max(EDGE, Math.min(x + LABEL_DX, width - EDGE - w));
    return { ...label, x, start, y: EDGE + row * ROW + ROW / 2 };
  });

  const marks: Plot.Markish[] = [
    Plot.ruleY([bottom], { x1: domain[0], x2: domain[1], stroke: INK, strokeOpacity: 0.25 }),
    Plot.axisX({ ticks: axis.ticks, tickFormat: axis.format, label: title, labelAnchor: 'center', labelArrow: 'none', labelOffset: AXIS_HEIGHT + ROW - 7, tickSize: 4 }),
  ];
  for (const label of placedLabels.filter((l) => l.key !== 'ours')) {
    const line = REFERENCE_LINE[label.key as 'england' | 'region'];
    marks.push(Plot.ruleX([label.value], { className: `benchmark-${label.key}`, y1: label.y - ROW / 2 + 2, y2: bottom, stroke: line.colour, strokeWidth: line.width, strokeDasharray: line.dash }));
  }
  if (ourDot) {
    const label = placedLabels.find((l) => l.key === 'ours')!;
    marks.push(Plot.ruleX([ourDot.value], { className: 'benchmark-ours-leader', y1: label.y - ROW / 2 + 2, y2: ourDot.y, stroke: INK, strokeWidth: 1.5 }));
  }
  marks.push(
    councilDots(dots, 'value', 'y'),
    // A white halo keeps each label legible where a line or dot passes under it; ours in bold.
    ...[false, true].map((bold) => Plot.text(placedLabels.filter((l) => l.bold === bold), {
      className: 'benchmark-label',
      x: (l: (typeof placedLabels)[number]) => scale.invert(l.start),
      y: 'y',
      text: 'text',
      textAnchor: 'start',
      lineAnchor: 'middle',
      fill: INK,
      stroke: 'white',
      strokeWidth: 4,
      fontWeight: bold ? 'bold' : 'normal',
    })),
  );

  return renderPlot(
    {
      width,
      height,
      marginLeft,
      marginRight,
      marginTop: 0,
      marginBottom,
      x: { domain, range: [marginLeft, width - marginRight] },
      y: { type: 'identity', axis: null },
      symbol: { type: 'identity' },
      color: { type: 'identity' },
      marks,
    },
    { label: `Chart: ${indicator.title}, every council's figure for ${yearLabel(year.period)}`, description: input.summary },
  );
}
