// The red summary tile names and links the red indicators, and officers' commentary sits under the row it
// explains rather than at the foot of the page (issue 10, item 9).
import { expect, test, type Page } from './fixtures.ts';

interface ScorecardJson {
  indicators: { id: string; title: string; rag: string; commentary: string }[];
}

async function latest(page: Page): Promise<ScorecardJson> {
  const meta = (await (await page.request.get('/api/indicators.json')).json()) as { periods: string[] };
  return (await (await page.request.get(`/api/scorecard/${meta.periods.at(-1)}.json`)).json()) as ScorecardJson;
}

test('the red tile names every red indicator and links each to its row', async ({ page }) => {
  const { indicators } = await latest(page);
  const reds = indicators.filter((i) => i.rag === 'red');
  expect(reds.length).toBeGreaterThan(0);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const tile = page.locator('[data-rag-count="red"]');
  await expect(tile.locator('.summary__count')).toHaveText(String(reds.length));
  const links = tile.locator('[data-summary="reds"] a');
  await expect(links).toHaveText(reds.map((r) => r.title));
  for (const red of reds) {
    const link = tile.getByRole('link', { name: red.title, exact: true });
    await link.click();
    const row = page.locator(`tr#row-${red.id}`);
    await expect(row).toBeInViewport();
    await expect(row.locator('[data-cell="rag"]')).toContainText(/red/i);
    await page.goto('/');
  }
});

for (const width of [375, 1280]) {
  test(`commentary sits directly under the row it explains and reads on a ${width} px screen`, async ({ page }) => {
    const { indicators } = await latest(page);
    const explained = indicators.filter((i) => i.commentary.trim() !== '');
    expect(explained.some((i) => i.rag === 'red')).toBe(true);
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/');
    await expect(page.locator('tr.commentary-row')).toHaveCount(explained.length);
    for (const indicator of explained) {
      const row = page.locator(`tr[data-indicator="${indicator.id}"]`);
      // The very next row of the table is its commentary.
      const next = row.locator('xpath=following-sibling::tr[1]');
      await expect(next).toHaveClass('commentary-row');
      await expect(next).toContainText(indicator.commentary.trim().slice(0, 40));
      const rowBox = (await row.boundingBox())!;
      const text = (await next.locator('td > div').boundingBox())!;
      expect(text.y - (rowBox.y + rowBox.height), `${indicator.id}: commentary starts right under its row`).toBeLessThan(4);
      // The text wraps within the screen, so it reads without scrolling sideways.
      expect(text.x + text.width, `${indicator.id}: commentary fits the screen`).toBeLessThanOrEqual(width);
    }
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the red tile links and the commentary rows are in the page as served', async ({ page }) => {
    const { indicators } = await latest(page);
    await page.goto('/');
    await expect(page.locator('[data-summary="reds"] a')).toHaveCount(indicators.filter((i) => i.rag === 'red').length);
    await expect(page.locator('tr.commentary-row').first()).toBeVisible();
  });
});
