// A copy of the demo data with one more quarter, 2025-26-Q4, listed in site.json "drafts": its quarter file,
// audits, domain grades and narrative (with an image only it shows) each carry MARKER, so a test can search a
// built site for any trace of the draft. Used by the unit tests of the build and by scripts that check it by hand.
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const DRAFT_PERIOD = '2025-26-Q4';
/** In the draft's commentary and narrative only. */
export const MARKER = 'Zebradraftmarker';

const root = path.resolve(import.meta.dirname, '..');

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
  return dir;
}
