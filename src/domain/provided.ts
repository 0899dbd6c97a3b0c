// Which optional parts of the data a council provided. Pages link to, count or mention a part only when it is
// here, so a council without (say) an action plan never reads "0 actions were overdue" or follows a link to a
// page that was not built.
import type { Dataset } from './types.ts';
import { qualityPeriods } from './quality/report.ts';

export interface Provided {
  /** site.json lists at least one comparison area (England, region, statistical neighbours...). */
  comparators: boolean;
  /** targets.csv gives at least one target, so RAG ratings mean something. */
  targets: boolean;
  /** Quality assurance results (audits or a narrative) for at least one quarter: the quality pages are built. */
  quality: boolean;
  /** schedule.csv: the audit schedule page is built. */
  schedule: boolean;
  /** actions.csv: the improvement actions page is built. */
  actions: boolean;
  /** glossary.csv: the glossary page is built. */
  glossary: boolean;
}

export function provided(dataset: Pick<Dataset, 'site' | 'targets' | 'quality' | 'glossary'>): Provided {
  const { quality } = dataset;
  return {
    comparators: dataset.site.comparators.length > 0,
    targets: dataset.targets.length > 0,
    // The same rule that decides which quarters have quality pages.
    quality: qualityPeriods(quality).length > 0,
    schedule: quality.schedule.length > 0,
    actions: quality.actions.length > 0,
    glossary: dataset.glossary.length > 0,
  };
}

/** "a, b and c". */
export function andList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** "the headlines, RAG grid, quality assurance and actions": what a quarter's committee pack holds, in its order. */
export function packContents(parts: Pick<Provided, 'actions'>, hasQuality: boolean): string {
  return andList(['the headlines', 'RAG grid', ...(hasQuality ? ['quality assurance'] : []), ...(parts.actions ? ['actions'] : [])]);
}

/** What an indicator's page shows, for the sentence that leads to them. */
export function indicatorPageContents(parts: Pick<Provided, 'targets' | 'comparators'>): string {
  return andList(['its trend over every quarter', ...(parts.targets ? ['its target'] : []), ...(parts.comparators ? ['how it compares with other areas'] : [])]);
}
