// Remakes the README's two screenshots from the built demo: the home page on a phone (375×812, what fits on the
// screen) and an indicator page on a desktop 1280 wide (down to the end of its trend chart), as small PNGs in
// docs/images/.
// The indicator is the first one red in the latest scorecard (the kind of page a councillor opens first), read
// from the site's own API. Uses Debian's Chromium (CHROMIUM_PATH to use another).
//   npm run demo && npm run screenshots
import { existsSync } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium } from '@playwright/test';
import sirv from 'sirv';

const root = path.resolve(import.meta.dirname, '..');
const site = path.join(root, process.env.OUT_DIR ?? 'dist');
const images = path.join(root, 'docs', 'images');
/** Each image stays well under this, so the README loads quickly. */
const MAX_BYTES = 300 * 1024;

interface Shot {
  file: string;
  page: string;
  viewport: { width: number; height: number };
  phone: boolean;
  /** Crop the picture just below the first element this selects (else it is what fits in the viewport). */
  until?: string;
}

async function firstRedIndicator(): Promise<string> {
  const json = async <T>(file: string) => JSON.parse(await readFile(path.join(site, file), 'utf8')) as T;
  const { periods } = await json<{ periods: string[] }>('api/indicators.json');
  const latest = periods.at(-1);
  if (latest === undefined) throw new Error('The built site has no quarter.');
  const { indicators } = await json<{ indicators: { id: string; rag: string }[] }>(`api/scorecard/${latest}.json`);
  const chosen = indicators.find((row) => row.rag === 'red') ?? indicators[0];
  if (chosen === undefined) throw new Error(`The scorecard for ${latest} has no indicator.`);
  return chosen.id;
}

async function main(): Promise<number> {
  if (!existsSync(path.join(site, 'index.html'))) {
    console.error(`There is no built site in ${path.relative(root, site)}/. Build the demo first: npm run demo`);
    return 1;
  }
  const shots: Shot[] = [
    { file: 'home-phone.png', page: '/', viewport: { width: 375, height: 812 }, phone: true },
    { file: 'indicator-desktop.png', page: `/indicators/${await firstRedIndicator()}/`, viewport: { width: 1280, height: 1400 }, phone: false, until: 'figure.chart' },
  ];
  const serve = sirv(site);
  const server = createServer((req, res) => serve(req, res, () => {
    res.statusCode = 404;
    res.end();
  }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-component-update'],
  });
  let code = 0;
  try {
    await mkdir(images, { recursive: true });
    for (const shot of shots) {
      const context = await browser.newContext({
        viewport: shot.viewport,
        deviceScaleFactor: 1,
        isMobile: shot.phone,
        hasTouch: shot.phone,
        colorScheme: 'light',
        reducedMotion: 'reduce',
        locale: 'en-GB',
      });
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${port}${shot.page}`, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      const file = path.join(images, shot.file);
      const box = shot.until === undefined ? null : await page.locator(shot.until).first().boundingBox();
      const height = box === null ? shot.viewport.height : Math.min(shot.viewport.height, Math.ceil(box.y + box.height + 32));
      await page.screenshot({ path: file, clip: { x: 0, y: 0, width: shot.viewport.width, height } });
      await context.close();
      const { size } = await stat(file);
      const shown = path.relative(root, file);
      console.log(`${shown}: ${shot.page}, ${shot.viewport.width}×${height}, ${Math.round(size / 1024)} KB`);
      if (size > MAX_BYTES) {
        console.error(`${shown} is larger than ${MAX_BYTES / 1024} KB: make the view smaller, so the README stays quick to load.`);
        code = 1;
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  return code;
}

process.exitCode = await main();
