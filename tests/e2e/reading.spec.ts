// The reading experience: keyboard, narrow screens, JavaScript off, dark scheme, glossary, headlines, search.
import { expect, test, type Page } from './fixtures.ts';
import { pageTypes } from './page-types.ts';

async function meta(page: Page) {
  return (await (await page.request.get('/api/indicators.json')).json()) as { periods: string[]; indicators: { id: string; title: string }[] };
}


/** Focus must be visible: an outline or a box shadow (our focus style) on the focused element. */
async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return false;
    const style = getComputedStyle(el);
    return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
  });
}

test.describe('keyboard', () => {
  test('a keyboard user can skip to the content, move through the scorecard and open an indicator', async ({ page }) => {
    const m = await meta(page);
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();

    // Tab on until the first indicator link in the scorecard, checking each stop shows its focus.
    const target = `/indicators/${m.indicators[0]!.id}/`;
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      expect(await focusIsVisible(page), `focus stop ${i} is visible`).toBe(true);
      reached = await page.evaluate((href) => {
        const el = document.activeElement;
        return el instanceof HTMLAnchorElement && el.getAttribute('href') === href && !!el.closest('table.scorecard');
      }, target);
    }
    expect(reached, 'the first indicator link in the scorecard is reachable by Tab').toBe(true);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${target}$`));
  });

  test('wide tables scroll inside a labelled region that takes keyboard focus', async ({ page }) => {
    await page.goto('/rag-grid/');
    await page.locator('[data-rag-grid-theme] a').first().click();
    const region = page.getByRole('region', { name: /RAG rating and value of each indicator by quarter/ });
    await expect(region).toHaveAttribute('tabindex', '0');
    await region.focus();
    expect(await focusIsVisible(page)).toBe(true);
  });
});

test.describe('on a 320px-wide screen', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('no page scrolls sideways', async ({ page }) => {
    test.setTimeout(60_000);
    for (const path of pageTypes()) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} is ${overflow}px wider than the screen`).toBeLessThanOrEqual(0);
    }
  });
});

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });
  test('every page shows its content', async ({ page }) => {
    for (const path of pageTypes()) {
      await page.goto(path);
      await expect(page.locator('h1'), path).toBeVisible();
      const text = (await page.locator('main').innerText()).trim();
      expect(text.length, `${path} has content without JavaScript`).toBeGreaterThan(200);
    }
    await page.goto('/search/');
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
  });
});

test.describe('colour schemes', () => {
  test.use({ colorScheme: 'dark' });
  test('follow the reader’s dark setting, keeping charts on a light panel', async ({ page }) => {
    await page.goto('/indicators/' + (await meta(page)).indicators[0]!.id + '/');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(18, 19, 20)');
    const chartPanel = await page.locator('figure.chart').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(chartPanel).toBe('rgb(255, 255, 255)');
  });
});

test.describe('plain English', () => {
  test('each quarter has headlines generated from the rules, linked from the top, and its RAG legend one tap away', async ({ page }) => {
    const m = await meta(page);
    for (const period of m.periods.slice(-3)) {
      await page.goto(`/quarters/${period}/`);
      await expect(page.locator('[data-headlines] h2')).toHaveText('Headlines');
      await expect(page.locator('main .page-links a[href="#headlines-heading"]')).toHaveText('Headlines');
      await expect(page.locator('main .page-links a[href="/about/reading/"]')).toHaveText('How to read this scorecard');
    }
    await page.goto('/about/reading/');
    await expect(page.getByRole('region', { name: 'How to read the ratings' })).toBeVisible();
    // The answer first: the summary and the scorecard come before the headlines (issue 15).
    await page.goto('/');
    const order = await page.evaluate(() => {
      const headlines = document.querySelector('[data-headlines]')!;
      const table = document.querySelector('table.scorecard')!;
      return table.compareDocumentPosition(headlines) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
  });

  test('every chart is preceded by its one-sentence summary, which is also its description', async ({ page }) => {
    await page.goto(`/indicators/${(await meta(page)).indicators[3]!.id}/`);
    const summary = page.locator('[data-chart-summary]');
    await expect(summary).toHaveText(/^(Improved|Worsened|Rose|Fell|Unchanged|No figures|[\d.,]+).+\.$/);
    await expect(page.locator('figure.chart svg desc').first()).toHaveText((await summary.textContent())!);
  });

  test('abbreviations are marked up where they appear and listed in the glossary', async ({ page }) => {
    await page.goto('/');
    const abbr = page.locator('main table.scorecard abbr[title]').first();
    await expect(abbr).toBeVisible();
    const term = (await abbr.textContent())!;
    const expansion = (await abbr.getAttribute('title'))!;
    await page.goto('/glossary/');
    const entry = page.locator('dl.glossary > div', { has: page.locator('dt', { hasText: new RegExp(`^${term}$`) }) });
    await expect(entry.locator('dd')).toContainText(expansion);
  });

  test('the accessibility statement has the sections councils publish', async ({ page }) => {
    await page.goto('/accessibility/');
    for (const heading of ['How accessible this website is', 'Feedback and contact information', 'Reporting accessibility problems with this website', 'Enforcement procedure', 'Technical information about this website\'s accessibility', 'Preparation of this accessibility statement']) {
      await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    }
    await expect(page.getByText(/fully compliant with the Web Content Accessibility Guidelines version 2\.2 AA/)).toBeVisible();
  });
});

test.describe('search', () => {
  test('finds an indicator by a word from its commentary or title, as progressive enhancement', async ({ page }) => {
    const m = await meta(page);
    const indicator = m.indicators.find((i) => /re-referrals/i.test(i.title))!;
    await page.goto('/search/');
    const box = page.getByRole('searchbox').or(page.locator('#search input')).first();
    await box.fill('re-referrals');
    const result = page.locator(`#search a[href*="/indicators/${indicator.id}/"]`).first();
    await expect(result).toBeVisible({ timeout: 10_000 });
  });
});
