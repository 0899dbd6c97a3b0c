// Prints a quarter's committee pack (/pack/<period>/) to an A4 PDF for a committee's agenda pack:
//   npm run pdf -- 2025-26-Q3 [--out <dir>]   (default: packs/ beside dist/)
// It prints the site as built: serve dist/ on a loopback port, open the pack in Chromium with print media,
// save the PDF. It builds nothing itself, so run `npm run build` first, with the same BASE_PATH (or site.json
// "base_path"): the site is served under it, where its stylesheets expect to be.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import sirv from 'sirv';
import { isPeriodId } from '../src/domain/period.ts';
import { dataDirectory } from '../src/load/dataset.ts';
import { readSiteJsonSettings, resolveDeployment } from '../src/site/deployment.ts';

const root = path.resolve(import.meta.dirname, '..');
const distDir = path.resolve(root, process.env.OUT_DIR ?? 'dist');
const USAGE = 'Usage: npm run pdf -- <period> [--out <dir>]   e.g. npm run pdf -- 2025-26-Q3';

class UsageError extends Error {}

/** A path as a reader will recognise it: relative inside the project, absolute outside it. */
const shown = (file: string) => (file.startsWith(root + path.sep) ? path.relative(root, file) : file);

/** The quarters the built site publishes, from its own index of indicators. */
async function builtPeriods(): Promise<string[]> {
  const file = path.join(distDir, 'api', 'indicators.json');
  if (!existsSync(file)) {
    throw new UsageError(`There is no built site in ${shown(distDir)}/: run npm run build first.`);
  }
  const json = JSON.parse(await readFile(file, 'utf8')) as { periods?: unknown };
  if (!Array.isArray(json.periods)) throw new Error(`${shown(file)} has no list of periods; run npm run build again.`);
  return json.periods.map(String);
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

function readArgs() {
  return parseArgs({
    args: process.argv.slice(2),
    options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
}

async function main(): Promise<number> {
  let args: ReturnType<typeof readArgs>;
  try {
    args = readArgs();
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const { values, positionals } = args;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }

  const periods = await builtPeriods();
  const available = `Available periods: ${periods.join(', ')}.`;
  const [period, ...extra] = positionals;
  if (!period) throw new UsageError(`Name the quarter to print, written YYYY-YY-Qn.\n${USAGE}\n${available}`);
  if (extra.length > 0) throw new UsageError(`Name one quarter only; also given: ${extra.join(' ')}.\n${USAGE}`);
  if (!isPeriodId(period)) {
    throw new UsageError(`"${period}" is not a quarter: write it as YYYY-YY-Qn, e.g. ${periods.at(-1) ?? '2025-26-Q3'}.\n${available}`);
  }
  if (!periods.includes(period)) throw new UsageError(`The built site has no quarter ${period}: name one of its quarters, written YYYY-YY-Qn.\n${available}`);
  if (!existsSync(path.join(distDir, 'pack', period, 'index.html'))) {
    throw new UsageError(`The built site has no committee pack for ${period}: run npm run build again.`);
  }

  // Beside the site, not in it: a new build replaces the site folder whole, and must not take the packs with it.
  const outDir = path.resolve(values.out ?? path.join(path.dirname(distDir), 'packs'));
  const outFile = path.join(outDir, `committee-pack-${period}.pdf`);

  const deployment = resolveDeployment({ env: process.env, siteJson: readSiteJsonSettings(dataDirectory()) });
  if (!deployment.ok) throw new UsageError(deployment.problems.join('\n'));
  const base = deployment.deployment.basePath;
  const serve = sirv(distDir, { dev: false, etag: false });
  const notFound = (res: import('node:http').ServerResponse) => {
    res.statusCode = 404;
    res.end('Not found');
  };
  // Under the base path, as the site was built to be served.
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(base)) return notFound(res);
    req.url = `/${url.slice(base.length)}`;
    serve(req, res, () => notFound(res));
  });
  let browser: Browser | undefined;
  try {
    const port = await listen(server);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // The same flags as playwright.config.ts: no sandbox in containers, no calls to Google's services.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = await browser.newPage({ locale: 'en-GB', timezoneId: 'Europe/London' });
    const url = `http://127.0.0.1:${port}${base}pack/${period}/`;
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}.`);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    await mkdir(outDir, { recursive: true });
    await writeFile(outFile, pdf);
    const pages = (await PDFDocument.load(pdf)).getPageCount();
    console.log(`Wrote ${shown(outFile)} (${pages} pages).`);
    return 0;
  } finally {
    await browser?.close().catch(() => undefined);
    await close(server);
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof UsageError) console.error(error.message);
  else console.error(`The PDF was not made: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
}
