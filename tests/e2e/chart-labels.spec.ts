// Charts on a phone (issue 15, item 7): a chart over time keeps its value axis in view while its quarters scroll,
// and no axis or category label is cut off, at any width from 320 to 1440, on every indicator page and every
// quality assurance page.
import { expect, test, type Page } from './fixtures.ts';

const WIDTHS = [320, 375, 768, 1280, 1440];

/** Every page with charts: each indicator's page, each quarter's QA page, the QA overview and QA trends. */
async function chartPages(page: Page): Promise<{ indicators: string[]; quality: string[] }> {
  const meta = (await (await page.request.get('/api/indicators.json')).json()) as { indicators: { id: string }[] };
  // The quarters with QA pages are the quarters in the published audit figures.
  const audits = await (await page.request.get('/api/audits.csv')).text();
  const [header, ...rows] = audits.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  const column = header!.split(',').indexOf('period');
  expect(column, 'audits.csv has a period column').toBeGreaterThanOrEqual(0);
  const periods = [...new Set(rows.map((row) => row.split(',')[column]!))];
  expect(periods.length, 'the demo publishes QA figures').toBeGreaterThan(0);
  return {
    indicators: meta.indicators.map(({ id }) => `/indicators/${id}/`),
    quality: [...periods.map((period) => `/quality/${period}/`), '/quality/', '/quality/trends/'],
  };
}

interface Problem {
  chart: string;
  problem: string;
}

/**
 * What is wrong with the page's charts as it is now shown, unscrolled:
 * - text smaller than 11 or larger than 16 CSS px;
 * - a text element whose box is not wholly inside its own SVG's box;
 * - a text element cut by a box that clips its overflow: it must lie wholly inside that box, except that a chart
 *   over time may scroll sideways within its figure, so there it must lie inside what can be scrolled into view;
 * - in a chart over time, a value axis whose labels (the column of figures at the chart's left) are not all
 *   inside the figure and the viewport.
 * Also counts the charts and value axes seen, so a test can tell it looked.
 */
async function chartProblems(page: Page): Promise<{ charts: number; overTime: number; axes: number; texts: number; problems: Problem[] }> {
  return page.evaluate(() => {
    const problems: { chart: string; problem: string }[] = [];
    const figures = [...document.querySelectorAll('figure.chart')];
    const slack = 0.5;
    const inside = (r: DOMRect, left: number, top: number, right: number, bottom: number) =>
      r.left >= left - slack && r.top >= top - slack && r.right <= right + slack && r.bottom <= bottom + slack;
    const describe = (t: Element) => JSON.stringify((t.textContent ?? '').replace(/\s+/g, ' ').trim());
    let axes = 0;
    let texts = 0;
    for (const figure of figures) {
      const image = figure.querySelector('svg[role="img"]');
      const chart = image?.getAttribute('aria-label') ?? '(a chart without a name)';
      const over = figure.classList.contains('chart--time');
      const svgs = [...figure.querySelectorAll('svg')].filter((svg) => !svg.closest('figcaption') && !svg.parentElement?.closest('svg'));
      const numbers: { text: Element; box: DOMRect }[] = [];
      for (const svg of svgs) {
        const own = svg.getBoundingClientRect();
        // Text between 11 and 16 CSS px as shown: its size in the drawing times the drawing's scale.
        const scale = own.width / (svg as SVGSVGElement).viewBox.baseVal.width;
        for (const text of svg.querySelectorAll('text')) {
          const box = text.getBoundingClientRect();
          if (box.width === 0 && box.height === 0) continue;
          texts += 1;
          const size = parseFloat(getComputedStyle(text).fontSize) * scale;
          if (size < 11 || size > 16) problems.push({ chart, problem: `${describe(text)} is ${size.toFixed(2)} px, not between 11 and 16` });
          if (!inside(box, own.left, own.top, own.right, own.bottom)) {
            problems.push({ chart, problem: `${describe(text)} reaches outside its SVG (text ${Math.round(box.left)}–${Math.round(box.right)} × ${Math.round(box.top)}–${Math.round(box.bottom)}, SVG ${Math.round(own.left)}–${Math.round(own.right)} × ${Math.round(own.top)}–${Math.round(own.bottom)})` });
          }
          for (let clip: Element | null = svg.parentElement; clip && clip !== document.documentElement; clip = clip.parentElement) {
            const style = getComputedStyle(clip);
            if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
            const r = clip.getBoundingClientRect();
            const top = r.top + clip.clientTop;
            const bottom = top + clip.clientHeight;
            let left = r.left + clip.clientLeft;
            let right = left + clip.clientWidth;
            const scrolls = style.overflowX === 'auto' || style.overflowX === 'scroll';
            if (over && scrolls && figure.contains(clip)) {
              // What can be scrolled into view: the whole scroll width, wherever it is scrolled to now.
              const start = style.direction === 'rtl' ? -(clip.scrollWidth - clip.clientWidth) : 0;
              left -= clip.scrollLeft - start;
              right = left + clip.scrollWidth;
            }
            if (!inside(box, left, top, right, bottom)) {
              problems.push({ chart, problem: `${describe(text)} is cut off by its ${clip.tagName.toLowerCase()}.${[...clip.classList].join('.')} (text ${Math.round(box.left)}–${Math.round(box.right)}, visible ${Math.round(left)}–${Math.round(right)})` });
            }
          }
          if (/^[−-]?[\d,.]+%?$/.test((text.textContent ?? '').trim())) numbers.push({ text, box });
        }
      }
      // The value axis: the column of plain figures whose right edges line up furthest left.
      const edge = Math.min(...numbers.map((n) => Math.round(n.box.right)));
      const axis = numbers.filter((n) => Math.abs(n.box.right - edge) <= 1.5);
      if (!over) continue;
      if (axis.length < 2) {
        problems.push({ chart, problem: 'has no value axis: no column of figures at its left' });
        continue;
      }
      axes += 1;
      const shown = figure.getBoundingClientRect();
      for (const { text, box } of axis) {
        if (!inside(box, Math.max(0, shown.left), shown.top, Math.min(window.innerWidth, shown.right), shown.bottom)) {
          problems.push({ chart, problem: `value axis label ${describe(text)} is out of view with the chart unscrolled (label ${Math.round(box.left)}–${Math.round(box.right)}, figure ${Math.round(shown.left)}–${Math.round(shown.right)}, viewport 0–${window.innerWidth})` });
        }
      }
    }
    return { charts: figures.length, overTime: figures.filter((f) => f.classList.contains('chart--time')).length, axes, texts, problems };
  });
}

/** Loads each page and checks its charts at every width, returning every problem found (so a failure lists them all). */
async function check(page: Page, paths: string[], widths: number[]): Promise<{ problems: string[]; charts: number; overTime: number; axes: number }> {
  const problems: string[] = [];
  let charts = 0;
  let overTime = 0;
  let axes = 0;
  for (const path of paths) {
    await page.setViewportSize({ width: widths[0]!, height: 900 });
    await page.goto(path);
    for (const width of widths) {
      await page.setViewportSize({ width, height: 900 });
      const found = await chartProblems(page);
      charts += found.charts;
      overTime += found.overTime;
      axes += found.axes;
      if (found.charts > 0) expect(found.texts, `${path} at ${width} px: chart text is laid out`).toBeGreaterThan(0);
      for (const p of found.problems) problems.push(`${path} at ${width} px: ${p.chart}: ${p.problem}`);
      // The page itself never scrolls sideways, so "inside the figure" is on screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} at ${width} px: page width`).toBeLessThanOrEqual(width);
    }
  }
  return { problems, charts, overTime, axes };
}

test.describe('chart labels at every width from 320 to 1440', () => {
  test.describe.configure({ timeout: 240_000 });

  test('indicator pages: each chart over time keeps its value axis in view, and no label is cut off', async ({ page }) => {
    const { indicators } = await chartPages(page);
    const { problems, charts, overTime, axes } = await check(page, indicators, WIDTHS);
    // Every indicator has a trend chart, and most an SPC chart too: each is a chart over time with an axis. A
    // benchmarked indicator also has charts of every council (issue 18), drawn to fit a phone whole, not over time.
    expect(overTime).toBeGreaterThanOrEqual(indicators.length * WIDTHS.length);
    expect(axes).toBe(overTime);
    expect(problems).toEqual([]);
  });

  test('quality assurance pages: grade names and every other label are shown whole, and value axes stay in view', async ({ page }) => {
    const { quality } = await chartPages(page);
    const { problems, charts } = await check(page, quality, WIDTHS);
    expect(charts).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  test.describe('dark colour scheme (the chart panel is padded)', () => {
    test.use({ colorScheme: 'dark' });
    test('at 320 px no chart label is cut off and value axes stay in view', async ({ page }) => {
      const { indicators, quality } = await chartPages(page);
      const { problems, charts } = await check(page, [indicators[0]!, ...quality], [320]);
      expect(charts).toBeGreaterThan(0);
      expect(problems).toEqual([]);
    });
  });
});

test('on a phone, the scrolling part of a chart over time is a named region that takes keyboard focus and opens on the latest quarter', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 900 });
  const { indicators } = await chartPages(page);
  await page.goto(indicators[0]!);
  const figures = page.locator('figure.chart--time');
  expect(await figures.count()).toBeGreaterThan(0);
  for (const figure of await figures.all()) {
    const region = figure.getByRole('region');
    await expect(region).toHaveCount(1);
    await expect(region).toHaveAttribute('tabindex', '0');
    await expect(region).toHaveAccessibleName(/\S/);
    const state = await region.evaluate((el) => ({ scrolls: el.scrollWidth > el.clientWidth, atEnd: Math.abs(el.scrollLeft) < 1 && getComputedStyle(el).direction === 'rtl' }));
    expect(state.scrolls, 'the chart is wider than the phone and scrolls').toBe(true);
    expect(state.atEnd, 'it opens at its right end, the latest quarter').toBe(true);
    // The keyboard scrolls it back towards the earliest quarter.
    await region.focus();
    const before = await region.evaluate((el) => el.scrollLeft);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeLessThan(before);
  }
});
