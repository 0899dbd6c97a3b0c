// Draft quarters end to end: the published build holds no trace of one in any file (pages, JSON, CSV, the
// search index, images, packs), and a preview build (--drafts) shows it with a banner on every page and turns
// search engines away.
import { execFile } from 'node:child_process';
import { readFile, readdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOptions } from '../../scripts/lib/build-options.ts';
import { DRAFT_PERIOD, MARKER, dataWithDraft } from '../draft-data.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const temporary: string[] = [];

afterAll(async () => {
  for (const dir of temporary) await rm(dir, { recursive: true, force: true });
});

async function draftData(): Promise<string> {
  const dir = await dataWithDraft();
  temporary.push(dir);
  return dir;
}

async function build(dataDir: string, args: string[], env: Record<string, string> = {}) {
  const folder = await mkdtemp(path.join(tmpdir(), 'scorecard-drafts-out-'));
  temporary.push(folder);
  const outDir = path.join(folder, 'site');
  const result = await run(process.execPath, [path.join(root, 'scripts', 'build.ts'), ...args], {
    cwd: root, env: { ...process.env, DATA_DIR: dataDir, OUT_DIR: outDir, CI: '1', SITE_URL: '', BASE_PATH: '', ...env },
  }).catch((error: { code: number; stdout: string; stderr: string }) => error);
  return { outDir, stdout: result.stdout, stderr: result.stderr };
}

/** Every file of a built site as text; Pagefind's index files are gzipped, so they are unzipped first. */
async function siteFiles(site: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(site, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const bytes = await readFile(file);
    const text = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes).toString('latin1') : bytes.toString('latin1');
    files.set(path.relative(site, file).split(path.sep).join('/'), text);
  }
  return files;
}

const containing = (files: Map<string, string>, text: string) => [...files].filter(([, content]) => content.includes(text)).map(([name]) => name);

describe('a draft quarter', () => {
  let dataDir: string;
  let published: { outDir: string; stdout: string; files: Map<string, string> };
  let preview: { outDir: string; stdout: string; files: Map<string, string> };

  beforeAll(async () => {
    dataDir = await draftData();
    const [a, b] = await Promise.all([build(dataDir, []), build(dataDir, ['--drafts'])]);
    expect(existsSync(path.join(a.outDir, 'index.html')), a.stderr).toBe(true);
    expect(existsSync(path.join(b.outDir, 'index.html')), b.stderr).toBe(true);
    published = { ...a, files: await siteFiles(a.outDir) };
    preview = { ...b, files: await siteFiles(b.outDir) };
  }, 180_000);

  it('is left out of every file of the published build: pages, data, search index, images and packs', () => {
    expect(published.files.size).toBeGreaterThan(100);
    expect(containing(published.files, DRAFT_PERIOD)).toEqual([]);
    expect(containing(published.files, MARKER)).toEqual([]);
    expect([...published.files.keys()].filter((name) => name.includes('draft-chart'))).toEqual([]);
    expect(containing(published.files, 'data-draft-banner')).toEqual([]);
    expect(containing(published.files, 'name="robots"')).toEqual([]);
    expect(published.stdout).toContain(`Left out the draft quarters ${DRAFT_PERIOD}.`);
  });

  it('is checked by npm run validate, which says it will be left out', async () => {
    const { stdout } = await run(process.execPath, [path.join(root, 'scripts', 'validate.ts')], { cwd: root, env: { ...process.env, DATA_DIR: dataDir } });
    expect(stdout).toMatch(/is valid: .*14 quarters .* Draft, so left out of npm run build \(preview it with npm run build -- --drafts\): Q4 2025\/26\./);
  });

  it('is in the preview, in its pages, data and search index', () => {
    expect(preview.files.has(`quarters/${DRAFT_PERIOD}/index.html`)).toBe(true);
    expect(preview.files.has(`api/scorecard/${DRAFT_PERIOD}.json`)).toBe(true);
    expect(preview.files.get('api/scorecards.csv')).toContain(DRAFT_PERIOD);
    expect(preview.files.get(`quality/${DRAFT_PERIOD}/index.html`)).toContain(`${MARKER} in the narrative`);
    expect(containing(preview.files, MARKER).filter((name) => name.startsWith('pagefind/')).length).toBeGreaterThan(0);
    expect(preview.files.has('media/narrative/images/draft-chart.gif')).toBe(true);
  });

  it('preview: every page says "Draft: not published", names the draft and asks not to be indexed', () => {
    const pages = [...preview.files].filter(([name]) => name.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(80);
    const without = pages.filter(([, html]) => !/<div class="draft-banner" data-draft-banner><p class="width-container"><strong class="draft-banner__tag">Draft: not published<\/strong> This preview includes Q4 2025\/26, a draft quarter/.test(html));
    expect(without.map(([name]) => name)).toEqual([]);
    expect(pages.filter(([, html]) => !html.includes('<meta name="robots" content="noindex">')).map(([name]) => name)).toEqual([]);
    expect(preview.files.get('robots.txt')).toMatch(/^User-agent: \*\nDisallow: \/\n$/m);
    expect(preview.files.has('sitemap.xml')).toBe(false);
  });

  it('a preview goes to preview/ unless OUT_DIR says otherwise; the published site to dist/', () => {
    expect(buildOptions(['--drafts'], {})).toEqual({ preview: true, outDir: 'preview', verbose: false });
    expect(buildOptions([], {})).toEqual({ preview: false, outDir: 'dist', verbose: false });
    expect(buildOptions(['--drafts'], { OUT_DIR: '/tmp/x' })).toEqual({ preview: true, outDir: '/tmp/x', verbose: false });
    expect(buildOptions(['--draft'], {})).toMatchObject({ problem: expect.stringMatching(/--draft.*\n.*npm run build -- --drafts/s) });
  });
});

describe('a build where every quarter is a draft', () => {
  it('is refused with a message saying how to publish or preview', async () => {
    const dataDir = await draftData();
    const site = path.join(dataDir, 'site.json');
    const quarters = (await readdir(path.join(dataDir, 'quarters'))).map((name) => `"${name.replace('.csv', '')}"`);
    await writeFile(site, (await readFile(site, 'utf8')).replace(/"drafts": \[[^\]]*\]/, `"drafts": [${quarters.join(', ')}]`));
    const result = await build(dataDir, []);
    expect(result.stderr).toMatch(/every quarter is listed in "drafts" in site\.json, so there is nothing to publish\. .*npm run build -- --drafts/);
    expect(existsSync(result.outDir)).toBe(false);
  }, 60_000);
});
