// npm run dev prints the data's warnings and problems when it starts, and again after a data file changes; while
// the data has a problem, it answers every page with the plain problem page instead of Astro's overlay.
import { EventEmitter } from 'node:events';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataCheck, PROBLEM_STYLESHEET } from '../../../src/site/data-check.ts';
import { loadDataset } from '../../../src/load/dataset.ts';
import { formatIssue } from '../../../src/load/issue.ts';
import { escapeHtml } from '../../../src/escape/html.ts';

const root = path.resolve(import.meta.dirname, '../../..');
let dataDir: string | undefined;

afterEach(async () => {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

type Middleware = (req: object, res: object, next: (error?: unknown) => void) => void;

function fakeServer() {
  const watcher = Object.assign(new EventEmitter(), { watched: [] as string[], add(dir: string) { this.watched.push(dir); } });
  const middlewares: Middleware[] = [];
  const logged: string[] = [];
  const logger = {
    info: (text: string) => logged.push(`info: ${text}`),
    warn: (text: string) => logged.push(`warn: ${text}`),
    error: (text: string) => logged.push(`error: ${text}`),
  };
  return { server: { watcher, middlewares: { use: (fn: Middleware) => middlewares.push(fn) } }, watcher, middlewares, logged, logger };
}

/** The integration set up as `astro dev` sets it up, for a copy of the demo data. */
async function startDevCheck() {
  dataDir = await mkdtemp(path.join(tmpdir(), 'scorecard-dev-'));
  await cp(path.join(root, 'data'), dataDir, { recursive: true });
  const fake = fakeServer();
  const { hooks } = dataCheck({ dataDir });
  (hooks['astro:config:done'] as unknown as (options: object) => void)({ config: { base: '/', publicDir: pathToFileURL(path.join(root, 'public/')) } });
  (hooks['astro:server:setup'] as unknown as (options: object) => void)({ server: fake.server, logger: fake.logger });
  return { ...fake, dataDir };
}

interface Answer { status: number; headers: Record<string, string>; body: string; next: boolean }

/** One request through the integration's middleware: what it sent, or that it passed the request on to Astro. */
function request(middleware: Middleware, url: string, accept: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {};
    const res = {
      statusCode: 200,
      setHeader: (name: string, value: string | number) => (headers[name.toLowerCase()] = String(value)),
      end(body?: string) { resolve({ status: this.statusCode, headers, body: body ?? '', next: false }); },
    };
    middleware({ method: 'GET', url, headers: { accept } }, res, (error) => (error ? reject(error) : resolve({ status: 0, headers, body: '', next: true })));
  });
}

const HTML = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

/** A non-number typed into the first figure of the newest quarter, whichever quarter that is. */
async function breakNewestQuarter(dir: string): Promise<string> {
  const { dataset } = await loadDataset(dir);
  const file = path.join(dir, 'quarters', `${dataset!.periods.at(-1)}.csv`);
  const lines = (await readFile(file, 'utf8')).split('\n');
  const cells = lines[1]!.split(',');
  cells[lines[0]!.split(',').indexOf('value')] = '12.5x';
  lines[1] = cells.join(',');
  await writeFile(file, lines.join('\n'));
  return file;
}

describe('the data check in npm run dev', () => {
  it('says the data is valid at start, then prints a warning on its cell after a file changes', async () => {
    const { watcher, logged, dataDir: dir } = await startDevCheck();
    expect(watcher.watched).toEqual([dir]);
    await vi.waitFor(() => expect(logged).toEqual(['info: The data is valid, with no warnings.']), { timeout: 20_000 });

    // The demo's latest agency rate (whatever the demo says), pasted as a fraction.
    const file = path.join(dir, 'quarters', '2025-26-Q3.csv');
    const lines = (await readFile(file, 'utf8')).split('\n');
    const line = lines.findIndex((l) => l.startsWith('agency-social-workers,')) + 1;
    const written = lines[line - 1]!.split(',')[1]!;
    const fraction = String(Number((Number(written) / 100).toPrecision(12)));
    lines[line - 1] = lines[line - 1]!.replace(`,${written},`, `,${fraction},`);
    await writeFile(file, lines.join('\n'));
    watcher.emit('all', 'change', file);
    await vi.waitFor(() => expect(logged).toHaveLength(3), { timeout: 20_000 });
    expect(logged[1]).toMatch(new RegExp(`^warn: Warning: quarters/2025-26-Q3\\.csv, line ${line}, column B \\(value\\): `));
    expect(logged[1]!.endsWith(`If ${fraction} was meant as ${written}%, write ${written}.`)).toBe(true);
    expect(logged[2]).toBe('info: The data is valid, with 1 warning.');
  }, 60_000);

  it('leaves every request to Astro while the data is valid', async () => {
    const { middlewares } = await startDevCheck();
    expect(middlewares).toHaveLength(1);
    expect(await request(middlewares[0]!, '/', HTML)).toMatchObject({ next: true });
    expect(await request(middlewares[0]!, '/indicators/', HTML)).toMatchObject({ next: true });
  }, 60_000);

  it('answers every page with the plain problem page while the data has a problem, and recovers once it is fixed', async () => {
    const { middlewares, dataDir: dir } = await startDevCheck();
    const middleware = middlewares[0]!;
    const file = await breakNewestQuarter(dir);
    const expected = (await loadDataset(dir)).issues.map(formatIssue);
    expect(expected.length).toBeGreaterThan(0);

    for (const url of ['/', '/indicators/', '/no-such-page/']) {
      const answer = await request(middleware, url, HTML);
      expect(answer.status, url).toBe(500);
      expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(answer.headers['cache-control']).toBe('no-store');
      expect(answer.headers['content-security-policy']).toMatch(/^default-src 'self';/);
      for (const line of expected) expect(answer.body).toContain(`<li>${escapeHtml(line)}</li>`);
      expect(answer.body).not.toMatch(/<script|style=|\bat .*:\d+:\d+/);
      expect(answer.body).toContain(`<link rel="stylesheet" href="/${PROBLEM_STYLESHEET}">`);
    }
    // The dev server's own files, and anything not asked for as a page, are left alone.
    expect(await request(middleware, '/@vite/client', HTML)).toMatchObject({ next: true });
    expect(await request(middleware, '/api/indicators.json', 'application/json')).toMatchObject({ next: true });
    const css = await request(middleware, `/${PROBLEM_STYLESHEET}`, 'text/css,*/*;q=0.1');
    expect(css.status).toBe(200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.body).toContain('.problem-summary');
    expect(css.body).toContain('.site-header');

    await cp(path.join(root, 'data', 'quarters', path.basename(file)), file);
    expect(await request(middleware, '/', HTML)).toMatchObject({ next: true });
  }, 60_000);
});
