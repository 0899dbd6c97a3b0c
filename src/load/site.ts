// site.json: the organisation, the scorecard's title, the comparison areas and a few site-wide settings.
import { z } from 'zod';
import { DEFAULT_LICENCE_ID, licenceId, licenceProblem, licenceTerms, wordsText } from '../domain/licence.ts';
import type { SiteConfig } from '../domain/types.ts';
import { isPeriodId } from '../domain/period.ts';
import { checkUrl } from '../escape/url.ts';
import { idProblem } from './cells.ts';
import { dateProblem } from './dates.ts';
import { FirstSeen } from './duplicates.ts';
import type { ValidationIssue } from './issue.ts';
import { locateJson, readJsonFile, reportSchemaIssues, requiredText } from './json-file.ts';
import { basePathProblem, normaliseSiteUrl, siteUrlProblem } from './site-address.ts';
import { checkBenchmarkSettings, localAuthoritySchema, statisticalNeighboursSchema, type BenchmarkSettings } from './benchmarks/site-settings.ts';

export const SITE_FILE = 'site.json';

/** The statement of the licence used when site.json names none (the Open Government Licence). */
export const DEFAULT_LICENCE = wordsText(licenceTerms(DEFAULT_LICENCE_ID, '').statement);

const EXAMPLES = {
  organisation: '"organisation": "Exampleshire County Council"',
  title: '"title": "Children\'s services performance"',
  comparators: '"comparators": [{ "id": "england", "label": "England" }]',
  comparator: '{ "id": "england", "label": "England" }',
  amber: '"amber": 2',
  disclosure: '"disclosure": { "minimum_count": 6 }',
  drafts: '"drafts": ["2026-27-Q1"]',
} as const;

// Opt-in small-count suppression: counts from 1 to minimum_count - 1 are not published.
const disclosureSchema = z
  .object(
    {
      minimum_count: z
        .number({ error: `"minimum_count" must be a whole number without quotes, e.g. ${EXAMPLES.disclosure}.` })
        .int({ error: `"minimum_count" must be a whole number, e.g. ${EXAMPLES.disclosure} (counts from 1 to 5 are then not published).` })
        .min(2, { error: `"minimum_count" must be 2 or more: it is the smallest count that is published, e.g. ${EXAMPLES.disclosure}.` }),
    },
    {
      error: (problem) => (problem.code === 'unrecognized_keys'
        ? `"disclosure" has a setting it does not know: ${problem.keys.map((key) => `"${key}"`).join(', ')}. Write it as ${EXAMPLES.disclosure}.`
        : `"disclosure" must be written as ${EXAMPLES.disclosure}, or left out to publish every figure.`),
    },
  )
  .strict()
  .nullish()
  .transform((value) => (value ? { minimumCount: value.minimum_count } : null));

function optionalText(key: string) {
  return z
    .string({ error: `"${key}" must be text in double quotes, or left out.` })
    .nullish()
    .transform((value) => (value === null || value === undefined ? undefined : value.trim()));
}

const comparatorSchema = z.object(
  {
    id: requiredText('id', '"id": "england" (lower-case letters, digits, - and _ only)'),
    label: requiredText('label', '"label": "England" (the name readers see)'),
  },
  { error: `each comparator must be written as ${EXAMPLES.comparator}.` },
);

const siteSchema = z.object(
  {
    organisation: requiredText('organisation', EXAMPLES.organisation),
    title: requiredText('title', EXAMPLES.title),
    comparators: z
      .array(comparatorSchema, {
        error: `"comparators" must be a list in square brackets, e.g. ${EXAMPLES.comparators}, or [] for none.`,
      })
      // Many councils report without comparators (seeds 000, 003 and 004): none listed means no comparison columns.
      .nullish()
      .superRefine((comparators, context) => {
        const firstIndex = new FirstSeen<number>();
        comparators?.forEach((comparator, index) => {
          const problem = idProblem(comparator.id);
          if (problem !== '') {
            context.addIssue({ code: 'custom', path: [index, 'id'], message: problem });
            return;
          }
          const earlier = firstIndex.before(comparator.id, index);
          if (earlier !== undefined) {
            context.addIssue({
              code: 'custom',
              path: [index, 'id'],
              message: `the comparator id "${comparator.id}" is used twice (comparators ${earlier + 1} and ${index + 1} in the list). Give each comparator its own id.`,
            });
          }
        });
      })
      .transform((comparators) => comparators ?? []),
    amber: z
      .number({ error: `"amber" must be a number without quotes, e.g. ${EXAMPLES.amber}, or null for no site-wide amber tolerance.` })
      .min(0, { error: `"amber" cannot be below 0. Write the tolerance as 0 or more, e.g. ${EXAMPLES.amber}, or null for none.` })
      .nullish()
      .transform((value) => value ?? null),
    description: optionalText('description'),
    contact: optionalText('contact').superRefine((value, context) => {
      if (value === undefined || value === '') return;
      const check = checkUrl(value);
      if (!check.ok) context.addIssue({ code: 'custom', message: `"contact": ${check.problem}` });
    }),
    licence: z
      .string({ error: '"licence" must be a licence\'s identifier in double quotes, e.g. "licence": "OGL-UK-3.0", or left out.' })
      .nullish()
      .superRefine((value, context) => {
        if (value !== null && value !== undefined && licenceId(value) === null) context.addIssue({ code: 'custom', message: licenceProblem(value) });
      }),
    licence_text: optionalText('licence_text').superRefine((value, context) => {
      if (value === '') context.addIssue({ code: 'custom', message: '"licence_text" is empty. Write your terms, or leave it out to publish under the Open Government Licence v3.0.' });
    }),
    statement_date: z
      .string({ error: '"statement_date" must be a date in double quotes, e.g. "statement_date": "2026-11-23", or left out.' })
      .nullish()
      .superRefine((value, context) => {
        const problem = value ? dateProblem(value.trim()) : '';
        if (problem) context.addIssue({ code: 'custom', message: `"statement_date": ${problem}` });
      })
      .transform((value) => (value ? value.trim() : null)),
    disclosure: disclosureSchema,
    // Quarters being prepared: checked like any other, shown in previews, left out of the published site.
    drafts: z
      .array(z.string({ error: `each quarter in "drafts" must be text in double quotes, e.g. ${EXAMPLES.drafts}` }), {
        error: `"drafts" must be a list of quarters in square brackets, e.g. ${EXAMPLES.drafts}, or [] for none.`,
      })
      .nullish()
      .superRefine((drafts, context) => {
        const seen = new Set<string>();
        drafts?.forEach((period, index) => {
          if (!isPeriodId(period.trim())) {
            context.addIssue({ code: 'custom', path: [index], message: `"${period}" is not a quarter. Write it as YYYY-YY-Qn, e.g. ${EXAMPLES.drafts}.` });
          } else if (seen.has(period.trim())) {
            context.addIssue({ code: 'custom', path: [index], message: `${period.trim()} is listed twice in "drafts". List each quarter once.` });
          }
          seen.add(period.trim());
        });
      })
      .transform((drafts) => (drafts ?? []).map((period) => period.trim())),
    site_url: optionalText('site_url').superRefine((value, context) => {
      const problem = value ? siteUrlProblem(value) : null;
      if (problem) context.addIssue({ code: 'custom', message: `"site_url": ${problem}` });
    }),
    base_path: optionalText('base_path').superRefine((value, context) => {
      const problem = value ? basePathProblem(value) : null;
      if (problem) context.addIssue({ code: 'custom', message: `"base_path": ${problem}` });
    }),
    // Benchmarks against every council (issue 18): who we are in DfE's files and who our neighbours are.
    local_authority: localAuthoritySchema,
    statistical_neighbours: statisticalNeighboursSchema,
  },
  { error: 'site.json must hold the settings as one object between { and }, e.g. { "organisation": "...", "title": "...", "comparators": [...] }.' },
).refine((settings) => settings.licence === null || settings.licence === undefined || settings.licence_text === null || settings.licence_text === undefined, {
  path: ['licence_text'],
  message: '"licence" and "licence_text" are both given. Keep "licence" to publish under a licence the site knows, or "licence_text" for terms of your own, and delete the other.',
  // Said even when other settings have problems, so that every problem is listed in one run.
  when: (payload) => typeof payload.value === 'object' && payload.value !== null,
}).superRefine((settings, context) => checkBenchmarkSettings(settings, context));

/** The chosen licence (the default when none is named) or the council's own terms; the schema has checked them. */
function siteLicence(chosen: string | null | undefined, own: string | undefined, organisation: string): Pick<SiteConfig, 'licence' | 'licenceId'> {
  if (own !== undefined) return { licence: own, licenceId: null };
  const id = (chosen ? licenceId(chosen) : null) ?? DEFAULT_LICENCE_ID;
  return { licence: wordsText(licenceTerms(id, organisation).statement), licenceId: id };
}

/** The checked contact, or null; the schema has already refused anything checkUrl does not accept. */
function contactLink(text: string | undefined): SiteConfig['contact'] {
  const check = text ? checkUrl(text) : null;
  if (!check?.ok) return null;
  return { text: check.url.kind === 'mailto' ? check.url.address : text!, url: check.url };
}

export interface SiteResult {
  /** null when site.json has any problem. */
  site: SiteConfig | null;
  /** The comparator ids, when the "comparators" list itself is valid (even if other settings are not). */
  comparatorIds: Set<string> | null;
  /** The line of a setting in site.json, by its key path (e.g. ['drafts', 0]), for problems found later. */
  lineOf: (path: readonly PropertyKey[]) => number;
  /** "local_authority" and "statistical_neighbours" when site.json is valid and gives them; null otherwise. */
  benchmarkSettings: BenchmarkSettings | null;
}

export function readSite(source: string, issues: ValidationIssue[], file = SITE_FILE): SiteResult {
  const json = readJsonFile(source, file, issues);
  if (json === null) return { site: null, comparatorIds: null, lineOf: () => 1, benchmarkSettings: null };
  const lineOf = (path: readonly PropertyKey[]) => locateJson(json, path);
  const result = siteSchema.safeParse(json.value);
  if (!result.success) {
    reportSchemaIssues(json, result.error.issues, issues);
    const invalidComparators = result.error.issues.some((problem) => problem.path.length === 0 || problem.path[0] === 'comparators');
    const comparators = invalidComparators ? null : siteSchema.shape.comparators.safeParse((json.value as Record<string, unknown>)['comparators']);
    return { site: null, comparatorIds: comparators?.success ? new Set(comparators.data.map((comparator) => comparator.id)) : null, lineOf, benchmarkSettings: null };
  }
  const data = result.data;
  const site: SiteConfig = {
    organisation: data.organisation,
    title: data.title,
    comparators: data.comparators.map(({ id, label }) => ({ id, label })),
    amber: data.amber,
    description: data.description ?? '',
    contact: contactLink(data.contact),
    ...siteLicence(data.licence, data.licence_text, data.organisation),
    statementDate: data.statement_date,
    disclosure: data.disclosure,
    drafts: data.drafts,
    siteUrl: data.site_url ? normaliseSiteUrl(data.site_url) : null,
    basePath: data.base_path || null,
  };
  const benchmarkSettings: BenchmarkSettings | null = data.local_authority === null ? null : {
    localAuthority: data.local_authority,
    statisticalNeighbours: data.statistical_neighbours,
    lines: { localAuthority: lineOf(['local_authority']), neighbour: (index) => lineOf(['statistical_neighbours', index]) },
  };
  return { site, comparatorIds: new Set(site.comparators.map((comparator) => comparator.id)), lineOf, benchmarkSettings };
}
