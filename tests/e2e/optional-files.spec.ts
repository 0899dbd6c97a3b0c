// A council that did not provide an optional file reads no link, sentence or count about it (issue 9, item 10).
// Runs only on the small data folders that scripts/test-optional-files.ts builds (part of npm test), named by
// E2E_DATA: "minimal" (site.json, indicators.csv and one quarter) and "qa-only" (the same with grade scales,
// audits and a narrative), both shaped like Nottinghamshire's Q4 2013/14 report (seed 003).
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures.ts';

const site = path.resolve(process.env.OUT_DIR ?? 'dist');
const data = process.env.E2E_DATA;

/** Wording and links about files neither small folder has: comparators.csv and comparison areas, actions.csv, schedule.csv, glossary.csv. */
const NEVER: RegExp[] = [
  // England as a comparison area; NHS England, credited for the SPC method on /about/spc/, is not one.
  /\bcomparators?\b/i, /(?<!NHS )\bEngland\b/, /other (areas|councils)|comparable areas|similar councils|statistical neighbours/i,
  /improvement actions|actions? (was|were) overdue|\b0 actions\b/i, /audit schedule/i, /\bglossary\b/i,
  /href="[^"]*\/(actions|glossary|quality\/schedule)\/[^"]*"/,
];
/** Without any quality assurance files, nothing about quality assurance either. */
const WITHOUT_QUALITY: RegExp[] = [/\bquality assurance\b/i, /href="[^"]*\/quality\/[^"]*"/, /audits, observations and dip samples/i];

async function pages(): Promise<{ page: string; html: string; text: string }[]> {
  const entries = await readdir(site, { withFileTypes: true, recursive: true });
  const files = entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
  return Promise.all(files.map(async (file) => {
    const html = await readFile(file, 'utf8');
    const text = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/\s+/g, ' ');
    return { page: path.relative(site, file), html, text };
  }));
}

function findings(all: { page: string; html: string; text: string }[], patterns: RegExp[]): string[] {
  return all.flatMap(({ page, html, text }) => patterns.flatMap((pattern) => {
    const found = (pattern.source.startsWith('href') ? html : text).match(pattern);
    return found ? [`${page}: "${found[0]}"`] : [];
  }));
}

test.describe('a council that left out optional files', () => {
  test.skip(!data, 'Runs on the small data folders built by scripts/test-optional-files.ts.');

  test('no page links to, counts or mentions a file the council did not provide', async () => {
    const all = await pages();
    expect(all.length).toBeGreaterThan(5);
    const patterns = data === 'minimal' ? [...NEVER, ...WITHOUT_QUALITY] : NEVER;
    const found = findings(all, patterns);
    expect(found, found.slice(0, 20).join('\n')).toEqual([]);
  });

  test('the scorecard has no comparator columns or cells, only the quarter, its target, the changes and SPC', async ({ page }) => {
    await page.goto('./');
    const headers = await page.locator('main table').first().locator('thead th').allInnerTexts();
    expect(headers.map((h) => h.trim())).toEqual(['Indicator', 'RAG', 'Q4 2013/14', 'Target', 'Since Q3 2013/14', 'Since Q4 2012/13 (a year earlier)', 'Variation', 'Assurance']);
  });

  test('an indicator chart keys only its own line: no target line, no comparison areas', async ({ page }) => {
    await page.goto('indicators/social-care-audits/');
    await expect(page.locator('.chart-key li')).toHaveText(["Children's social care case audits completed"]);
  });

  test('the open data and its metadata have no comparator columns', async () => {
    const header = (await readFile(path.join(site, 'api', 'scorecards.csv'), 'utf8')).replace(/^\uFEFF/, '').split(/\r?\n/)[0]!.split(',');
    expect(header).toContain('indicator_id');
    expect(header.filter((name) => /judgement|_value$|_period$/.test(name))).toEqual([]);
    const metadata = JSON.parse(await readFile(path.join(site, 'api', 'scorecards.csv-metadata.json'), 'utf8')) as { tableSchema: { columns: { name: string }[] } };
    expect(metadata.tableSchema.columns.map((column) => column.name)).toEqual(header);
  });

  test('the QA-only site publishes its quality assurance and links to it', async ({ page }) => {
    test.skip(data !== 'qa-only', 'Only the QA-only folder has audits.');
    await page.goto('./');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Quality assurance' }).click();
    await expect(page.locator('h1')).toContainText('Quality assurance');
    await expect(page.locator('main')).toContainText("Children's Social Care case file audits");
  });
});
