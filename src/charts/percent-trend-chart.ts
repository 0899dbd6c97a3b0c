// Percentages over quarters for a few named series (e.g. audits graded good or better, by activity type).
// Each line has its own dash pattern and marker and is labelled by name at its last point.
import * as Plot from '@observablehq/plot';
import type { PeriodId } from '../domain/types.ts';
import { renderPlot } from './render.ts';
import { quarterTick } from './ticks.ts';
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

export function percentTrendChart(input: PercentTrendChartInput): string {
  const marks: Plot.Markish[] = [
    Plot.gridY({ stroke: INK, strokeOpacity: 0.12 }),
    Plot.axisX({ tickFormat: quarterTick, label: null, tickSize: 4 }),
    Plot.axisY({ label: '%', labelAnchor: 'top', labelArrow: 'none', tickFormat: (v: number) => `${v}%` }),
  ];
  input.series.forEach((series, position) => {
    const main = position === 0;
    const style = main ? { colour: VALUE_COLOUR, dash: '', symbol: 'circle' } : seriesStyle(position - 1);
    const data = series.points.map((p) => ({ period: p.period, percent: p.percent }));
    const shown = data.filter((d) => d.percent !== null);
    const last = shown[shown.length - 1];
    marks.push(
      Plot.line(data, { x: 'period', y: 'percent', stroke: style.colour, strokeWidth: main ? 3 : 2, strokeDasharray: style.dash || undefined }),
      Plot.dot(shown, { x: 'period', y: 'percent', symbol: () => style.symbol, stroke: main ? INK : style.colour, fill: main ? style.colour : 'white', r: main ? 5 : 4, strokeWidth: 1.5 }),
    );
    if (last) marks.push(Plot.text([last], { x: 'period', y: 'percent', text: () => series.name, dx: 10, textAnchor: 'start', fill: INK, fontWeight: main ? 'bold' : 'normal' }));
  });
  return renderPlot(
    {
      width: 720,
      height: 300,
      marginLeft: 48,
      marginRight: 120,
      marginBottom: 48,
      x: { type: 'point', domain: [...input.periods], padding: 0.3 },
      y: { domain: [0, 100] },
      symbol: { type: 'identity' },
      color: { type: 'identity' },
      marks,
    },
    { label: `Chart: ${input.title}, by quarter`, description: input.summary },
  );
}

