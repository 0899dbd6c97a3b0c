// Versions and revisions as a reader meets them: every page names the data version it was built from, the
// changes page lists publications and revisions, and a revised figure's r is a link that works from the
// keyboard and with JavaScript off. Works on any build: the r checks need one with a revision, as the demo has
// (`npm run demo` builds it from a history with one correction) and as the build scripts/test-base-path.ts makes,
// served under /children/, has, which says so (E2E_REVISED).
import { expect, test } from './fixtures.ts';

// A site built with BASE_PATH is served under it.
const base = process.env.E2E_BASE_PATH || '/';
const at = (path: string) => `${base}${path.replace(/^\//, '')}`;

interface Changes {
  data_commit: { hash: string; date: string } | null;
  changes: { type: string; period: string; indicator_id: string | null; commit: string }[];
}

test('every page says which version of the data it shows, agreeing with the API', async ({ page }) => {
  const changes = (await (await page.request.get(at('/api/changes.json'))).json()) as Changes;
  const meta = (await (await page.request.get(at('/api/indicators.json'))).json()) as { periods: string[] };
  const latest = meta.periods[meta.periods.length - 1]!;
  const scorecard = (await (await page.request.get(at(`/api/scorecard/${latest}.json`))).json()) as { data_commit: unknown };
  expect(scorecard.data_commit).toEqual(changes.data_commit);
  for (const path of ['/', '/indicators/', '/data/', '/changes/']) {
    await page.goto(at(path));
    const footer = page.locator('footer [data-data-version]');
    if (changes.data_commit) await expect(footer).toContainText(`(version ${changes.data_commit.hash})`);
    else await expect(footer).toContainText('Version history is not available for this build.');
    await expect(footer.getByRole('link', { name: 'Changes to published figures' })).toHaveAttribute('href', at('/changes/'));
  }
  await page.goto(at('/data/'));
  await expect(page.locator('main').getByRole('link', { name: /every figure revised since/ })).toHaveAttribute('href', at('/changes/'));
});

test('the changes page lists each quarter first published, newest first, or says history is unavailable', async ({ page }) => {
  const changes = (await (await page.request.get(at('/api/changes.json'))).json()) as Changes;
  await page.goto(at('/changes/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Changes to published figures');
  if (!changes.data_commit) {
    await expect(page.locator('[data-history-unavailable]')).toBeVisible();
    return;
  }
  const rows = page.locator('tr[data-change]');
  await expect(rows).toHaveCount(changes.changes.length);
  const published = changes.changes.filter((c) => c.type === 'first_publication').map((c) => c.period);
  expect(published.length).toBeGreaterThan(0);
  await expect(page.locator(`#published-${published[0]}`)).toContainText('first published');
  const feed = await page.request.get(at('/changes.xml'));
  if (await page.locator('[data-feed-link]').count()) expect(feed.status()).toBe(200);
  else await expect(page.locator('[data-no-feed]')).toContainText('web address was not set');
});

test('a revised figure\'s r is a link to its revision, usable from the keyboard', async ({ page }) => {
  const changes = (await (await page.request.get(at('/api/changes.json'))).json()) as Changes;
  const revision = changes.changes.find((c) => c.type === 'revision');
  // The build made for this check must have its revision; any other build may have none.
  if (process.env.E2E_REVISED) expect(revision, 'the corrected figure is listed as a revision').toBeDefined();
  test.skip(!revision, 'this build has no revised figure');
  await page.goto(at(`/indicators/${revision!.indicator_id}/`));
  const mark = page.locator(`tr[data-period="${revision!.period}"] a.revised`);
  await expect(mark).toHaveAccessibleName(/^Revised: first published as .+ on \d{1,2} \w+ \d{4}/);
  await expect(page.locator('[data-revised-note]')).toContainText('r means revised');
  await mark.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${base}changes/#revised-${revision!.period}-${revision!.indicator_id}-${revision!.commit}$`));
  await expect(page.locator(`#revised-${revision!.period}-${revision!.indicator_id}-${revision!.commit}`)).toBeInViewport();
});
