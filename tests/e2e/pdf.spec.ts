// `npm run pdf`: the committee pack as a clerk circulates it. Runs on the demo's dist/ and, in
// scripts/test-base-path.ts, on a site built with BASE_PATH=/children/ (as the Pages workflow builds it),
// where a PDF once came out unstyled while the script said it had succeeded.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, realpath, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from './fixtures.ts';
import { pdfFacts } from './pdf-facts.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const site = path.resolve(root, process.env.OUT_DIR ?? 'dist');
const pdfScript = path.join(root, 'scripts', 'pdf.ts');
const A4 = [595, 842];
// The base path the site is served under (scripts/test-base-path.ts builds one under /children/).
const base = process.env.E2E_BASE_PATH || '/';

async function latestPeriod(page: Page): Promise<string> {
  const response = await page.request.get(`${base}api/indicators.json`);
  expect(response.ok()).toBe(true);
  const { periods } = (await response.json()) as { periods: string[] };
  return periods[periods.length - 1]!;
}

type Outcome = { code: number; stdout: string; stderr: string };
function attempt(args: string[], env: Record<string, string> = {}): Promise<Outcome> {
  return run(process.execPath, [pdfScript, ...args], { cwd: root, timeout: 120_000, env: { ...process.env, ...env } }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );
}

test.describe('npm run pdf', () => {
  test.describe.configure({ timeout: 180_000 });

  test('prints the latest quarter as a tagged A4 PDF with bookmarks, in the site’s own fonts', async ({ page }) => {
    const latest = await latestPeriod(page);
    const out = await mkdtemp(path.join(tmpdir(), 'scorecard-pack-'));
    try {
      const { code, stdout, stderr } = await attempt([latest, '--out', out]);
      expect(code, stderr).toBe(0);
      const file = path.join(out, `committee-pack-${latest}.pdf`);
      expect(stdout).toContain(file);
      const bytes = await readFile(file);
      expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
      const facts = await pdfFacts(bytes);
      console.log(`committee-pack-${latest}.pdf: ${facts.pages.length} pages, ${bytes.byteLength} bytes, tagged ${facts.tagged}, ${facts.bookmarks} bookmarks, fonts ${facts.fonts.join(', ')}`);
      expect(facts.pages.length).toBeGreaterThan(3);
      // Every sheet A4, either way up.
      for (const { width, height } of facts.pages) expect([width, height].sort((a, b) => a - b)).toEqual(A4);
      // A screen reader can follow it, and a reader can jump between its parts.
      expect(facts.tagged).toBe(true);
      expect(facts.bookmarks).toBeGreaterThan(2);
      // Styled: the site's sans-serif type, never the browser's default serif of an unstyled page.
      expect(facts.fonts.length).toBeGreaterThan(0);
      expect(facts.fonts.filter((f) => /serif|times/i.test(f) && !/sans/i.test(f))).toEqual([]);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  test('keeps packs beside the site, where the next build does not replace them', async ({ page }) => {
    const latest = await latestPeriod(page);
    const file = path.join(path.dirname(site), 'packs', `committee-pack-${latest}.pdf`);
    try {
      const { code, stderr } = await attempt([latest]);
      expect(code, stderr).toBe(0);
      expect(existsSync(file)).toBe(true);
      // Not inside the folder a build swaps out.
      expect(path.relative(await realpath(site), await realpath(file)).startsWith('..')).toBe(true);
    } finally {
      await rm(file, { force: true });
    }
  });

  test('refuses, writing nothing, when the built site has lost a stylesheet the pack links', async ({ page }) => {
    const latest = await latestPeriod(page);
    const work = await mkdtemp(path.join(tmpdir(), 'scorecard-broken-site-'));
    const copy = path.join(work, 'site');
    try {
      await cp(await realpath(site), copy, { recursive: true });
      const css = (await readdir(path.join(copy, '_astro'))).filter((f) => f.endsWith('.css'));
      expect(css.length).toBeGreaterThan(0);
      for (const f of css) await unlink(path.join(copy, '_astro', f));
      const { code, stderr } = await attempt([latest, '--out', work], { OUT_DIR: copy });
      expect(code).toBe(1);
      expect(stderr).toContain('The PDF was not made');
      expect(stderr).toMatch(/stylesheet \S+\.css/);
      expect(stderr).toContain('npm run build');
      expect(existsSync(path.join(work, `committee-pack-${latest}.pdf`))).toBe(false);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });

  test('names the expected form and the periods it can print when given a wrong one', async () => {
    const malformed = await attempt(['Q3']);
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toContain('YYYY-YY-Qn');
    expect(malformed.stderr).toMatch(/Available periods: \d{4}-\d{2}-Q\d/);
    const unknown = await attempt(['2099-00-Q1']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no quarter 2099-00-Q1');
    expect(unknown.stderr).toMatch(/Available periods: \d{4}-\d{2}-Q\d/);
  });
});
