// Plain-English sentences about audit results, stating every percentage with its base because audit
// samples are small ("38 of 48 (79%)").
import { formatCount, formatPercentOf, formatShareOf } from '../format.ts';
import type { AuditCounts } from './audit-counts.ts';
import type { ModerationCounts } from './moderation.ts';
import type { DomainSummary } from './domains.ts';
import type { HeadlineShare } from './headline.ts';
import type { LowestGradeShare } from './lowest-grade.ts';
import type { AuditType, Share } from './types.ts';
import type { Published } from './disclosure.ts';

/**
 * The government statistical symbol for a count withheld under disclosure control (src/domain/quality/disclosure.ts).
 * Sentences and cells write it in place of the figure; pages that show it carry the symbols legend.
 */
export const WITHHELD = 'c';

/** A count as published: its figure, or c. */
export function countText(count: number | null): string {
  return count === null ? WITHHELD : formatCount(count);
}

/** A share is withheld when its count or its total is: each would give the other away with the percentage. */
export function isShareWithheld(value: Published<Share>): boolean {
  return value.count === null || value.total === null;
}

const TYPE_NAMES: Record<AuditType, { one: string; many: string }> = {
  audit: { one: 'case-file audit', many: 'case-file audits' },
  observation: { one: 'practice observation', many: 'practice observations' },
  dip_sample: { one: 'dip-sampled case', many: 'dip-sampled cases' },
  thematic_review: { one: 'case in a thematic (spotlight) review', many: 'cases in thematic (spotlight) reviews' },
  multi_agency_audit: { one: 'multi-agency case audit', many: 'multi-agency case audits' },
  learning_review: { one: 'case in a learning review', many: 'cases in learning reviews' },
};

export function typeName(type: AuditType, count = 2): string {
  return count === 1 ? TYPE_NAMES[type].one : TYPE_NAMES[type].many;
}

/** `Case-file audits` etc., for headings. */
export function typeHeading(type: AuditType): string {
  const name = TYPE_NAMES[type].many;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** "38 of 48 (79%)"; "c of 48" when the count is withheld, "c" when the total is. */
export function shareText(value: Published<Share>): string {
  if (value.total === null) return WITHHELD;
  if (value.count === null) return `${WITHHELD} of ${formatCount(value.total)}`;
  return formatShareOf(value.count, value.total);
}

/** "64%", or "–" with no base, or c when withheld: the big figure of a tile, rounded as every other statement of the share. */
export function sharePercentText(value: Published<Share>): string {
  if (isShareWithheld(value)) return WITHHELD;
  return formatPercentOf(value.count!, value.total!) ?? '–';
}

/**
 * "54 of 85 graded audits (64%)": a share of audits with its base named, so a reader knows what the
 * percentage is of. Wherever a pass line or lowest grade is stated on its own (opening sentence, tiles, pack),
 * it is stated with this.
 */
export function gradedShareText(value: Published<Share>): string {
  const base = `${countText(value.count)} of ${countText(value.total)} graded ${value.total === 1 ? 'audit' : 'audits'}`;
  const percent = isShareWithheld(value) ? null : formatPercentOf(value.count!, value.total!);
  return percent === null ? base : `${base} (${percent})`;
}

/** "Good or better: 54 of 85 graded audits (64%).": one pass line, named in its scale's words. */
export function passLineText(headline: Published<HeadlineShare>): string {
  return `${headline.label.charAt(0).toUpperCase()}${headline.label.slice(1)}: ${gradedShareText(headline)}.`;
}

/**
 * The opening sentence of a quarter's quality assurance: each pass line with its base, never added across
 * scales. Empty when nothing was graded.
 */
export function passLinesSentence(headlines: readonly Published<HeadlineShare>[]): string {
  return headlines.filter((h) => h.total === null || h.total > 0).map(passLineText).join(' ');
}

/**
 * "24 of 55 (44%) were moderated: 18 agreed, 4 moved down and 2 moved up." `reported` false: the file gave
 * no moderation figures, which is not the same as none moderated.
 */
export function moderationSentence(counts: Published<ModerationCounts>, reported = true): string {
  if (counts.graded === 0) return 'There were no audits.';
  if (!reported) return 'Moderation not reported.';
  if (counts.moderated === 0) return `None of the ${countText(counts.graded)} was moderated, so the auditors' grades stand.`;
  const moved: string[] = [`${countText(counts.agreed)} agreed`];
  // A withheld count is named as c, never left out: leaving it out would say it was 0.
  if (counts.downgraded !== 0) moved.push(`${countText(counts.downgraded)} moved down`);
  if (counts.upgraded !== 0) moved.push(`${countText(counts.upgraded)} moved up`);
  const list = moved.length > 1 ? `${moved.slice(0, -1).join(', ')} and ${moved[moved.length - 1]}` : moved[0];
  return `${shareText({ count: counts.moderated, total: counts.graded, percent: null })} ${counts.moderated === 1 ? 'was' : 'were'} moderated: ${list}.`;
}

/** "Auditors graded 26 of 55 (47%) good or better; after moderation 24 of 55 (44%)." */
export function gradeChangeSentence(auditorGood: Published<Share>, finalGood: Published<Share>, goodLabel = 'good or better'): string {
  if (finalGood.total === 0) return 'There were no audits.';
  if (auditorGood.count !== null && auditorGood.count === finalGood.count) return `${shareText(finalGood)} graded ${goodLabel}, the same before and after moderation.`;
  return `Auditors graded ${shareText(auditorGood)} ${goodLabel}; after moderation, ${shareText(finalGood)}.`;
}

/** "Moderation was not reported for the other 101." when some of a group's activities gave no moderation figures. */
export function moderationNotReportedSentence(total: number | null, reportedTotal: number | null): string {
  // Under disclosure control the difference of two published counts could be one withheld, so it is said only when both are shown.
  if (total === null || reportedTotal === null) return '';
  const others = total - reportedTotal;
  if (reportedTotal === 0 || others <= 0) return '';
  return `Moderation was not reported for the other ${others}.`;
}

/** "262 of 320 (82%) adequate or good; 60 of 101 (59%) good or better": one share per pass line, never added. */
export function headlinesText(headlines: readonly Published<HeadlineShare>[]): string {
  if (headlines.length === 0) return 'none graded';
  return headlines.map((h) => `${shareText(h)} ${h.label}`).join('; ');
}

/**
 * "58 of 320 (18%) inadequate; 5 of 101 (5%) inadequate": one share per scale, never added. Where two
 * scales' lowest grades have the same words, each names its scale so the shares can be told apart.
 */
export function lowestGradesText(lowest: readonly Published<LowestGradeShare>[]): string {
  if (lowest.length === 0) return 'none graded';
  return lowest.map((l) => `${shareText(l)} ${lowestGradeName(l, lowest)}`).join('; ');
}

/** "inadequate", or "inadequate (Ofsted grades)" when another scale's lowest grade has the same words. */
export function lowestGradeName(lowest: Published<LowestGradeShare>, all: readonly Published<LowestGradeShare>[]): string {
  const clash = all.some((other) => other.scale !== lowest.scale && other.label === lowest.label);
  return clash ? `${lowest.label} (${lowest.scaleLabel})` : lowest.label;
}

/**
 * "Of the 671 done, 235 were not graded; shares are of the 436 graded." Empty when all were graded. Said after
 * a count of audits done, never "N more", which would read as on top of it.
 */
export function notGradedSentence(counts: Published<AuditCounts>): string {
  if (counts.notGraded === 0) return '';
  return `Of the ${countText(counts.done)} done, ${countText(counts.notGraded)} ${counts.notGraded === 1 ? 'was' : 'were'} not graded; shares are of the ${countText(counts.graded)} graded.`;
}

/** "Strongest: Voice of the child, 9 of 10 (90%) good or better. Least strong: Planning, 3 of 10 (30%)." */
export function domainSentence(domains: readonly Published<DomainSummary>[]): string {
  // Ranked by shares that are published: a withheld share cannot be placed.
  const graded = domains.filter((d) => d.total !== null && d.total > 0 && !isShareWithheld(d.goodOrBetter));
  const first = graded[0];
  const last = graded[graded.length - 1];
  if (!first || !last) return 'No practice domains were graded.';
  if (first === last) return `${first.domain}: ${shareText(first.goodOrBetter)} good or better.`;
  return `Strongest: ${first.domain}, ${shareText(first.goodOrBetter)} good or better. Least strong: ${last.domain}, ${shareText(last.goodOrBetter)}.`;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2014-01` → `January 2014`. */
export function monthLabel(month: string): string {
  const [year, number] = month.split('-');
  return `${MONTH_NAMES[Number(number) - 1] ?? month} ${year}`;
}

/** "January 2014: 8 of 10 (80%) adequate or good. February 2014: none graded." */
export function monthsSentence(months: readonly { month: string; headline: Published<HeadlineShare> }[]): string {
  return months.map((m) => `${monthLabel(m.month)}: ${m.headline.total !== 0 ? `${shareText(m.headline)} ${m.headline.label}` : 'none graded'}.`).join(' ');
}

/** "Last quarter (2013-14 Q3): 52 of 100 (52%) good or better." */
export function previousSentence(periodLabel: string, graded: number | null, headlines: readonly Published<HeadlineShare>[]): string {
  if (graded === 0) return `${periodLabel}: none graded.`;
  return `${periodLabel}: ${headlinesText(headlines)}.`;
}
