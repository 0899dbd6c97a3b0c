// Practice domains ranked by the share graded good or better: one labelled bar each, strongest first, its
// name on its own line above it so a long name is shown whole on a phone.
import type { DomainSummary } from '../../domain/quality/domains.ts';
import type { Published } from '../../domain/quality/disclosure.ts';
import { shareText } from '../../domain/quality/wording.ts';
import { barRowsChart } from './bar-rows.ts';
import { memoiseChart } from '../../charts/memo.ts';
import { VALUE_COLOUR } from '../../charts/palette.ts';

/** Memoised: the latest quarter's chart is shown on /quality/ and on its own quality page. */
export const domainChart = memoiseChart(drawDomainChart);

function drawDomainChart(input: { activity: string; domains: readonly Published<DomainSummary>[]; summary: string }): string {
  return barRowsChart(
    {
      max: 100,
      track: true,
      groups: input.domains.map((d) => ({
        title: d.domain,
        bars: [{ name: null, value: d.goodOrBetter.percent ?? 0, label: shareText(d.goodOrBetter), fill: VALUE_COLOUR }],
      })),
    },
    { label: `Chart: practice domains in ${input.activity}, by share graded good or better`, description: input.summary },
  );
}
