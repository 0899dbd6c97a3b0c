// What disclosure control will withhold, for `npm run validate`: officers see each figure that will show as
// c, and why, before anything is published. The reasons quote the figures, so this is never published.
import { suppressions } from '../../src/domain/disclosure.ts';
import { periodShortLabel } from '../../src/domain/period.ts';
import type { Dataset } from '../../src/domain/types.ts';

export function suppressionReport(dataset: Dataset): string[] {
  const rule = dataset.site.disclosure;
  if (rule === null) return [];
  const list = suppressions(dataset.indicators, dataset.values, rule);
  const heading = `Disclosure control (counts from 1 to ${rule.minimumCount - 1} not published): `;
  if (list.length === 0) return [`${heading}no figure will be withheld.`];
  const titles = new Map(dataset.indicators.map((indicator) => [indicator.id, indicator.title]));
  const secondary = list.filter((s) => s.kind === 'secondary').length;
  return [
    `${heading}${list.length} ${list.length === 1 ? 'figure' : 'figures'} will be shown as c` +
      `${secondary > 0 ? ` (${secondary} to protect another)` : ''}:`,
    ...list.map((s) => `  ${periodShortLabel(s.period)}, ${titles.get(s.indicatorId)} (${s.indicatorId}): ${s.kind}, ${s.reason}.`),
  ];
}
