// One activity month by month: a bar per month at its pass-line share, each labelled with the share and
// its base ("8 of 10"), so the figures are read from the labels, not from colour or bar length alone.
import * as Plot from '@observablehq/plot';
import type { MonthSummary } from '../domain/quality/activity-summary.ts';
import { monthLabel } from '../domain/quality/wording.ts';
import { memoiseChart } from './memo.ts';
import { renderPlot } from './render.ts';
import { INK, VALUE_COLOUR } from './palette.ts';

export interface MonthlyChartInput {
  activity: string;
  /** The pass line's words, e.g. "adequate or good". */
  headline: string;
  months: readonly MonthSummary[];
  summary: string;
}

/** Memoised: the same activity's chart is shown on its quality page and in the committee pack. */
export const monthlyChart = memoiseChart(drawMonthlyChart);

function drawMonthlyChart(input: MonthlyChartInput): string {
  const data = input.months.map((m) => ({
    month: monthLabel(m.month),
    percent: m.headline.percent ?? 0,
    label: m.headline.percent === null ? 'none graded' : `${Math.round(m.headline.percent)}% (${m.headline.count} of ${m.headline.total})`,
  }));
  return renderPlot(
    {
      width: 720,
      height: 260,
      marginTop: 28,
      marginLeft: 48,
      x: { domain: data.map((d) => d.month), label: null, padding: 0.3 },
      y: { domain: [0, 100], label: `% ${input.headline}`, labelArrow: 'none', grid: true, tickFormat: (v: number) => `${v}%` },
      marks: [
        Plot.barY(data, { x: 'month', y: 'percent', fill: VALUE_COLOUR, stroke: INK, strokeWidth: 1 }),
        Plot.text(data, { x: 'month', y: 'percent', text: 'label', dy: -8, fill: INK, fontWeight: 'bold' }),
        Plot.ruleY([0], { stroke: INK }),
      ],
    },
    { label: `Chart: ${input.activity}, ${input.headline} by month`, description: input.summary },
  );
}
