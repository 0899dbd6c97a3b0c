// WCAG 2.2 AA, checked by axe in a real Chromium on every type of page, in light and dark colour schemes.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { pageTypes } from './page-types.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${scheme} colour scheme`, () => {
    test.use({ colorScheme: scheme });
    // A test per page, so each has its own time limit: axe on a long page can take a minute on a busy machine.
    for (const path of pageTypes()) {
      test(`no WCAG 2.2 A or AA violations on ${path}`, async ({ page }) => {
        test.setTimeout(180_000);
        const response = await page.goto(path);
        expect(response?.status(), `${path} should exist`).toBe(200);
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        const failures = results.violations.map((v) => `${path}: ${v.id} (${v.impact}) ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`);
        expect(failures, failures.join('\n')).toEqual([]);
      });
    }

    // Search results are drawn by Pagefind's script after a search, so the page must be checked with results shown.
    test('no WCAG 2.2 A or AA violations on the search page with results', async ({ page }) => {
      await page.goto('/search/');
      await page.getByRole('searchbox').or(page.locator('#search input')).first().fill('re-referrals');
      await expect(page.locator('#search a[href*="/indicators/"]').first()).toBeVisible({ timeout: 10_000 });
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      const failures = results.violations.map((v) => `${v.id} (${v.impact}) ${v.help}: ${v.nodes.length} nodes\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`);
      expect(failures, failures.join('\n')).toEqual([]);
    });
  });
}

test.describe('page structure', () => {
  for (const path of pageTypes()) {
    test(`${path} has a skip link to main, landmarks, one h1 and headings that never skip a level`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('a.skip-link'), path).toHaveAttribute('href', '#main');
      await expect(page.locator('header'), path).toHaveCount(1);
      await expect(page.locator('main#main'), path).toHaveCount(1);
      await expect(page.locator('nav[aria-label="Main"]'), path).toHaveCount(1);
      await expect(page.locator('footer'), path).toHaveCount(1);
      await expect(page.locator('h1'), path).toHaveCount(1);
      const levels = await page.locator('main :is(h1, h2, h3, h4, h5, h6)').evaluateAll((els) => els.map((el) => Number(el.tagName[1])));
      for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `${path}: heading ${i} jumps from h${levels[i - 1]} to h${levels[i]}`).toBeLessThanOrEqual(1);
      const tables = page.locator('main table');
      for (let i = 0; i < (await tables.count()); i++) {
        await expect(tables.nth(i).locator('caption'), `${path}: table ${i} has a caption`).toHaveCount(1);
      }
      // A scope, or (in the scorecard, whose parts carry their table roles) the role of a column or row header.
      const headers = await page.locator('main th').evaluateAll((ths) => ths.filter((th) => !th.getAttribute('scope') && !/^(column|row)header$/.test(th.getAttribute('role') ?? '')).length);
      expect(headers, `${path}: every th has a scope or a header role`).toBe(0);
    });
  }
});
