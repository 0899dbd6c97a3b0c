// Loading the quality assurance files: grade-scales.json, audits/, audit-domains/, feedback/, narrative/, schedule.csv and
// actions.csv. All are optional; a council that publishes none gets empty lists.
import type { PeriodId } from '../domain/types.ts';
import type { QualityData } from '../domain/quality/types.ts';
import { ACTIONS_FILE, ACTIONS_SPEC, readActions } from './actions.ts';
import { AUDIT_DOMAINS_DIR, AUDIT_DOMAINS_SPEC, readAuditDomains } from './audit-domains.ts';
import { AUDITS_DIR, AUDITS_SPEC, readAudits, type AuditActivity } from './audits.ts';
import { FEEDBACK_DIR, FEEDBACK_SPEC, readFeedback } from './feedback.ts';
import { listNames, loadCsv, loadText, missingMessage } from './files.ts';
import { GRADE_SCALES_FILE, readGradeScales, type ScaleCatalogue } from './grade-scales.ts';
import { issue, type ValidationIssue } from './issue.ts';
import { loadImages } from './images.ts';
import type { NarrativeImage } from './narrative-links.ts';
import { NARRATIVE_DIR, readNarrative } from './narratives.ts';
import { listPeriodFiles, type PeriodFile } from './period-files.ts';
import { SCHEDULE_FILE, SCHEDULE_SPEC, readSchedule } from './schedule.ts';

export function emptyQuality(): QualityData {
  return { scales: [], audits: [], ungraded: [], domainGrades: [], feedback: [], schedule: [], actions: [], narratives: [], media: [] };
}

/** The period files in an optional folder; a file where the folder should be is reported. */
async function optionalPeriodFiles(dataDir: string, folder: string, extension: string, issues: ValidationIssue[]): Promise<PeriodFile[]> {
  const listed = await listPeriodFiles(dataDir, folder, { extension, ignore: ['readme.md'] }, issues);
  if (listed.status === 'not_a_folder') {
    issues.push(issue(folder, null, null,
      `this should be a folder holding one .${extension} file per quarter (e.g. ${folder}/2024-25-Q1.${extension}), but it is a file. Rename or remove it.`));
  }
  return listed.files;
}

/**
 * `warnings` receives the files made by `npm run new-quarter` that are not filled in yet. `today` is the build's
 * date (`YYYY-MM-DD`), after which nothing can have been done.
 */
export async function loadQuality(
  dataDir: string, indicatorIds: ReadonlySet<string> | null, issues: ValidationIssue[], base = '/', warnings: ValidationIssue[] = [], today?: string,
): Promise<QualityData> {
  const quality = emptyQuality();
  // Listed first to know whether grade-scales.json is needed; problems with the names are reported after it.
  const auditNameIssues: ValidationIssue[] = [];
  const auditFiles = await optionalPeriodFiles(dataDir, AUDITS_DIR, 'csv', auditNameIssues);

  // grade-scales.json: needed as soon as there is an audits file.
  let catalogue: ScaleCatalogue | null = null;
  const scalesText = await loadText(dataDir, GRADE_SCALES_FILE, issues);
  if (scalesText === undefined && auditFiles.length > 0) {
    issues.push(issue(GRADE_SCALES_FILE, null, null, missingMessage(GRADE_SCALES_FILE, await listNames(dataDir),
      `There are audit files in ${AUDITS_DIR}/, and their grades need their scales: add ${GRADE_SCALES_FILE} to the data folder, ` +
      'listing each grade scale and its grades, best first (see docs/data-format.md).')));
  } else if (typeof scalesText === 'string') {
    catalogue = readGradeScales(scalesText, issues);
    quality.scales = [...(catalogue?.scales.values() ?? [])];
  }

  // audits/<period>.csv
  issues.push(...auditNameIssues);
  const activities = new Map<PeriodId, Map<string, AuditActivity> | null>();
  for (const { relative, period } of auditFiles) {
    const table = await loadCsv(dataDir, relative, AUDITS_SPEC, issues, warnings);
    if (!table) {
      activities.set(period, null);
      continue;
    }
    if (table.rows.length === 0) {
      // A header row alone is how `npm run new-quarter` leaves it: the quarter simply has no audits to show yet.
      warnings.push(issue(relative, null, null,
        'this audits file has no rows yet, so no audits are shown for its quarter. Add one row per activity and grade under the header row, ' +
        'or delete the file if the quarter has no audits to publish.'));
      activities.set(period, new Map());
      continue;
    }
    const result = readAudits(table, period, catalogue, issues);
    quality.audits.push(...result.rows);
    quality.ungraded.push(...result.ungraded);
    activities.set(period, result.activities);
  }

  // audit-domains/<period>.csv: each belongs to the same quarter's audits file.
  for (const { relative, period } of await optionalPeriodFiles(dataDir, AUDIT_DOMAINS_DIR, 'csv', issues)) {
    const table = await loadCsv(dataDir, relative, AUDIT_DOMAINS_SPEC, issues, warnings);
    if (!table) continue;
    const periodActivities = activities.get(period);
    if (periodActivities === undefined) {
      issues.push(issue(relative, null, null,
        `there is no ${AUDITS_DIR}/${period}.csv, so these domain grades belong to no audits. Add the quarter's audits file, ` +
        `or check this file is named after the right quarter.`));
      continue;
    }
    quality.domainGrades.push(...readAuditDomains(table, period, periodActivities, catalogue, issues));
  }

  // feedback/<period>.csv
  for (const { relative, period } of await optionalPeriodFiles(dataDir, FEEDBACK_DIR, 'csv', issues)) {
    const table = await loadCsv(dataDir, relative, FEEDBACK_SPEC, issues, warnings);
    if (!table) continue;
    if (table.rows.length === 0) {
      warnings.push(issue(relative, null, null,
        'this feedback file has no rows yet, so no feedback is shown for its quarter. Add one row per question under the header row, ' +
        'or delete the file if the quarter has no feedback to publish.'));
      continue;
    }
    quality.feedback.push(...readFeedback(table, period, issues));
  }

  // narrative/<period>.md, and the images they show
  const images: NarrativeImage[] = [];
  for (const { relative, period } of await optionalPeriodFiles(dataDir, NARRATIVE_DIR, 'md', issues)) {
    const text = await loadText(dataDir, relative, issues);
    if (typeof text !== 'string') continue;
    const narrative = readNarrative(text, relative, period, issues, { base, images, warnings });
    if (narrative) quality.narratives.push(narrative);
  }
  quality.media = await loadImages(dataDir, images, issues);

  // schedule.csv and actions.csv
  const scheduleTable = await loadCsv(dataDir, SCHEDULE_FILE, SCHEDULE_SPEC, issues, warnings);
  if (scheduleTable) quality.schedule = readSchedule(scheduleTable, issues);
  const actionsTable = await loadCsv(dataDir, ACTIONS_FILE, ACTIONS_SPEC, issues, warnings);
  if (actionsTable) quality.actions = readActions(actionsTable, indicatorIds, issues, today);

  return quality;
}
