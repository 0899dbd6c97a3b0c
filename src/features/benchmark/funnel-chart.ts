// A funnel plot (Spiegelhalter, "Funnel plots for comparing institutional performance", 2005): each council's
// proportion against how many it counted, with England's proportion p0 as a line and the 95% and 99.8% limits
// p0 ± z·√(p0(1 − p0)/n) round it, which narrow as n grows. A council outside the limits differs from England by
// more than chance would give a council of its size. Ours is a large labelled star, our neighbours squares, the
// rest small rings; the limits differ by line pattern, named in the key. Drawn BAR_CHART_WIDTH wide, so it fits a
// 320 px phone whole. The number counted runs on a log scale, as councils' sizes span three orders of magnitude.
import * as Plot from '@observablehq/plot';
import { scaleLinear } from 'd3';
import { Z_95, Z_998, funnelLimits } from '../../domain/benchmark/funnel.ts';
import type { BenchmarkYear } from '../../domain/benchmark/types.ts';
import { formatNumber, formatValue } from '../../domain/format.ts';
import type { Indicator } from '../../domain/types.ts';
import { BAR_CHART_WIDTH, renderPlot } from '../../charts/render.ts';
import { labelWidth } from '../../charts/text-width.ts';
import { INK } from '../../charts/palette.ts';
import { COUNCIL_MARK, councilDots } from './strip-chart.ts';
import { councilKind, proportionText, yearLabel, type CouncilKind } from './view.ts';

export interface FunnelChartInput {
  indicator: Pick<Indicator, 'title' | 'decimals'>;
  year: BenchmarkYear;
  name: string;
  summary: string;
}

/** The z of each pair of limits, as the rules place a council (src/domain/benchmark/), and how each is drawn. */
export const FUNNEL_LIMITS = [
  { label: '95% limits', z: Z_95, colour: '#505a5f', dash: '6 3', width: 1.5 },
  { label: '99.8% limits', z: Z_998, colour: '#505a5f', dash: '2 2', width: 2 },
] as const;
export const FUNNEL_CENTRE = { colour: INK, dash: '', width: 2 } as const;


const HEIGHT = 300;
const EDGE = 4;
const MARGIN_TOP = 10;
const MARGIN_BOTTOM = 46;
/** From the plot's bottom edge to the axis title's baseline: below the tick labels, above the drawing's edge. */
const LABEL_OFFSET = 38;
const TICK = 4;
/** The least space between two labels of the count axis. */
const TICK_GAP = 8;
/** Points along each limit's curve. */
const STEPS = 80;
const X_LABEL = 'Number counted (log scale)';

interface Point {
  n: number;
  percent: number;
  kind: CouncilKind;
}

/**
 * Ticks on the log scale: 1, 3, 10, 30, 100 … within the domain where their labels fit side by side across `span`
 * units, else the powers of ten alone.
 */
export function logTicks([low, high]: [number, number], span: number): number[] {
  const candidates = (steps: readonly number[]) => {
    const ticks: number[] = [];
    for (let decade = 10 ** Math.floor(Math.log10(low)); decade <= high; decade *= 10) {
      for (const step of steps) if (decade * step >= low && decade * step <= high) ticks.push(decade * step);
    }
    return ticks;
  };
  const at = (v: number) => (span * Math.log(v / low)) / Math.log(high / low);
  const fits = (ticks: number[]) => ticks.every((t, i) => i === 0 || at(t) - at(ticks[i - 1]!) >= (labelWidth(formatNumber(t, 0)) + labelWidth(formatNumber(ticks[i - 1]!, 0))) / 2 + TICK_GAP);
  const both = candidates([1, 3]);
  return fits(both) ? both : candidates([1]);
}

/** The councils with both counts published, as points: ours last, so it is drawn over the rest. */
export function funnelPoints(year: BenchmarkYear): Point[] {
  return year.councils
    .filter((c) => c.numerator !== null && c.denominator !== null && c.denominator > 0)
    .map((c) => ({ n: c.denominator!, percent: (100 * c.numerator!) / c.denominator!, kind: councilKind(year, c.code) }))
    .sort((a, b) => Number(a.kind === 'ours') - Number(b.kind === 'ours') || Number(a.kind === 'neighbour') - Number(b.kind === 'neighbour'));
}

export function funnelChart(input: FunnelChartInput): string {
  const { indicator, year, name } = input;
  const funnel = year.funnel;
  if (funnel === null) throw new Error(`no funnel point for ${yearLabel(year.period)}: draw the funnel only where the counts are published`);
  const width = BAR_CHART_WIDTH;
  const points = funnelPoints(year);
  const ns = points.map((p) => p.n);
  // A little room past the smallest and largest council, on the log scale.
  const xDomain: [number, number] = [Math.min(...ns, funnel.n) / 1.25, Math.max(...ns, funnel.n) * 1.25];
  const percents = [...points.map((p) => p.percent), funnel.p0 * 100];
  const [low, high] = [Math.min(...percents), Math.max(...percents)];
  const pad = (high - low) * 0.06 || 1;
  const y = scaleLinear().domain([Math.max(0, low - pad), Math.min(100, high + pad)]).nice(6);
  const yDomain = y.domain() as [number, number];
  const yTicks = y.ticks(6);
  const yDecimals = Math.max(0, -Math.floor(Math.log10((yTicks[1] ?? 1) - (yTicks[0] ?? 0)) + 1e-9));
  const yFormat = (v: number) => formatValue(v, 'percent', yDecimals);
  const marginLeft = Math.ceil(Math.max(...yTicks.map((t) => labelWidth(yFormat(t)))) + TICK + 3 + EDGE);
  // The right margin holds half the last tick's label at most ("30,000"), however the ticks fall.
  const marginRight = Math.ceil(Math.max(COUNCIL_MARK.ours.r, labelWidth(formatNumber(10 ** Math.floor(Math.log10(xDomain[1])) * 3, 0)) / 2) + EDGE);
  const xTicks = logTicks(xDomain, width - marginLeft - marginRight);

  // Each limit's curve, sampled evenly along the log scale.
  const samples = Array.from({ length: STEPS + 1 }, (_, i) => xDomain[0] * (xDomain[1] / xDomain[0]) ** (i / STEPS));
  const curves = FUNNEL_LIMITS.flatMap((limit) => (['lower', 'upper'] as const).map((side) => ({
    limit,
    side,
    points: samples.map((n) => ({ n, percent: 100 * funnelLimits(funnel.p0, n, limit.z)[side] })),
  })));

  const ours = points.find((p) => p.kind === 'ours') ?? null;
  const ourSideAbove = (ours?.percent ?? 0) >= funnel.p0 * 100;
  const marks: Plot.Markish[] = [
    Plot.gridY({ ticks: yTicks, stroke: INK, strokeOpacity: 0.12 }),
    Plot.axisY({ ticks: yTicks, tickFormat: yFormat, tickSize: TICK, label: null }),
    // The axis title a line below the tick labels, clear of the drawing's bottom edge (Plot would set it on the edge).
    Plot.axisX({ ticks: xTicks, tickFormat: (v: number) => formatNumber(v, 0), tickSize: TICK, label: X_LABEL, labelAnchor: 'center', labelArrow: 'none', labelOffset: LABEL_OFFSET }),
    ...curves.map((curve) => Plot.line(curve.points, {
      className: `funnel-limit funnel-${curve.side}`,
      x: 'n',
      y: 'percent',
      stroke: curve.limit.colour,
      strokeWidth: curve.limit.width,
      strokeDasharray: curve.limit.dash || undefined,
      clip: true,
    })),
    Plot.ruleY([funnel.p0 * 100], { className: 'funnel-england', stroke: FUNNEL_CENTRE.colour, strokeWidth: FUNNEL_CENTRE.width }),
    councilDots(points, 'n', 'percent'),
    // England's line named at its right end, on the side of it away from our star (whose label is beside it); a
    // white halo keeps the name legible over the limits.
    Plot.text([funnel.p0 * 100], {
      className: 'funnel-england-label',
      y: (v: number) => v,
      frameAnchor: 'right',
      text: () => `England ${proportionText(indicator, funnel.p0)}`,
      textAnchor: 'end',
      lineAnchor: ourSideAbove ? 'top' : 'bottom',
      dy: ourSideAbove ? 4 : -4,
      fill: INK,
      stroke: 'white',
      strokeWidth: 4,
    }),
  ];
  if (ours) {
    // Our label beside our star, on whichever side has room, away from England's line.
    const plotWidth = width - marginLeft - marginRight;
    const at = marginLeft + ((Math.log(ours.n) - Math.log(xDomain[0])) / (Math.log(xDomain[1]) - Math.log(xDomain[0]))) * plotWidth;
    const text = `${name} ${proportionText(indicator, funnel.p)}`;
    const room = labelWidth(text, { bold: true }) + COUNCIL_MARK.ours.r + 4;
    const right = at + room <= width - EDGE;
    const above = ourSideAbove;
    marks.push(Plot.text([ours], {
      className: 'funnel-ours-label',
      x: 'n',
      y: 'percent',
      text: () => text,
      textAnchor: right ? 'start' : 'end',
      dx: right ? COUNCIL_MARK.ours.r + 3 : -(COUNCIL_MARK.ours.r + 3),
      lineAnchor: above ? 'bottom' : 'top',
      dy: above ? -4 : 4,
      fill: INK,
      stroke: 'white',
      strokeWidth: 4,
      fontWeight: 'bold',
    }));
  }
  return renderPlot(
    {
      width,
      height: HEIGHT,
      marginLeft,
      marginRight,
      marginTop: MARGIN_TOP,
      marginBottom: MARGIN_BOTTOM,
      x: { type: 'log', domain: xDomain },
      y: { domain: yDomain },
      symbol: { type: 'identity' },
      color: { type: 'identity' },
      marks,
    },
    { label: `Funnel plot: ${indicator.title}, every council's figure against how many it counted, ${yearLabel(year.period)}`, description: input.summary },
  );
}
