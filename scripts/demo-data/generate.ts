// The whole demo data folder, as text: the catalogue's indicators with their figures, commentary, targets and
// comparators, then the quality assurance files, each from its own module. Pure: it reads nothing but the specs it
// is given and writes nothing, so a test can compare what it makes with data/ in-process.
import { periodEndDate } from '../../src/domain/period.ts';
import { actionsCsv, ACTIONS, checkActions, overdueActions } from './actions.ts';
import { BENCHMARK_MAPPINGS, REFERRALS_FILE, benchmarksCsv, comparisonSentence, withKesterley } from './benchmarks.ts';
import type { Spec } from './catalogue.ts';
import { addFiller, addNotes, explainReds } from './commentary.ts';
import { feedbackCsv, feedbackRows, STORY_FEEDBACK } from './feedback.ts';
import { AGENCY_CONVERSIONS_QUARTER, CONSULTATION_LINE_QUARTER } from './front-door.ts';
import { GLOSSARY, glossaryCsv } from './glossary.ts';
import { narrative } from './narrative.ts';
import { STORIES } from './narrative-stories.ts';
import { PERIODS, QUARTER_COUNT } from './periods.ts';
import { auditQuarters, auditsCsv } from './qa/audits.ts';
import { domainsCsv, practiceDomains } from './qa/domains.ts';
import { GRADE_SCALES, gradeScalesJson } from './qa/grades.ts';
import { statsFor } from './qa/stats.ts';
import { QA_SEED, createRandom } from './random.ts';
import { scheduleCsv, scheduleRows } from './schedule.ts';
import { generateFigures, type Figures } from './series.ts';
import { SITE, siteJson } from './site.ts';
import { brokenStories } from './story-checks.ts';
import { comparatorRows, comparatorsCsv, ragOf, targetsCsv } from './targets.ts';
import { csv, num } from './text.ts';

/** Folders holding one file per quarter: the writer empties them first, so a quarter taken out leaves no file. */
export const PERIOD_FOLDERS = ['quarters', 'audits', 'audit-domains', 'narrative', 'feedback'] as const;

export interface DemoData {
  /** Path in data/ (forward slashes) to the file's text. */
  files: Map<string, string>;
  /** What was written, for the command's output. */
  summary: string[];
}

function indicatorsCsv(specs: readonly Spec[]): string {
  return csv(
    ['id', 'title', 'theme', 'unit', 'polarity', 'amber', 'decimals', 'definition', 'source'],
    specs.map((s) => [s.id, s.title, s.theme, s.unit, s.polarity, num(s.amber), num(s.decimals), s.definition, s.source]),
  );
}

function quarterCsv(specs: readonly Spec[], figures: Figures, i: number): string {
  const rows: string[][] = [];
  for (const spec of specs) {
    const row = figures.get(spec.id)![i];
    if (!row) {
      // Every indicator has a row in every quarter once it is collected (validate warns of a missing one);
      // a blank value says there is no figure. Written here, after the commentary, so no draw moves.
      if (spec.annual && (spec.start === undefined || i >= spec.start)) rows.push([spec.id, '', '', '', '']);
      continue;
    }
    rows.push([spec.id, num(row.value), num(row.numerator), num(row.denominator), row.commentary]);
  }
  return csv(['indicator_id', 'value', 'numerator', 'denominator', 'commentary'], rows);
}

/**
 * `dfe`: DfE's published files by name (readDfeFiles in benchmarks.ts), into which Kesterley's rows are written for
 * data/benchmarks/.
 */
export function generateDemoData(specs: readonly Spec[], dfe: ReadonlyMap<string, string>): DemoData {
  if (STORY_FEEDBACK.length !== QUARTER_COUNT) throw new Error(`need feedback (or none) for each of the ${QUARTER_COUNT} quarters`);
  if (STORIES.length !== QUARTER_COUNT) throw new Error(`need a story for each of the ${QUARTER_COUNT} quarters`);
  checkActions(new Set(specs.map((spec) => spec.id)));
  const byId = new Map(specs.map((spec) => [spec.id, spec]));
  const files = new Map<string, string>();

  // The scorecard: figures, then commentary, then the check that they still tell the demo's stories.
  const figures = generateFigures(specs);
  const rag = ragOf(figures);
  addNotes(specs, figures);
  explainReds(specs, figures, rag);
  addFiller(specs, figures);
  const broken = brokenStories(figures, (id, i) => rag(byId.get(id)!, i));
  if (broken.length > 0) throw new Error(`The figures no longer tell these stories:\n- ${broken.join('\n- ')}`);

  // A benchmarked indicator's England, region and neighbours' figures come from DfE's file, so comparators.csv
  // must not give them too (the site refuses the same figure from both).
  for (const mapping of BENCHMARK_MAPPINGS) {
    if (byId.get(mapping.indicatorId)?.comparators) throw new Error(`${mapping.indicatorId} is benchmarked against ${mapping.file}: take its "comparators" out of catalogue.json`);
  }
  const comparators = comparatorRows(specs);
  files.set('site.json', siteJson());
  files.set('indicators.csv', indicatorsCsv(specs));
  files.set('targets.csv', targetsCsv(specs));
  files.set('comparators.csv', comparatorsCsv(comparators));
  PERIODS.forEach((period, i) => files.set(`quarters/${period}.csv`, quarterCsv(specs, figures, i)));
  const referrals = dfe.get(REFERRALS_FILE);
  if (referrals === undefined) throw new Error(`DfE's ${REFERRALS_FILE} was not given: read it with readDfeFiles()`);
  const benchmarked = withKesterley(referrals, figures);
  files.set('benchmarks.csv', benchmarksCsv());
  files.set(`benchmarks/${REFERRALS_FILE}`, benchmarked);

  // Quality assurance, from its own stream: the audits' grades first, then the practice domains.
  const random = createRandom(QA_SEED);
  const quarters = auditQuarters(figures, random);
  const domains = practiceDomains(quarters, random);
  const stats = quarters.map(statsFor);
  const schedule = scheduleRows(quarters);
  files.set('grade-scales.json', gradeScalesJson());
  quarters.forEach((q, i) => {
    files.set(`audits/${q.period}.csv`, auditsCsv(q, i));
    const quarterDomains = domains.get(q.period);
    if (quarterDomains) files.set(`audit-domains/${q.period}.csv`, domainsCsv(quarterDomains));
    // The latest quarter's narrative explains one comparison with every council.
    const comparison = i === quarters.length - 1 ? comparisonSentence(benchmarked) : undefined;
    files.set(`narrative/${q.period}.md`, narrative(i, { quarters, stats, domains, schedule }, comparison));
    const feedback = feedbackRows(i);
    if (feedback.length > 0) files.set(`feedback/${q.period}.csv`, feedbackCsv(feedback));
  });
  files.set('schedule.csv', scheduleCsv(schedule));
  files.set('actions.csv', actionsCsv());
  files.set('glossary.csv', glossaryCsv());
  // Changes to a service, from which SPC limits start again: the Consultation Line (the contacts note for the quarter
  // it took effect) means fewer contacts are logged, and from April 2024 most agency social workers were permanent
  // staff, so the figures before and after do not share limits.
  files.set('spc-rebase.csv', csv(['indicator_id', 'period', 'reason'], [
    ['contacts', PERIODS[CONSULTATION_LINE_QUARTER]!, 'Consultation Line for professionals from September 2024'],
    ['agency-social-workers', PERIODS[AGENCY_CONVERSIONS_QUARTER]!, 'Agency social workers converted to permanent contracts from April to June 2024'],
  ]));

  const asAt = periodEndDate(PERIODS.at(-1)!);
  const targetCount = specs.reduce((sum, spec) => sum + spec.targets.length, 0);
  const summary = [
    `Wrote data/ for ${SITE.organisation}: ${specs.length} indicators, ${targetCount} target rows, ` +
      `${comparators.length} comparator values, quarters ${PERIODS[0]} to ${PERIODS.at(-1)} (${PERIODS.length} files).`,
    `Wrote benchmarks: ${BENCHMARK_MAPPINGS.length} indicators mapped to DfE's ${REFERRALS_FILE}, with Kesterley's rows added.`,
    `Wrote quality assurance data: ${GRADE_SCALES.length} grade scales, ${quarters.length} audit files, ` +
      `${domains.size} audit-domain files, ${quarters.length} narratives, ${schedule.length} schedule rows, ` +
      `${ACTIONS.length} actions (overdue at ${asAt}: ${overdueActions(asAt).join(', ') || 'none'}), ${GLOSSARY.length} glossary terms.`,
  ];
  return { files, summary };
}
