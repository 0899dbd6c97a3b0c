import { expect, test, type Page } from './fixtures.ts';

interface AuditsJson {
  period: string;
  label: string;
  totals: {
    total: number; graded: number; not_graded: number; moderated: number | null; headlines: { label: string; count: number; total: number }[];
    lowest_grade: { scale: string; label: string; count: number; total: number }[];
  };
  activities: {
    activity: string;
    type: string;
    scale: string | null;
    total: number;
    graded: number;
    not_graded: number;
    headline: { label: string; count: number; total: number } | null;
    by_month: { month: string; total: number; graded: number; not_graded: number }[];
    previous: { period: string; graded: number } | null;
    moderated: number;
    agreed: number;
    upgraded: number;
    downgraded: number;
    auditor: Record<string, number>;
    final: Record<string, number>;
  }[];
}

async function latestAudits(page: Page): Promise<AuditsJson> {
  await page.goto('/quality/');
  const href = await page.getByRole('link', { name: /audits \(JSON\)/ }).getAttribute('href');
  const response = await page.request.get(href!);
  expect(response.ok()).toBe(true);
  return (await response.json()) as AuditsJson;
}

test.describe('quality assurance for a quarter', () => {
  test('the figures on the page agree with the published audit data', async ({ page }) => {
    const audits = await latestAudits(page);
    await expect(page.locator('h1')).toContainText(audits.label);
    // "Audits" are those done: the JSON's total is graded + not graded, and the tile gives it.
    expect(audits.totals.total).toBe(audits.totals.graded + audits.totals.not_graded);
    await expect(page.locator('[data-fact="total"] .summary__count')).toHaveText(String(audits.totals.total));
    // One share per pass line, each in its scale's own words; the demo's two scales have different words.
    const goods = page.locator('[data-summary="quality"] [data-fact="good"]');
    expect(audits.totals.headlines.map((h) => h.label)).toEqual(['good or better', 'meets good or better']);
    await expect(goods).toHaveCount(audits.totals.headlines.length);
    for (const [i, good] of audits.totals.headlines.entries()) {
      await expect(goods.nth(i)).toContainText(good.label);
      await expect(goods.nth(i).locator('.muted')).toHaveText(new RegExp(`^${good.count} of ${good.total} graded audits \\(\\d+%\\)$`));
    }

    // The lowest grade per scale, in the scale's words ("inadequate", "does not meet good"), never added.
    const lowest = page.locator('[data-summary="quality"] [data-fact="lowest"]');
    expect(audits.totals.lowest_grade.map((l) => l.label)).toEqual(['inadequate', 'does not meet good']);
    await expect(lowest).toHaveCount(audits.totals.lowest_grade.length);
    for (const [i, l] of audits.totals.lowest_grade.entries()) {
      await expect(lowest.nth(i)).toContainText(l.label);
      await expect(lowest.nth(i).locator('.muted')).toHaveText(new RegExp(`^${l.count} of ${l.total} graded audits \\(\\d+%\\)$`));
    }

    // The family support audits were done but not graded: listed and counted, with no section of shares.
    const ungraded = audits.activities.filter((a) => a.scale === null);
    expect(ungraded.map((a) => a.activity)).toEqual(['Family support case audits']);
    await expect(page.locator('[data-fact="not-graded"] .summary__count')).toHaveText(String(audits.totals.not_graded));
    for (const activity of ungraded) {
      await expect(page.locator(`[data-ungraded="${activity.activity}"]`)).toContainText(`${activity.not_graded} case-file audits done, not graded`);
      await expect(page.locator(`section.activity[data-activity="${activity.activity}"]`)).toHaveCount(0);
    }

    for (const activity of audits.activities.filter((a) => a.scale !== null)) {
      const section = page.locator(`section.activity[data-activity="${activity.activity}"]`);
      await expect(section.getByRole('heading', { level: 3 })).toHaveText(activity.activity);
      // Every audit is counted once before and once after moderation.
      expect(Object.values(activity.auditor).reduce((a, b) => a + b, 0)).toBe(activity.graded);
      expect(Object.values(activity.final).reduce((a, b) => a + b, 0)).toBe(activity.graded);
      expect(activity.agreed + activity.upgraded + activity.downgraded).toBe(activity.moderated);
      const mix = section.locator('table[data-table="grade-mix"]');
      for (const [grade, count] of Object.entries(activity.final)) {
        await expect(mix.locator(`tr[data-grade="${grade}"] td`).nth(1)).toHaveText(String(count));
      }
      await expect(section.getByRole('img', { name: /grades before and after moderation/ })).toBeVisible();
      if (activity.moderated > 0) await expect(section.locator('[data-fact="moderation"]')).toContainText(`${activity.agreed} agreed`);
      await expect(section.locator('[data-fact="good"]')).toContainText(`Graded ${activity.headline!.label}`);
      // Months as a table and a chart where the data gives them.
      const months = section.locator('table[data-table="months"] tbody tr');
      await expect(months).toHaveCount(activity.by_month.length);
      if (activity.by_month.length > 0) await expect(section.getByRole('img', { name: /by month/ })).toBeVisible();
      if (activity.previous) await expect(section.locator('[data-fact="previous"]')).toContainText(`Previous quarter`);
    }
  });

  test('the first quarter, before moderation was reported, says so rather than that none was moderated', async ({ page }) => {
    await page.goto('/quality/2022-23-Q3/');
    await expect(page.locator('[data-summary="quality"] [data-fact="moderated"]')).toHaveText(/moderation not reported/);
    await expect(page.locator('table[data-table="by-type"] tfoot')).toContainText('not reported');
    await expect(page.getByText(/None of the \d+ was moderated/)).toHaveCount(0);
    const response = await page.request.get('/api/audits/2022-23-Q3.json');
    const json = (await response.json()) as AuditsJson;
    expect(json.totals.moderated).toBeNull();
  });

  test('feedback from children and families agrees with the published data, with the trend of questions asked before', async ({ page }) => {
    await page.goto('/quality/');
    const href = await page.getByRole('link', { name: /audits \(JSON\)/ }).getAttribute('href');
    const { feedback } = (await (await page.request.get(href!)).json()) as {
      feedback: { groups: { source: string; method: string; questions: { question: string; agreed: number; asked: number }[] }[]; trends: { question: string; points: unknown[] }[] } | null;
    };
    expect(feedback).not.toBeNull();
    const section = page.locator('section[data-section="feedback"]');
    await expect(section.getByRole('heading', { level: 2 })).toHaveText(/^Feedback from children and families/);
    for (const group of feedback!.groups) {
      const table = section.getByRole('table', { name: `${group.source} (${group.method})` });
      for (const q of group.questions) {
        await expect(table.getByRole('row', { name: q.question })).toContainText(new RegExp(`${q.agreed} of ${q.asked} \\(\\d+%\\)`));
      }
    }
    const trend = section.getByRole('table', { name: /The same questions in earlier quarters/ });
    expect(feedback!.trends.length).toBeGreaterThan(0);
    for (const t of feedback!.trends) await expect(trend.getByRole('row', { name: new RegExp(t.question) }).locator('li')).toHaveCount(t.points.length);
    // A chart for each, with its summary as a caption and as the chart's text alternative.
    const charts = section.locator('figure[data-chart="feedback-trend"]');
    await expect(charts).toHaveCount(feedback!.trends.length);
    for (const [k, t] of feedback!.trends.entries()) {
      await expect(charts.nth(k).locator('figcaption')).toHaveText(new RegExp(`^${t.question}: \\d+% agreed in `));
      await expect(charts.nth(k).getByRole('img')).toHaveAccessibleName(new RegExp(t.question));
    }

    await page.goto(href!.replace(/.*api\/audits\/([^/]+)\.json$/, '/pack/$1/'));
    await expect(page.locator('[data-pack-section="feedback"] table[data-table="feedback"]')).toHaveCount(feedback!.groups.length);
    await expect(page.getByRole('navigation', { name: /contents/i }).getByRole('link', { name: /feedback from children and families/i })).toBeVisible();
  });

  test('states each percentage with its base', async ({ page }) => {
    await page.goto('/quality/');
    const facts = await page.locator('section.activity [data-fact="good"] strong').allTextContents();
    expect(facts.length).toBeGreaterThan(0);
    for (const fact of facts) expect(fact).toMatch(/^\d+ of \d+ \((<1|>99|\d+)%\)$/);
  });

  test('shows the narrative, the practice domains and the overdue actions', async ({ page }) => {
    await page.goto('/quality/');
    for (const heading of ['Strengths', 'Areas for improvement', 'Feedback from children and families', 'Next steps']) {
      await expect(page.getByRole('heading', { level: 3, name: heading })).toBeVisible();
    }
    const domains = page.locator('table[data-table="domains"] tbody tr');
    expect(await domains.count()).toBeGreaterThan(3);
    await expect(page.locator('[data-actions-summary]')).toContainText(/\d+ actions? (was|were) overdue/);
  });

  test('links each quarter to its scorecard and the scorecard back to it', async ({ page }) => {
    await page.goto('/');
    await page.locator('[data-quality-link] a').click();
    await expect(page).toHaveURL(/\/quality\/\d{4}-\d{2}-Q[1-4]\/$/);
    await page.getByRole('link', { name: /^Scorecard for / }).click();
    await expect(page.locator('h1')).toContainText('Latest scorecard');
  });
});

test.describe('quality assurance across quarters', () => {
  test('trends are charts with tables, one row per quarter, and one lowest-grade chart per scale', async ({ page }) => {
    await page.goto('/quality/trends/');
    for (const id of ['trend-good', 'trend-lowest', 'trend-lowest-2', 'trend-moderated']) {
      const section = page.locator(`section:has(h2#${id})`);
      await expect(section.locator('svg[role="img"]')).toBeVisible();
      await expect(section.locator('table tbody tr').first()).toBeVisible();
    }
  });

  test('the schedule links completed activities to their results', async ({ page }) => {
    await page.goto('/quality/schedule/');
    await expect(page.getByRole('heading', { name: 'Coming next' })).toBeVisible();
    const link = page.locator('li[data-status="complete"] a').first();
    const name = await link.textContent();
    await link.click();
    await expect(page.locator(`section.activity[data-activity="${name}"]`)).toBeVisible();
  });

  test('actions are split into overdue, open and completed, and linked from their indicators', async ({ page }) => {
    await page.goto('/actions/');
    const overdue = page.locator('table[data-table="actions-overdue"] tbody tr');
    expect(await overdue.count()).toBeGreaterThan(0);
    await expect(overdue.first().locator('[data-status="overdue"]')).toHaveText(/^Overdue/);
    const indicatorLink = page.locator('table[data-table^="actions-"] tbody td a[href^="/indicators/"]').first();
    const actionId = await indicatorLink.locator('xpath=ancestor::tr').getAttribute('data-action');
    await indicatorLink.click();
    await expect(page.locator('[data-indicator-actions]')).toContainText(`${actionId}:`);
  });
});
