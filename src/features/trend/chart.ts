// The trend chart on each indicator page: every quarter's value (markers shaped by RAG), the target as a
// step line, and each comparator's published values. A function from typed data to SVG markup.
import * as Plot from '@observablehq/plot';
import type { Comparator, Indicator, PeriodId, RagStatus, ResolvedTarget } from '../../domain/types.ts';
import { comparePeriods } from '../../domain/period.ts';
import { formatValue, unitLabel } from '../../domain/format.ts';
import { TIME_CHART_WIDTH, renderSplitPlot, type SplitChart } from '../../charts/render.ts';
import { labelledQuarters, quarterAxisRoom, quarterTick } from '../../charts/ticks.ts';
import { valueAxis } from '../../charts/value-axis.ts';
import { INK, RAG_FILL, TARGET_COLOUR, VALUE_COLOUR, seriesStyle, ragSymbol } from '../../charts/palette.ts';

export interface TrendPoint {
  period: PeriodId;
  value: number | null;
  rag: RagStatus;
  target: ResolvedTarget | null;
  comparators: readonly { id: string; value: number | null; period: PeriodId | null }[];
}

export interface TrendChartInput {
  indicator: Indicator;
  points: readonly TrendPoint[];
  comparators: readonly Comparator[];
  /** The one-sentence summary read out after the chart's name. */
  summary: string;
}

interface ComparatorDatum {
  comparator: string;
  period: PeriodId;
  value: number;
}

/** Comparator values at the periods they belong to (not carried forward), within the chart's quarters. */
export function comparatorPoints(points: readonly TrendPoint[], comparators: readonly Comparator[]): ComparatorDatum[] {
  const shown = new Set(points.map((p) => p.period));
  const seen = new Set<string>();
  const result: ComparatorDatum[] = [];
  for (const point of points) {
    for (const c of point.comparators) {
      if (c.value === null || c.period === null || !shown.has(c.period)) continue;
      const key = `${c.id}|${c.period}`;
      if (seen.has(key) || !comparators.some((known) => known.id === c.id)) continue;
      seen.add(key);
      result.push({ comparator: c.id, period: c.period, value: c.value });
    }
  }
  return result.sort((a, b) => comparePeriods(a.period, b.period));
}

const HEIGHT = 340;
const MARGIN_BOTTOM = 48;
const MARGIN_RIGHT = 12;

export function trendChart(input: TrendChartInput): SplitChart {
  const { indicator, points, comparators } = input;
  const periods = points.map((p) => p.period);
  const values = points.filter((p) => p.value !== null);
  const comparatorData = comparatorPoints(points, comparators);
  const targets = points.map((p) => ({ period: p.period, target: p.target ? p.target.value : null }));

  const allNumbers = [
    ...values.map((p) => p.value as number),
    ...targets.flatMap((t) => (t.target === null ? [] : [t.target])),
    ...comparatorData.map((c) => c.value),
  ];
  const max = allNumbers.length ? Math.max(...allNumbers) : 1;
  const min = allNumbers.length ? Math.min(...allNumbers) : 0;
  // Counts and rates start at zero so size reads truly; percentages keep a 0–100 ceiling.
  const lower = indicator.unit === 'percent' ? Math.max(0, min - (max - min) * 0.25 - 2) : 0;
  const upper = indicator.unit === 'percent' ? Math.min(100, max + (max - min) * 0.15 + 2) : max * 1.1 || 1;

  const axis = valueAxis({
    domain: [lower, upper],
    nice: true,
    height: HEIGHT - MARGIN_BOTTOM - 30,
    format: (v: number) => formatValue(v, indicator.unit, 0),
    title: unitLabel(indicator.unit) || null,
  });
  // The first and last quarters' labels are centred on their points: keep half a label's room inside each edge.
  const inset = quarterAxisRoom(periods);
  const step = (TIME_CHART_WIDTH - axis.marginLeft - MARGIN_RIGHT - 2 * inset) / Math.max(1, periods.length - 1);
  const tickAt = labelledQuarters(periods, step).map((i) => periods[i]!);

  const marks: Plot.Markish[] = [
    Plot.gridY({ ticks: axis.ticks, stroke: INK, strokeOpacity: 0.12 }),
    Plot.axisX({ ticks: tickAt, tickFormat: quarterTick, label: null, tickSize: 4 }),
    axis.mark,
  ];
  comparators.forEach((comparator, position) => {
    const style = seriesStyle(position);
    const data = comparatorData.filter((d) => d.comparator === comparator.id);
    if (!data.length) return;
    marks.push(
      Plot.line(data, { x: 'period', y: 'value', stroke: style.colour, strokeWidth: 2, strokeDasharray: style.dash }),
      Plot.dot(data, { x: 'period', y: 'value', symbol: () => style.symbol, stroke: style.colour, fill: 'white', r: 4, strokeWidth: 1.5 }),
    );
  });
  marks.push(
    Plot.line(targets, { x: 'period', y: 'target', curve: 'step-after', stroke: TARGET_COLOUR, strokeWidth: 2, strokeDasharray: '5 4' }),
    Plot.line(points, { x: 'period', y: 'value', stroke: VALUE_COLOUR, strokeWidth: 3 }),
    Plot.dot(values, {
      x: 'period',
      y: 'value',
      r: 6,
      symbol: (p: TrendPoint) => ragSymbol(p.rag),
      fill: (p: TrendPoint) => RAG_FILL[p.rag],
      stroke: INK,
      strokeWidth: 1.5,
    }),
  );

  return renderSplitPlot(
    {
      width: TIME_CHART_WIDTH,
      height: HEIGHT,
      marginLeft: axis.marginLeft,
      marginTop: Math.max(axis.marginTop, 20),
      marginRight: MARGIN_RIGHT,
      marginBottom: MARGIN_BOTTOM,
      x: { type: 'point', domain: periods, padding: 0, insetLeft: inset, insetRight: inset },
      y: { domain: axis.domain },
      symbol: { type: 'identity' },
      color: { type: 'identity' },
      marks,
    },
    { label: `Chart: ${indicator.title}, by quarter`, description: input.summary },
  );
}

