// Each quarter's quality assurance narrative (narrative/<period>.md): the story's prose (narrative-stories.ts) set
// among the quarter's own numbers, so every figure it states is the one the site computes from the audits files.
import { formatPercentOf } from '../../src/domain/format.ts';
import { periodFromOrdinal, periodMonthsLabel, periodOrdinal, periodShortLabel } from '../../src/domain/period.ts';
import { STORIES } from './narrative-stories.ts';
import { monthLabel, quarterMonths } from './periods.ts';
import { CASE_FILE_AUDITS, FAMILY_SUPPORT_UNGRADED, MODERATION_REPORTED_FROM, PRACTICE_OBSERVATIONS, themeOf } from './qa/activities.ts';
import type { QuarterQa } from './qa/audits.ts';
import { domainSummary, type DomainCounts } from './qa/domains.ts';
import type { QaStats } from './qa/stats.ts';
import type { ScheduleRow } from './schedule.ts';
import { capitalise, listText, pct, plural } from './text.ts';

export interface NarrativeInput {
  quarters: readonly QuarterQa[];
  stats: readonly QaStats[];
  domains: ReadonlyMap<string, DomainCounts>;
  schedule: readonly ScheduleRow[];
}

/**
 * The narrative for quarter index i, front matter and Markdown; `comparison`, a sentence comparing one indicator with
 * every council (benchmarks.ts), among the areas for improvement.
 */
export function narrative(i: number, { quarters, stats, domains: domainsByPeriod, schedule }: NarrativeInput, comparison?: string): string {
  const q = quarters[i]!;
  const s = stats[i]!;
  const story = STORIES[i]!;
  const prev = i > 0 ? stats[i - 1]! : null;
  // Shares in the narrative are whole percents, rounded as the site rounds every share (formatPercentOf).
  const gob = formatPercentOf(s.goodOrBetter, s.audits)!;
  const inad = formatPercentOf(s.inadequate, s.audits)!;
  const prevGob = prev ? formatPercentOf(prev.goodOrBetter, prev.audits)! : null;
  const domains = domainSummary(domainsByPeriod.get(q.period));

  const activities = [`${s.audits} case-file audits`, `${s.observations} practice observations`];
  if (q.dip) activities.push(`a dip sample of ${s.dipCount} cases`);
  if (q.multiAgency) activities.push(`a multi-agency audit of ${s.multiAgencyCount} cases`);
  const summary =
    `In ${periodMonthsLabel(q.period)} we completed ${listText(activities)}. ` +
    // No share here: the page opens with each pass line on the same base as its tile, so a share of
    // case-file audits alone would state "good or better" on a second base.
    story.headline;

  const movement =
    prevGob === null || prev === null
      ? ''
      : gob === prevGob
        ? ', the same share as last quarter'
        : s.goodOrBetter / s.audits > prev.goodOrBetter / prev.audits
          ? `, up from ${prevGob} last quarter`
          : `, down from ${prevGob} last quarter`;
  const gradeMix =
    s.outstanding > 0 ? ` ${capitalise(plural(s.outstanding, 'case was', 'cases were'))} graded outstanding.` : ' No case was graded outstanding.';
  const strengths = [
    `${s.goodOrBetter} of the ${s.audits} case-file audits (${gob}) were graded good or outstanding${movement}.${gradeMix} ` +
      `${s.observationsGood} of the ${s.observations} practice observations were judged to meet good or better.`,
    '',
    ...story.strengths.map((b) => `- ${b}`),
  ];
  if (domains) strengths.push(`- The strongest practice domains were ${listText(domains.best)} graded good or better.`);
  if (q.dip && s.dipGood >= s.dipCount / 2) strengths.push(`- In the dip sample of ${themeOf(q.dip.activity)}, ${s.dipGood} of ${s.dipCount} cases met good or better.`);

  const moderationText =
    i < MODERATION_REPORTED_FROM
      ? 'Moderation by senior managers was not yet recorded centrally, so it is not reported for this quarter; it is from January 2023.'
      : `${s.moderated} audits (${pct(s.moderated, s.audits)}%) were moderated by a senior manager: ` +
        `${s.agreed} grades were agreed, ${s.down} moved down and ${s.up} moved up.`;
  const improve = [
    `${s.inadequate} audits (${inad}) were graded inadequate; each has an action plan checked by a service manager. ${moderationText}`,
    '',
    ...story.improve.map((b) => `- ${b}`),
    ...(comparison ? [`- ${comparison}`] : []),
  ];
  if (domains) improve.push(`- The weakest practice domains were ${listText(domains.worst)} graded good or better.`);
  if (q.themed) improve.push(`- The themed audit of ${themeOf(q.themed.activity)} looked at ${s.themedCount} cases; ${s.themedGood} were graded good or better.`);
  if (q.multiAgency) {
    improve.push(`- The multi-agency audit of ${themeOf(q.multiAgency.activity)}, with ${q.multiAgency.partners}, looked at ${s.multiAgencyCount} cases; ` +
      `${s.multiAgencyGood} were graded good or better. Partners shared information well, but plans did not always say who would do what by when.`);
  }
  const familySupport = FAMILY_SUPPORT_UNGRADED[i];
  if (familySupport) {
    improve.push(`- Family support, our partner service, completed ${familySupport} case audits with its new audit tool. They were not graded, ` +
      'because the tool does not grade cases yet, so they are counted but not in any share.');
  }
  if (q.dip && s.dipGood < s.dipCount / 2) improve.push(`- In the dip sample of ${themeOf(q.dip.activity)}, only ${s.dipGood} of ${s.dipCount} cases met good.`);

  const feedback = [story.feedback, '', ...story.quotes.map((quote) => `- *"${quote.text}"* (${quote.who})`)];

  const nextPeriod = periodFromOrdinal(periodOrdinal(q.period) + 1);
  const nextMonths = quarterMonths(nextPeriod);
  const planned = schedule
    .filter((r) => nextMonths.includes(r.month) && r.activity !== CASE_FILE_AUDITS && r.activity !== PRACTICE_OBSERVATIONS && r.status !== 'cancelled')
    .map((r) => `${r.activity.toLowerCase().replace(/:.*$/, '')} of ${themeOf(r.activity)} (${monthLabel(r.month)})`);
  const next = [
    ...story.next.map((b) => `- ${b}`),
    `- Monthly case-file audits and practice observations continue in ${periodShortLabel(nextPeriod)}${planned.length ? `, with ${listText(planned.map((p) => `a ${p}`))}` : ''}.`,
  ];

  if (/: |\s#|^["'&*!|>%@`{[\-?]/.test(summary) || summary.includes('\n')) throw new Error(`${q.period}: summary is not a plain YAML scalar: ${summary}`);
  return [
    '---',
    `summary: ${summary}`,
    '---',
    '',
    '## Strengths',
    '',
    ...strengths,
    '',
    '## Areas for improvement',
    '',
    ...improve,
    '',
    '## Feedback from children and families',
    '',
    ...feedback,
    '',
    '## Next steps',
    '',
    ...next,
    '',
  ].join('\n');
}
