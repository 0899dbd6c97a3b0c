// The comparator names in the scorecard. Its comparisons share one column, one line per area, and every row
// would otherwise repeat each area's name in its HTML; the site's names are data, so they come from a small
// stylesheet of their own, /labels/<hash>.css (src/pages/labels/[key].css.ts), written from site.json with the
// shared CSS escaper for both the id in the selector and the name. Each cell still carries the comparator's id.
import { createHash } from 'node:crypto';
import type { Comparator } from '../domain/types.ts';
import { cssString } from '../escape/css.ts';

/** One rule per comparator: its name before its figure on every scorecard row. */
export function comparatorLabelsCss(comparators: readonly Comparator[]): string {
  return comparators.map((c) => `table.scorecard [data-comparator=${cssString(c.id)}]::before { content: ${cssString(c.label)} " "; }\n`).join('');
}

/** The stylesheet's name, from what it says, so a renamed comparator is a new file and never a stale cached one. */
export function comparatorLabelsKey(comparators: readonly Comparator[]): string {
  return createHash('sha256').update(comparatorLabelsCss(comparators)).digest('hex').slice(0, 16);
}

/** The stylesheets a page with a scorecard links: the comparator names, when the site has comparators. */
export function comparatorLabelsSheets(comparators: readonly Comparator[], base: string): string[] {
  return comparators.length === 0 ? [] : [`${base}labels/${comparatorLabelsKey(comparators)}.css`];
}
