// Chart text stays readable at every screen width (issue 10, item 5): between 11 and 16 CSS pixels from a
// 320 px phone to a 1440 px desktop, and the chart's key names only the lines it draws.
import { expect, test, type Page } from './fixtures.ts';

const WIDTHS = [320, 375, 768, 1280, 1440];

/** The first indicator with an SPC chart, so both its charts (trend and SPC) are measured. */
async function firstIndicator(page: Page): Promise<string> {
  const meta = (await (await page.request.get('/api/indicators.json')).json()) as { indicators: { id: string }[] };
  for (const { id } of meta.indicators) {
    const json = (await (await page.request.get(`/api/indicators/${id}.json`)).json()) as { spc: unknown };
    if (json.spc !== null) return `/indicators/${id}/`;
  }
  throw new Error('no indicator has enough values for an SPC chart');
}

/** Rendered heights of the text of every chart on the page, in CSS pixels. */
async function chartTextHeights(page: Page): Promise<number[]> {
  return page.locator('figure.chart svg[role="img"] text').evaluateAll((els) =>
    els.map((el) => {
      // The glyph box of one line: Plot stacks multi-line labels as tspans, so measure the first line.
      const line = el.querySelector('tspan') ?? el;
      return (line as SVGGraphicsElement).getBoundingClientRect().height;
    }).filter((h) => h > 0),
  );
}

for (const width of WIDTHS) {
  test(`chart text is between 11 and 16 CSS px at ${width} px wide`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(await firstIndicator(page));
    await expect(page.locator('figure.chart[data-spc-chart] svg[role="img"]')).toHaveCount(1);
    // The font size as rendered: the computed size times the SVG's scale from its viewBox to the screen.
    const sizes = (await page.locator('figure.chart svg[role="img"]').evaluateAll((svgs) => svgs.flatMap((svg) => {
      const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
      return [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
    })));
    expect(sizes.length).toBeGreaterThan(0);
    const heights = await chartTextHeights(page);
    expect(heights.length).toBeGreaterThan(0);
    for (const size of sizes) {
      expect(size, `font size at ${width} px`).toBeGreaterThanOrEqual(11);
      expect(size, `font size at ${width} px`).toBeLessThanOrEqual(16);
    }
    // The glyph box is a little taller than the font size (ascenders and descenders); it tracks the size.
    for (const height of heights) {
      expect(height, `text box height at ${width} px`).toBeGreaterThanOrEqual(11);
      expect(height, `text box height at ${width} px`).toBeLessThanOrEqual(16 * 1.25);
    }
    // A chart wider than a phone scrolls within its own region, which a keyboard user can reach; the page does not.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}

test('the key under each trend chart names only the comparators the chart draws', async ({ page }) => {
  const meta = (await (await page.request.get('/api/indicators.json')).json()) as { indicators: { id: string }[] };
  let keysWithFewerComparators = 0;
  for (const { id } of meta.indicators) {
    await page.goto(`/indicators/${id}/`);
    const figure = page.locator('figure.chart').first();
    // Each comparator drawn is a line with white-filled markers in its own colour.
    const drawn = await figure.locator('svg[role="img"] g[fill="white"]').evaluateAll((gs) => gs.map((g) => g.getAttribute('stroke')));
    const keyed = await figure.locator('.chart-key li').allTextContents();
    const hasTarget = keyed.some((text) => text.trim() === 'Target');
    const keyColours = await figure.locator('.chart-key li line').evaluateAll((lines) => lines.map((l) => l.getAttribute('stroke')));
    expect(keyed.length, `${id}: key lists the value, ${hasTarget ? 'the target, ' : ''}and ${drawn.length} comparators`).toBe(1 + (hasTarget ? 1 : 0) + drawn.length);
    for (const colour of drawn) expect(keyColours, `${id}: a drawn comparator is in the key`).toContain(colour);
    const columns = await page.locator('table[data-table="trend"] thead th').count();
    if (columns - 6 > drawn.length) keysWithFewerComparators += 1;
  }
  // The demo has indicators whose comparators publish nothing in the chart's quarters: the test must meet one.
  expect(keysWithFewerComparators).toBeGreaterThan(0);
});

for (const width of [320, 375]) {
  test(`on a ${width} px phone each chart opens on its latest quarter, the earlier ones a scroll away`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(await firstIndicator(page));
    const figures = page.locator('figure.chart');
    expect(await figures.count()).toBeGreaterThan(1);
    for (const figure of await figures.all()) {
      const seen = await figure.evaluate((fig) => {
        // Quarter labels on the x axis read "Q3" over "25/26"; the rightmost is the latest quarter.
        const ticks = [...fig.querySelectorAll('svg[role="img"] text')].filter((t) => /^Q[1-4]/.test(t.textContent ?? ''));
        const rects = ticks.map((t) => t.getBoundingClientRect());
        const latest = rects.reduce((a, b) => (b.left > a.left ? b : a));
        const earliest = rects.reduce((a, b) => (b.left < a.left ? b : a));
        const box = fig.getBoundingClientRect();
        // The quarters scroll in a region of their own, beside the value axis.
        const region = fig.querySelector('[role="region"]');
        return { scrolls: !!region && region.scrollWidth > region.clientWidth, latestVisible: latest.left >= box.left && latest.right <= box.right, earliestVisible: earliest.left >= box.left };
      });
      expect(seen.scrolls, 'the chart is wider than the phone').toBe(true);
      expect(seen.latestVisible, 'the latest quarter is in view without scrolling').toBe(true);
      expect(seen.earliestVisible, 'the earliest quarter is a scroll away').toBe(false);
    }
  });
}
