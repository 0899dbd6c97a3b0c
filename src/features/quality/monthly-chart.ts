// One activity month by month: a bar per month at its pass-line share, each labelled with the share and
// its base ("8 of 10"), so the figures are read from the labels, not from colour or bar length alone.
import * as Plot from '@observablehq/plot';
import type { MonthSummary } from '../../domain/quality/activity-summary.ts';
import type { Published } from '../../domain/quality/disclosure.ts';
import { monthLabel, WITHHELD } from '../../domain/quality/wording.ts';
import { memoiseChart } from '../../charts/memo.ts';
import { TIME_CHART_WIDTH, renderSplitPlot, type SplitChart } from '../../charts/render.ts';
import { valueAxis } from '../../charts/value-axis.ts';
import { INK, VALUE_COLOUR } from '../../charts/palette.ts';

export interface MonthlyChartInput {
  activity: string;
  /** The pass line's words, e.g. "adequate or good". */
  headline: string;
  /** As published: a withheld share has no bar and is labelled c. */
  months: readonly Published<MonthSummary>[];
  summary: string;
}

/** Memoised: the same activity's chart is shown on its quality page and in the committee pack. */
export const monthlyChart = memoiseChart(drawMonthlyChart);

const HEIGHT = 260;
const MARGIN_BOTTOM = 30;

function drawMonthlyChart(input: MonthlyChartInput): SplitChart {
  const data = input.months.map((m) => ({
    month: monthLabel(m.month),
    percent: m.headline.percent ?? 0,
    label: m.headline.count === null || m.headline.total === null ? WITHHELD
      : m.headline.percent === null ? 'none graded' : `${Math.round(m.headline.percent)}% (${m.headline.count} of ${m.headline.total})`,
  }));
  const axis = valueAxis({ domain: [0, 100], height: HEIGHT - MARGIN_BOTTOM - 30, format: (v: number) => `${v}%`, title: `% ${input.headline}` });
  return renderSplitPlot(
    {
      width: TIME_CHART_WIDTH,
      height: HEIGHT,
      // Room above a full bar for its label.
      marginTop: Math.max(axis.marginTop, 28),
      marginLeft: axis.marginLeft,
      marginRight: 12,
      marginBottom: MARGIN_BOTTOM,
      x: { domain: data.map((d) => d.month), label: null, padding: 0.3 },
      y: { domain: axis.domain },
      marks: [
        Plot.gridY({ ticks: axis.ticks, stroke: INK, strokeOpacity: 0.12 }),
        axis.mark,
        Plot.axisX({ label: null }),
        Plot.barY(data, { x: 'month', y: 'percent', fill: VALUE_COLOUR, stroke: INK, strokeWidth: 1 }),
        Plot.text(data, { x: 'month', y: 'percent', text: 'label', dy: -8, fill: INK, fontWeight: 'bold' }),
        Plot.ruleY([0], { stroke: INK }),
      ],
    },
    { label: `Chart: ${input.activity}, ${input.headline} by month`, description: input.summary },
  );
}
