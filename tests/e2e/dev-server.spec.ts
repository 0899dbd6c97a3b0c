// `npm run dev` speaks plainly (issue 16, item 4). The real dev server (astro dev) on a copy of the demo data, on a
// free port of its own: with a data problem every page is the plain problem page (the problems as
// `npm run validate` prints them, what to do, no stack trace, no overlay, readable with JavaScript off), and
// fixing the file and refreshing shows the site again; with a warning, a banner on every page lists it.
// Needs no built site; the expected problems and warnings come from the loader, whatever the data says.
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, type Browser, type Page } from '@playwright/test';
import { expect, watchSecurity } from './fixtures.ts';
import { loadDataset } from '../../src/load/dataset.ts';
import { formatIssue, summariseIssues } from '../../src/load/issue.ts';

const root = path.resolve(import.meta.dirname, '../..');
// The first request for each page compiles it: on a busy machine that takes a while.
const SLOW = 240_000;

interface DevServer { url: string; dataDir: string; child: ChildProcess; log: () => string }

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts `astro dev` on a copy of the demo data; resolves once it answers a page. */
async function startDevServer(): Promise<DevServer> {
  const folder = await mkdtemp(path.join(tmpdir(), 'scorecard-dev-server-'));
  const dataDir = path.join(folder, 'data');
  await cp(path.join(root, 'data'), dataDir, { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, GIT_CEILING_DIRECTORIES: folder, NO_COLOR: '1' };
  // As an officer runs it: served at /, whatever the test run's own settings.
  for (const name of ['BASE_PATH', 'SITE_URL', 'VITEST', 'NODE_ENV']) delete env[name];
  const child = spawn(process.execPath, [path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(await freePort()),
    // Astro's lock file (.astro/dev.json) outlives a server the test stops; were its process id reused, a new
    // server would refuse to start. Each test's server is its own, so the lock is not ours to honour.
    '--ignore-lock'],
    { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const log = () => output;
  // Astro moves to another port if that one was taken meanwhile: the address is the one it prints.
  let url = '';
  await expect.poll(() => {
    if (child.exitCode !== null) throw new Error(`astro dev stopped (exit ${child.exitCode}):\n${output}`);
    url = output.replace(/\x1b\[[0-9;]*m/g, '').match(/Local\s+(http:\/\/127\.0\.0\.1:\d+)\//)?.[1] ?? '';
    return url;
  }, { timeout: SLOW, message: 'astro dev printed its address' }).not.toBe('');
  await expect.poll(async () => (await fetch(`${url}/`, { headers: { accept: 'text/html' } }).catch(() => null))?.status ?? 0,
    { timeout: SLOW, message: 'astro dev answered the home page' }).toBe(200);
  return { url, dataDir, child, log };
}

async function stopDevServer(server: DevServer | undefined): Promise<void> {
  if (!server) return;
  if (server.child.exitCode === null) {
    const exited = new Promise((resolve) => server.child.once('exit', resolve));
    process.kill(-server.child.pid!, 'SIGTERM');
    await exited;
  }
  await rm(path.dirname(server.dataDir), { recursive: true, force: true });
}

/** The newest quarter's file, whichever quarter that is. */
async function newestQuarter(dataDir: string): Promise<string> {
  const { dataset } = await loadDataset(dataDir);
  return path.join(dataDir, 'quarters', `${dataset!.periods.at(-1)}.csv`);
}

/** Opens a page in a browser with JavaScript off, as a reader without it would see it. */
async function withoutJavaScript<T>(browser: Browser, use: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    return await use(await context.newPage());
  } finally {
    await context.close();
  }
}

/** Asked for again until the dev server gives this status (the fix is saved before; nothing waits on a clock). */
async function untilStatus(url: string, status: number): Promise<void> {
  await expect.poll(async () => (await fetch(url, { headers: { accept: 'text/html' } })).status, { timeout: SLOW }).toBe(status);
}

const test = base;
test.describe.configure({ mode: 'serial' });

let server: DevServer | undefined;
test.beforeAll(async () => {
  test.setTimeout(2 * SLOW);
  server = await startDevServer();
});
test.afterAll(async () => {
  test.setTimeout(SLOW);
  await stopDevServer(server);
});

test.describe('npm run dev with a data problem', () => {
  test('every page is the plain problem page, as validate words it, and a fix shows the site again on refresh', async ({ browser, page }) => {
    test.setTimeout(4 * SLOW);
    const { url, dataDir } = server!;
    const indicators = (await (await fetch(`${url}/api/indicators.json`)).json()) as { periods: string[]; indicators: { id: string }[] };
    const pages = ['/', '/indicators/', `/indicators/${indicators.indicators[0]!.id}/`, `/quarters/${indicators.periods[0]}/`, '/data/'];

    // A figure typed with a letter in it, in the newest quarter's first row.
    const file = await newestQuarter(dataDir);
    const original = await readFile(file, 'utf8');
    const lines = original.split('\n');
    const cells = lines[1]!.split(',');
    const column = lines[0]!.split(',').indexOf('value');
    cells[column] = `${cells[column] || '1'}x`;
    lines[1] = cells.join(',');
    await writeFile(file, lines.join('\n'));
    const { issues } = await loadDataset(dataDir);
    const expected = issues.map(formatIssue);
    expect(expected.join('\n')).toContain(`quarters/${path.basename(file)}, line 2, column ${String.fromCharCode(65 + column)} (value): "${cells[column]}"`);
    await untilStatus(`${url}/`, 500);

    // With JavaScript on: still no overlay, nothing the Content-Security-Policy refuses, and WCAG 2.2 AA in both schemes.
    const watch = await watchSecurity(page, new URL(url).origin);
    expect((await page.goto(`${url}/`, { timeout: SLOW }))?.status()).toBe(500);
    await expect(page.locator('[data-problems] li')).toHaveText(expected);
    await expect(page.locator('vite-error-overlay, astro-dev-toolbar')).toHaveCount(0);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${scheme}: ${v.id} ${v.help}`)).toEqual([]);
    }
    expect(watch.problems()).toEqual([]);

    await withoutJavaScript(browser, async (plain) => {
      for (const at of pages) {
        const response = await plain.goto(`${url}${at}`, { timeout: SLOW });
        expect(response?.status(), at).toBe(500);
        const html = await response!.text();
        // No framework overlay, no script at all, no stack trace, no source code.
        expect(html, at).not.toMatch(/<script|vite-error-overlay|DataValidationError|Stack trace|\n\s+at .+:\d+:\d+|\.ts:\d+/);
        await expect(plain.locator('h1'), at).toHaveText(`The data has ${summariseIssues(issues)}`);
        await expect(plain.locator('[data-problems] li'), at).toHaveText(expected);
        await expect(plain.getByText('save the file, then refresh this page'), at).toBeVisible();
      }
      // Styled by the site's stylesheet and the problem page's own rules, though nothing runs.
      await expect(plain.locator('.site-header')).toHaveCSS('border-bottom-width', '8px');
      await expect(plain.locator('.problem-summary')).toHaveCSS('border-top-width', '5px');

      // Fixed and saved: refreshing the page shows the site.
      await writeFile(file, original);
      await untilStatus(`${url}${pages.at(-1)}`, 200);
      const response = await plain.reload({ timeout: SLOW });
      expect(response?.status()).toBe(200);
      await expect(plain.locator('[data-problems]')).toHaveCount(0);
      await expect(plain.locator('main h1')).toBeVisible();
      await expect(plain.locator('nav[aria-label="Main"]')).toBeVisible();
    });
  });
});

test.describe('npm run dev with a warning', () => {
  test('a banner at the top of every page lists the warnings as validate words them, until they are dealt with', async ({ browser }) => {
    test.setTimeout(4 * SLOW);
    const { url, dataDir } = server!;
    const indicators = (await (await fetch(`${url}/api/indicators.json`)).json()) as { indicators: { id: string }[] };
    const before = (await loadDataset(dataDir)).warnings.map(formatIssue);

    // The newest quarter saved from Excel as .xlsx beside its CSV: a file the site does not read.
    const stray = (await newestQuarter(dataDir)).replace(/\.csv$/, '.xlsx');
    await writeFile(stray, 'PK');
    const { issues, warnings } = await loadDataset(dataDir);
    expect(issues).toEqual([]);
    const expected = warnings.map(formatIssue);
    expect(expected.join('\n')).toContain(`quarters/${path.basename(stray)}: this file is not read`);
    expect(expected.length).toBeGreaterThan(before.length);

    await withoutJavaScript(browser, async (plain) => {
      for (const at of ['/', `/indicators/${indicators.indicators[0]!.id}/`]) {
        const response = await plain.goto(`${url}${at}`, { timeout: SLOW });
        expect(response?.status(), at).toBe(200);
        const banner = plain.locator('[data-dev-warnings]');
        await expect(banner.locator('li'), at).toHaveText(expected);
        await expect(banner, at).toContainText(`${expected.length} ${expected.length === 1 ? 'warning' : 'warnings'}`);
        // At the top: the first thing in the page's header, before the site's name.
        expect(await plain.locator('header > *').first().getAttribute('data-dev-warnings'), at).not.toBeNull();
      }

      // Dealt with: the refreshed page lists what is left (the demo has no warning, so no banner).
      await rm(stray);
      await expect.poll(async () => {
        await plain.goto(`${url}/`, { timeout: SLOW });
        return plain.locator('[data-dev-warnings] li').allTextContents();
      }, { timeout: SLOW }).toEqual(before);
    });
  });
});
