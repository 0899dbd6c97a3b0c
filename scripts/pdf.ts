// Prints a quarter's committee pack (/pack/<period>/) to an A4 PDF for a committee's agenda pack:
//   npm run pdf [-- 2025-26-Q3] [--out <dir>]   (default: the latest quarter, into packs/ beside dist/)
// It prints the site as built: serve dist/ on a loopback port under the base path the site was built for (read
// from the pack's own stylesheet links, scripts/lib/built-base.ts), open the pack in Chromium with print media,
// and save a tagged PDF (a structure screen readers follow) with an outline of its headings as bookmarks.
// It builds nothing itself, so run `npm run build` first. Anything the pack links that does not load (a
// stylesheet, an image) stops it: a PDF printed without its styles is never written.
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
import { builtBasePath } from './lib/built-base.ts';
import { resolveConfig } from './lib/config.ts';

const root = path.resolve(import.meta.dirname, '..');
// The built site: OUT_DIR, else dist/, as the build resolves it.
const resolved = resolveConfig(process.env, [], { root });
if (!resolved.ok) {
  console.error(resolved.problems.join('\n'));
  process.exit(1);
}
const distDir = resolved.config.outDir;
const USAGE = 'Usage: npm run pdf -- [<period>] [--out <dir>]   e.g. npm run pdf -- 2025-26-Q3 (without a period: the latest quarter)';

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
  const [named, ...extra] = positionals;
  // The clerk's usual case is this quarter's pack: the latest the site publishes, unless another is named.
  const period = named ?? periods.at(-1);
  if (!period) throw new UsageError('The built site publishes no quarter: run npm run build first.');
  if (named === undefined) console.log(`No quarter named, so printing the latest the site publishes, ${period}. To print another: npm run pdf -- YYYY-YY-Qn. ${available}`);
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

  const packFile = path.join(distDir, 'pack', period, 'index.html');
  const built = builtBasePath(distDir, await readFile(packFile, 'utf8'), shown(packFile));
  if (!built.ok) throw new UsageError(`The PDF was not made: ${built.problem}`);
  const base = built.basePath;
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
    const origin = `http://127.0.0.1:${port}`;
    // Every file the pack asks for must arrive, or the PDF would silently lack its styles or pictures.
    const missing: string[] = [];
    page.on('response', (r) => { if (r.status() >= 400) missing.push(`${r.url().replace(origin, '')} (${r.status()})`); });
    page.on('requestfailed', (r) => missing.push(`${r.url().replace(origin, '')} (${r.failure()?.errorText ?? 'failed'})`));
    const url = `${origin}${base}pack/${period}/`;
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}.`);
    await page.emulateMedia({ media: 'print' });
    // Stylesheets for print media load at low priority, perhaps after the load event: wait for each to load or fail.
    const unloaded = await page.evaluate(async () => {
      const settled = (link: HTMLLinkElement) => link.sheet !== null ? Promise.resolve(true) : new Promise<boolean>((resolve) => {
        link.addEventListener('load', () => resolve(true), { once: true });
        link.addEventListener('error', () => resolve(false), { once: true });
        setTimeout(() => resolve(link.sheet !== null), 20_000);
      });
      const links = [...document.querySelectorAll<HTMLLinkElement>('link[rel~="stylesheet"]')];
      const loaded = await Promise.all(links.map(settled));
      await document.fonts.ready;
      return links.filter((_, i) => !loaded[i]).map((link) => link.getAttribute('href') ?? '');
    });
    missing.push(...unloaded.filter((href) => !missing.some((m) => m.startsWith(href))).map((href) => `${href} (did not load)`));
    if (missing.length > 0) {
      throw new UsageError(`The PDF was not made: the pack for ${period} links files the built site in ${shown(distDir)}/ does not have: ${missing.join(', ')}. ` +
        'Build the site again with npm run build, then print.');
    }
    // tagged: headings, lists and tables reach a screen reader; outline: the headings become the PDF's bookmarks.
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true, outline: true });
    await mkdir(outDir, { recursive: true });
    await writeFile(outFile, pdf);
    const pages = (await PDFDocument.load(pdf)).getPageCount();
    const where = base === '/' ? '' : `, printed as served under ${base}`;
    console.log(`Wrote ${shown(outFile)} (${pages} pages, ${Math.round(pdf.byteLength / 1024)} KB${where}).`);
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
