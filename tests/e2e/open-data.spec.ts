// Open data as the built site publishes it: every CSV listed on the open data page has CSVW metadata beside it
// that a CSVW reader accepts the file with, the data dictionary explains every column, and the Open Government
// Licence is linked.
import Papa from 'papaparse';
import { expect, test, type Page } from './fixtures.ts';
import { csvwProblems, type CsvwMetadata } from './csvw-cells.ts';

const OGL_URL = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';

async function csvLinks(page: Page): Promise<string[]> {
  await page.goto('/data/');
  const hrefs = await page.locator('main a[href$=".csv"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  return [...new Set(hrefs)];
}

async function fetchText(page: Page, path: string): Promise<string> {
  const response = await page.request.get(path);
  expect(response.status(), `${path} should be published`).toBe(200);
  // ignoreBOM keeps the byte order mark in the text, so the check can see the file starts with one.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.body());
}

test.describe('open data files', () => {
  test('every CSV on the open data page has CSVW metadata beside it, linked, that its header and every cell follow', async ({ page }) => {
    test.setTimeout(60_000);
    const csvs = await csvLinks(page);
    expect(csvs).toEqual(expect.arrayContaining(['/api/scorecards.csv', '/api/audits.csv']));
    expect(csvs.filter((href) => /^\/api\/audits\/\d{4}-\d{2}-Q[1-4]\.csv$/.test(href)).length).toBeGreaterThan(0);
    for (const csv of csvs) {
      await expect(page.locator(`main a[href="${csv}-metadata.json"]`), `${csv} has its metadata linked`).toHaveCount(1);
      const metadata = JSON.parse(await fetchText(page, `${csv}-metadata.json`)) as CsvwMetadata;
      expect(metadata['@context']).toBe('http://www.w3.org/ns/csvw');
      expect(new URL(metadata.url, `http://site${csv}-metadata.json`).pathname, `${csv}: url`).toBe(csv);
      expect(metadata['dc:license'], csv).toEqual({ '@id': OGL_URL });
      expect(metadata['dc:publisher'], csv).toBeTruthy();
      expect(csvwProblems(metadata, await fetchText(page, csv)), csv).toEqual([]);
    }
  });

  test('scorecards.csv has the quarter\'s label and dates, commentary and the revised flag', async ({ page }) => {
    const csv = await fetchText(page, '/api/scorecards.csv');
    const header = csv.slice(1, csv.indexOf('\r\n')).split(',');
    expect(header.slice(0, 4)).toEqual(['period', 'period_label', 'period_start', 'period_end']);
    expect(header).toEqual(expect.arrayContaining(['commentary', 'revised']));
    expect(csv).toMatch(/\r\n2025-26-Q3,Q3 2025\/26 \(October to December 2025\),2025-10-01,2025-12-31,/);
  });

  test('the audits CSV of a quarter holds the same audit count as its JSON summary', async ({ page }) => {
    const csvs = (await csvLinks(page)).filter((href) => href.startsWith('/api/audits/'));
    const latest = csvs[0]!;
    const json = JSON.parse(await fetchText(page, latest.replace(/\.csv$/, '.json'))) as { totals: { total: number; graded: number; not_graded: number } };
    const rows = Papa.parse<Record<string, string>>((await fetchText(page, latest)).slice(1), { header: true, skipEmptyLines: true }).data;
    expect(json.totals.total).toBeGreaterThan(0);
    // Rows with a scale are graded audits; rows without one count audits done but not graded.
    const sum = (list: Record<string, string>[]) => list.reduce((total, row) => total + Number(row['count']), 0);
    expect(sum(rows.filter((row) => row['scale'] !== ''))).toBe(json.totals.graded);
    expect(sum(rows.filter((row) => row['scale'] === ''))).toBe(json.totals.not_graded);
    // total is audits done, graded or not, as every page counts them.
    expect(sum(rows)).toBe(json.totals.total);
  });
});

test.describe('data dictionary', () => {
  test.use({ javaScriptEnabled: false });

  test('is linked from the open data page and explains every column of every CSV, in order', async ({ page }) => {
    await page.goto('/data/');
    await page.getByRole('link', { name: 'data dictionary' }).click();
    await expect(page).toHaveURL(/\/data\/dictionary\/$/);
    await expect(page.locator('h1')).toHaveText('Data dictionary');
    for (const file of ['/api/scorecards.csv', '/api/audits.csv']) {
      const metadata = JSON.parse(await fetchText(page, `${file}-metadata.json`)) as CsvwMetadata;
      const table = page.getByRole('table', { name: `Columns of ${file.replace('/api/', '')}, in order` });
      await expect(table).toBeVisible();
      expect(await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-column')))).toEqual(metadata.tableSchema.columns.map((c) => c.name));
      for (const column of metadata.tableSchema.columns) {
        const row = table.locator(`tr[data-column="${column.name}"]`);
        for (const title of [column.titles].flat()) await expect(row.locator('th[scope="row"]')).toContainText(title);
        await expect(row.locator('[data-cell="meaning"]')).toContainText(column['dc:description']);
      }
    }
    await expect(page.locator('tr[data-column="value"] [data-cell="type"]')).toHaveText('Number');
    await expect(page.locator('tr[data-column="value"] [data-cell="blank"]')).toHaveText(/ c when withheld/);
    await expect(page.locator('tr[data-column="period_start"] [data-cell="type"]').first()).toHaveText('Date (YYYY-MM-DD)');
    await expect(page.locator('tr[data-column="count"] [data-cell="unit"]')).toHaveText('audits');
    await expect(page.locator('tr[data-column="period"] [data-cell="example"]').first()).toHaveText(/^\d{4}-\d{2}-Q[1-4]$/);
  });
});

test.describe('licence', () => {
  test('the Open Government Licence is linked from the footer of every page and from the open data page', async ({ page }) => {
    for (const path of ['/', '/data/dictionary/']) {
      await page.goto(path);
      await expect(page.locator('footer').getByRole('link', { name: 'Open Government Licence v3.0' }), path).toHaveAttribute('href', OGL_URL);
    }
    await page.goto('/data/');
    await expect(page.locator('main').getByRole('link', { name: 'Open Government Licence v3.0' }).first()).toHaveAttribute('href', OGL_URL);
  });
});
