// Draft quarters (site.json "drafts") are prepared and checked like any other, and previewed, but the
// published site must not hold a trace of them: no page, figure, download, search entry or narrative.
// Everything keyed by a draft quarter goes: its quarter values, audits (graded or not), domain grades, feedback and narrative, the
// actions raised in it and the images only its narrative shows. Comparators and targets stay: they are
// other bodies' published figures and settings that apply from a quarter on, not the quarter's own data.
import type { Dataset, PeriodId } from './types.ts';

/** The dataset as the published site shows it: without the draft quarters. Unchanged when there are none. */
export function publishedOnly(dataset: Dataset): Dataset {
  const drafts = new Set<PeriodId>(dataset.site.drafts);
  if (drafts.size === 0) return dataset;
  const published = <T extends { period: PeriodId }>(rows: readonly T[]) => rows.filter((row) => !drafts.has(row.period));
  const { quality } = dataset;
  const narratives = published(quality.narratives);
  // An image is published when a published narrative shows it (narrative-links.ts writes `…media/<path>`).
  const shown = narratives.flatMap((n) => n.sections.map((s) => s.html)).join('\n');
  return {
    ...dataset,
    site: { ...dataset.site, drafts: [] },
    periods: dataset.periods.filter((period) => !drafts.has(period)),
    values: published(dataset.values),
    quality: {
      ...quality,
      audits: published(quality.audits),
      ungraded: published(quality.ungraded),
      domainGrades: published(quality.domainGrades),
      feedback: published(quality.feedback),
      narratives,
      actions: quality.actions.filter((action) => !drafts.has(action.raised)),
      media: quality.media.filter((file) => shown.includes(`media/${file.path}"`)),
    },
  };
}
