// Practice domains ranked by the share graded good or better: one labelled bar each, strongest first.
import * as Plot from '@observablehq/plot';
import { formatShareOf } from '../domain/format.ts';
import type { DomainSummary } from '../domain/quality/domains.ts';
import { memoiseChart } from './memo.ts';
import { renderPlot } from './render.ts';
import { INK, VALUE_COLOUR } from './palette.ts';

/** Memoised: the latest quarter's chart is shown on /quality/ and on its own quality page. */
export const domainChart = memoiseChart(drawDomainChart);

function drawDomainChart(input: { activity: string; domains: readonly DomainSummary[]; summary: string }): string {
  const data = input.domains.map((d) => ({ domain: d.domain, percent: d.goodOrBetter.percent ?? 0, label: formatShareOf(d.goodOrBetter.count, d.goodOrBetter.total) }));
  return renderPlot(
    {
      width: 720,
      height: 40 + data.length * 30,
      marginLeft: 220,
      marginRight: 130,
      x: { domain: [0, 100], label: '% good or better', labelArrow: 'none', grid: true, tickFormat: (v: number) => `${v}%`, axis: 'top' },
      y: { domain: data.map((d) => d.domain), label: null, tickSize: 0 },
      marks: [
        Plot.barX(data, { y: 'domain', x: 'percent', fill: VALUE_COLOUR }),
        Plot.text(data, { y: 'domain', x: 'percent', text: 'label', dx: 6, textAnchor: 'start', fill: INK }),
        Plot.ruleX([0], { stroke: INK }),
      ],
    },
    { label: `Chart: practice domains in ${input.activity}, by share graded good or better`, description: input.summary },
  );
}
