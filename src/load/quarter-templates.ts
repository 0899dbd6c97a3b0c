// The files `npm run new-quarter` writes for a new quarter: what the loader reads, with nothing filled in, so
// that the data stays valid (with a warning that the quarter is not filled in yet) until the officer adds figures.
import { QUARTER_SPEC } from './quarters.ts';

/** The sections every quarter's narrative has, in the order the committee report reads them. */
export const NARRATIVE_SECTIONS = ['Strengths', 'Areas for improvement', 'Feedback from children and families', 'Next steps'] as const;

function header(spec: { required: readonly string[]; optional: readonly string[] }): string {
  return [...spec.required, ...spec.optional].join(',');
}

/** One row per indicator, in indicators.csv order, every other cell blank. Ids are written as read (never quoted:
 * an id is letters, digits, hyphens and underscores). */
export function quarterTemplate(indicatorIds: readonly string[]): string {
  const blanks = ','.repeat(QUARTER_SPEC.required.length + QUARTER_SPEC.optional.length - 1);
  return [header(QUARTER_SPEC), ...indicatorIds.map((id) => `${id}${blanks}`), ''].join('\n');
}

/** The header row alone, in the column order docs/data-format.md shows. */
export function auditsTemplate(): string {
  return 'activity,type,service_area,month,scale,auditor_grade,moderated_grade,count\n';
}

/** The header row alone, for a council that publishes feedback from children and families. */
export function feedbackTemplate(): string {
  return 'source,method,question,agreed,asked\n';
}

/** Front matter with an empty summary, then the standard headings with nothing under them. */
export function narrativeTemplate(): string {
  return ['---', 'summary:', '---', '', ...NARRATIVE_SECTIONS.flatMap((section) => [`## ${section}`, ''])].join('\n');
}
