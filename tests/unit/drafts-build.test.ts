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
import { actionsAsAt } from '../../src/domain/quality/actions.ts';
import { loadDataset } from '../../src/load/dataset.ts';
import { DRAFT_COMPLETIONS, DRAFT_MONTHS, DRAFT_PERIOD, DRAFT_TODAY, MARKER, PUBLISHED_PERIOD, dataWithDraft, draftCompletedActions } from '../support/draft-data.ts';

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
    cwd: root, env: { ...process.env, DATA_DIR: dataDir, OUT_DIR: outDir, CI: '1', SITE_URL: '', BASE_PATH: '', SCORECARD_TODAY: DRAFT_TODAY, ...env },
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

interface Built { outDir: string; stdout: string; files: Map<string, string> }
let builtOnce: Promise<{ dataDir: string; published: Built; preview: Built }> | undefined;

/** The draft data built as published and as a preview, once for every test in this file. */
function builtDraft() {
  builtOnce ??= (async () => {
    const dataDir = await draftData();
    const [a, b] = await Promise.all([build(dataDir, []), build(dataDir, ['--drafts'])]);
    expect(existsSync(path.join(a.outDir, 'index.html')), a.stderr).toBe(true);
    expect(existsSync(path.join(b.outDir, 'index.html')), b.stderr).toBe(true);
    return { dataDir, published: { ...a, files: await siteFiles(a.outDir) }, preview: { ...b, files: await siteFiles(b.outDir) } };
  })();
  return builtOnce;
}

describe('a draft quarter', () => {
  let dataDir: string;
  let published: Built;
  let preview: Built;

  beforeAll(async () => {
    ({ dataDir, published, preview } = await builtDraft());
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
    const { stdout } = await run(process.execPath, [path.join(root, 'scripts', 'validate.ts')], { cwd: root, env: { ...process.env, DATA_DIR: dataDir, SCORECARD_TODAY: DRAFT_TODAY } });
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

// Step 2 of docs/publishing-a-quarter.md, done while the quarter is a draft: its schedule months marked complete,
// one action overdue and one open at the end of the latest published quarter marked complete on days inside the
// draft quarter. The published site shows both as they stood at the end of the latest published quarter; the
// preview shows the update.
describe('a draft quarter\'s updates to the schedule and the actions', () => {
  let published: Map<string, string>;
  let preview: Map<string, string>;
  let completed: { overdue: string; open: string };
  /** The actions as they stood at the end of the latest published quarter, from the demo data before the update. */
  let before: { overdue: string[]; open: string[]; completed: string[] };
  let openIndicator: string;

  beforeAll(async () => {
    const built = await builtDraft();
    ({ published: { files: published }, preview: { files: preview } } = built);
    completed = await draftCompletedActions();
    const { dataset } = await loadDataset(path.join(root, 'data'));
    const asAt = actionsAsAt(dataset!.quality.actions, PUBLISHED_PERIOD);
    before = { overdue: asAt.overdue.map((x) => x.id), open: asAt.open.map((x) => x.id), completed: asAt.completed.map((x) => x.id) };
    openIndicator = dataset!.quality.actions.find((x) => x.id === completed.open)!.indicators[0]!;
  }, 180_000);

  const page = (files: Map<string, string>, name: string) => {
    const html = files.get(name);
    if (html === undefined) throw new Error(`${name} was not built`);
    return html;
  };
  const words = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
  const table = (html: string, name: string) => new RegExp(`<table data-table="${name}"[^>]*>([\\s\\S]*?)</table>`).exec(html)?.[1] ?? '';
  const ids = (html: string) => [...html.matchAll(/<tr[^>]*data-action="([^"]+)"/g)].map((m) => m[1]);
  /** The status shown in an action's row, or in its item on an indicator's page. */
  const statusOf = (html: string, id: string) => new RegExp(`data-action="${id}"[\\s\\S]*?data-status="([^"]+)"`).exec(html)?.[1];
  const counts = (over: number, open: number, done: number) => ({ over, open, done });
  const actionsPage = (html: string) => {
    const m = /(\d+) overdue, (\d+) open and (\d+) completed/.exec(words(html));
    return m ? counts(+m[1]!, +m[2]!, +m[3]!) : null;
  };
  const qaPage = (html: string) => {
    const m = /(\d+) actions? (?:was|were) overdue, (\d+) (?:was|were) open and in time, and (\d+) (?:was|were) complete/.exec(words(html));
    return m ? counts(+m[1]!, +m[2]!, +m[3]!) : null;
  };
  const pack = (html: string) => {
    const m = /(\d+) actions? (?:was|were) overdue and (\d+) (?:was|were) open and in time; (\d+) had been completed/.exec(words(html));
    return m ? counts(+m[1]!, +m[2]!, +m[3]!) : null;
  };
  const expected = () => counts(before.overdue.length, before.open.length, before.completed.length);

  it('the published actions page shows them as they stood at the end of the latest published quarter', () => {
    const html = page(published, 'actions/index.html');
    expect(actionsPage(html)).toEqual(expected());
    expect(ids(table(html, 'actions-overdue'))).toContain(completed.overdue);
    expect(ids(table(html, 'actions-open'))).toContain(completed.open);
    expect(ids(table(html, 'actions-completed'))).toEqual(before.completed);
    expect(statusOf(html, completed.overdue)).toBe('overdue');
    expect(statusOf(html, completed.open)).toBe('not_complete');
  });

  it('the published quality assurance page, pack and API give the latest published quarter the same counts as before', () => {
    expect(qaPage(page(published, `quality/${PUBLISHED_PERIOD}/index.html`))).toEqual(expected());
    const packHtml = page(published, `pack/${PUBLISHED_PERIOD}/index.html`);
    expect(pack(packHtml)).toEqual(expected());
    expect(ids(table(packHtml, 'actions-overdue'))).toEqual(before.overdue);
    expect(ids(table(packHtml, 'actions-open'))).toEqual(before.open);
    expect(statusOf(packHtml, completed.open)).toBe('not_complete');
    const api = JSON.parse(page(published, `api/audits/${PUBLISHED_PERIOD}.json`)) as { actions: Record<string, unknown> };
    expect(api.actions).toEqual({ as_at: '2025-12-31', ...before });
  });

  it('the published indicator page does not show the action complete; the preview does', () => {
    const listed = (html: string) => new RegExp(`>${completed.open}: [\\s\\S]*?data-status="([^"]+)"`).exec(html)?.[1];
    expect(listed(page(published, `indicators/${openIndicator}/index.html`))).toBe('not_complete');
    expect(listed(page(preview, `indicators/${openIndicator}/index.html`))).toBe('complete');
  });

  it('the published schedule shows the draft quarter\'s months as planned, still coming next', () => {
    const html = page(published, 'quality/schedule/index.html');
    for (const month of DRAFT_MONTHS) {
      const list = new RegExp(`<ul data-month="${month}"[^>]*>([\\s\\S]*?)</ul>`).exec(html)?.[1] ?? '';
      expect(list, month).toContain('Planned');
      expect(list, month).not.toContain('Done');
      expect(list, month).not.toContain('data-status="complete"');
    }
  });

  it('the published site holds neither completion date', () => {
    for (const date of Object.values(DRAFT_COMPLETIONS)) expect(containing(published, date)).toEqual([]);
  });

  it('the preview shows the update, and still gives the published quarter the same counts', () => {
    const html = page(preview, 'actions/index.html');
    expect(ids(table(html, 'actions-completed'))).toEqual(expect.arrayContaining([completed.overdue, completed.open]));
    expect(statusOf(html, completed.open)).toBe('complete');
    expect(pack(page(preview, `pack/${DRAFT_PERIOD}/index.html`))?.done).toBe(before.completed.length + 2);
    expect(pack(page(preview, `pack/${PUBLISHED_PERIOD}/index.html`))).toEqual(expected());
    const api = JSON.parse(page(preview, `api/audits/${DRAFT_PERIOD}.json`)) as { actions: { completed: string[] } };
    expect(api.actions.completed).toEqual(expect.arrayContaining([completed.overdue, completed.open]));
    const schedule = page(preview, 'quality/schedule/index.html');
    for (const month of DRAFT_MONTHS) {
      expect(new RegExp(`<ul data-month="${month}"[^>]*>([\\s\\S]*?)</ul>`).exec(schedule)?.[1] ?? '', month).toContain('Done');
    }
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
