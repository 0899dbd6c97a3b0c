// A copy of the demo data with one more quarter, 2025-26-Q4, listed in site.json "drafts": its quarter file,
// audits, domain grades and narrative (with an image only it shows) each carry MARKER, so a test can search a
// built site for any trace of the draft. As an officer does in step 2 of docs/publishing-a-quarter.md, the
// schedule's months of the draft quarter are marked complete and two actions completed in it (DRAFT_COMPLETIONS):
// one overdue and one open at the end of the latest published quarter. Used by the unit tests of the build and
// by scripts that check it by hand.
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';

export const DRAFT_PERIOD = '2025-26-Q4';
/** The latest quarter published, the one before the draft. */
export const PUBLISHED_PERIOD = '2025-26-Q3';
/** In the draft's commentary and narrative only. */
export const MARKER = 'Zebradraftmarker';
/** The build's date for a build of this data (SCORECARD_TODAY): after the draft quarter has ended. */
export const DRAFT_TODAY = '2026-04-20';
/** The days, inside the draft quarter, on which the two actions are marked completed. */
export const DRAFT_COMPLETIONS = { overdue: '2026-01-30', open: '2026-02-20' } as const;
/** The draft quarter's months, which the schedule marks complete. */
export const DRAFT_MONTHS = ['2026-01', '2026-02', '2026-03'] as const;

const root = path.resolve(import.meta.dirname, '../..');

/**
 * The ids of the actions the draft completes, chosen from data/actions.csv: the first overdue and the first
 * open (in time) at the end of PUBLISHED_PERIOD, 31 December 2025.
 */
export async function draftCompletedActions(): Promise<{ overdue: string; open: string }> {
  const rows = Papa.parse<Record<string, string>>(await readFile(path.join(root, 'data', 'actions.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
  const notComplete = rows.filter((row) => row['status'] !== 'complete' && row['raised']! <= PUBLISHED_PERIOD);
  const overdue = notComplete.find((row) => row['due']! < '2025-12-31');
  const open = notComplete.find((row) => row['due']! >= '2025-12-31');
  if (!overdue || !open) throw new Error('data/actions.csv needs an action overdue and one open at 31 December 2025');
  return { overdue: overdue['id']!, open: open['id']! };
}

export async function dataWithDraft(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'scorecard-drafts-'));
  await cp(path.join(root, 'data'), dir, { recursive: true });
  const copy = async (from: string, to: string, change: (text: string) => string) =>
    writeFile(path.join(dir, to), change(await readFile(path.join(dir, from), 'utf8')));
  // Months move on from October–December 2025 to January–March 2026.
  const months = (text: string) => text.replace(/2025-10/g, '2026-01').replace(/2025-11/g, '2026-02').replace(/2025-12/g, '2026-03');
  await copy('quarters/2025-26-Q3.csv', `quarters/${DRAFT_PERIOD}.csv`, (text) => text.replace(/^(contacts,\d+,,,)$/m, `$1${MARKER} in the commentary`));
  await copy('audits/2025-26-Q3.csv', `audits/${DRAFT_PERIOD}.csv`, months);
  await copy('audit-domains/2025-26-Q3.csv', `audit-domains/${DRAFT_PERIOD}.csv`, (text) => text);
  await copy('narrative/2025-26-Q3.md', `narrative/${DRAFT_PERIOD}.md`, (text) =>
    `${months(text).replace('## Strengths', `## Strengths\n\n${MARKER} in the narrative.\n\n![${MARKER} chart](images/draft-chart.gif)`)}`);
  await mkdir(path.join(dir, 'narrative', 'images'), { recursive: true });
  // A one-pixel GIF.
  await writeFile(path.join(dir, 'narrative', 'images', 'draft-chart.gif'), Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64'));
  await copy('site.json', 'site.json', (text) => text.replace(/^\{/, `{\n  "drafts": ["${DRAFT_PERIOD}"],`));
  // Step 2 of the guide: the draft quarter's activities done, two actions completed during it.
  await copy('schedule.csv', 'schedule.csv', (text) => text.replace(new RegExp(`^((?:${DRAFT_MONTHS.join('|')}),.*),planned$`, 'gm'), '$1,complete'));
  const completed = await draftCompletedActions();
  await copy('actions.csv', 'actions.csv', (text) => text
    .replace(new RegExp(`^(${completed.overdue},.*),(?:not_started|on_track|at_risk),,`, 'm'), `$1,complete,${DRAFT_COMPLETIONS.overdue},`)
    .replace(new RegExp(`^(${completed.open},.*),(?:not_started|on_track|at_risk),,`, 'm'), `$1,complete,${DRAFT_COMPLETIONS.open},`));
  return dir;
}
