// Headlines are driven by persistent reds and SPC special causes, not by the largest quarter-on-quarter moves
// (issue 10, item 3), and are short, with the link on the indicator's name alone (issue 15, item 3): checked
// against the published API, on the latest quarter's home page and its committee pack.
import { expect, test, type Page } from './fixtures.ts';

interface IndicatorJson {
  id: string;
  title: string;
  points: { period: string; value: number | null; rag: string }[];
  spc: { points: { period: string; variation: string }[] } | null;
}

/** The quarter before, e.g. 2025-26-Q1 -> 2024-25-Q4. */
function quarterBefore(period: string): string {
  const [, start, quarter] = /^(\d{4})-\d{2}-Q(\d)$/.exec(period)!;
  if (quarter !== '1') return `${period.slice(0, 8)}Q${Number(quarter) - 1}`;
  const year = Number(start) - 1;
  return `${year}-${String((year + 1) % 100).padStart(2, '0')}-Q4`;
}

/** What the API says each indicator's latest quarter should make of it. */
async function expectations(page: Page) {
  const meta = (await (await page.request.get('/api/indicators.json')).json()) as { periods: string[]; indicators: { id: string }[] };
  const latest = meta.periods.at(-1)!;
  const indicators = await Promise.all(
    meta.indicators.map(async ({ id }) => (await (await page.request.get(`/api/indicators/${id}.json`)).json()) as IndicatorJson),
  );
  return {
    latest,
    indicators: indicators.map((indicator) => {
      const rag = new Map(indicator.points.map((p) => [p.period, p.rag]));
      // Consecutive quarters rated red, ending at the latest: a quarter without a file or a figure ends the run.
      let run = 0;
      for (let quarter = latest; rag.get(quarter) === 'red'; quarter = quarterBefore(quarter)) run += 1;
      const point = indicator.spc?.points.at(-1);
      const signal = point?.period === latest ? point.variation : 'common_cause';
      const previous = rag.get(quarterBefore(latest));
      const noFigure = indicator.points.find((p) => p.period === latest)?.value === null;
      const now = rag.get(latest);
      return { id: indicator.id, title: indicator.title, run, signal, recovered: previous === 'red' && (now === 'green' || now === 'amber'), noFigure };
    }),
  };
}

async function checkHeadlines(page: Page, url: string) {
  const { indicators } = await expectations(page);
  await page.goto(url);
  const section = page.locator('[data-headlines]');
  await expect(section).toBeVisible();
  await expect(section.getByRole('heading', { name: /^Biggest (improvements|deteriorations)$/ })).toHaveCount(0);
  const item = (group: string, id: string) => section.locator(`[data-headline-group="${group}"] li`).filter({ has: page.locator(`a[href$="/indicators/${id}/"]`) });

  // The demo must show both kinds of headline, or this test proves nothing.
  expect(indicators.some((i) => i.run >= 3)).toBe(true);
  expect(indicators.some((i) => i.signal === 'concern')).toBe(true);

  for (const indicator of indicators) {
    if (indicator.run >= 2) await expect(item('still-reds', indicator.id)).toContainText(`red for ${indicator.run} quarters running`);
    if (indicator.run === 1) await expect(item('new-reds', indicator.id)).toContainText('now red');
    const rated = indicator.run > 0 || indicator.recovered;
    // Every concern is named: in its own group, or carried by the indicator's rating headline.
    if (indicator.signal === 'concern') {
      if (rated) await expect(section.locator(`li[data-signal="concern"]`).filter({ has: page.locator(`a[href$="/indicators/${indicator.id}/"]`) })).toHaveCount(1);
      else await expect(item('concerns', indicator.id)).toContainText('worse than usual');
    }
    if (indicator.signal === 'improvement' && rated) {
      await expect(section.locator(`li[data-signal="improvement"]`).filter({ has: page.locator(`a[href$="/indicators/${indicator.id}/"]`) })).toHaveCount(1);
    }
  }

  // Improvements not carried by a rating headline: named up to a few, the rest counted.
  const improvements = indicators.filter((i) => i.signal === 'improvement' && i.run === 0 && !i.recovered).map((i) => i.id);
  const named = await section.locator('[data-headline-group="improvements"] li a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('/').at(-2)!));
  expect(named.length).toBeGreaterThan(0);
  for (const id of named) expect(improvements).toContain(id);
  const more = improvements.length - named.length;
  if (more > 0) await expect(section.locator('[data-headlines-more]')).toHaveText(`And ${more} more indicators with a special cause improvement.`);

  // Nothing else is news: every indicator named is red, has just come out of red, shows a signal or has no figure,
  // so a figure that moved within its normal variation is never a headline.
  const linked = await section.locator('li a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('/').at(-2)!));
  for (const id of linked) {
    const indicator = indicators.find((i) => i.id === id)!;
    expect(indicator.run > 0 || indicator.recovered || indicator.signal === 'concern' || indicator.signal === 'improvement' || indicator.noFigure, id).toBe(true);
  }
}

/** Words in a piece of text, a figure such as 84.2% counting as one. */
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
/** The most words after the name (src/domain/headlines.ts, HEADLINE_WORDS). */
const AFTER_NAME = 17;

async function checkShort(page: Page, url: string) {
  const { indicators } = await expectations(page);
  await page.goto(url);
  const items = await page.locator('[data-headlines] li').evaluateAll((lis) =>
    lis.map((li) => ({ text: li.textContent!.replace(/\s+/g, ' ').trim(), links: [...li.querySelectorAll('a')].map((a) => ({ text: a.textContent!.replace(/\s+/g, ' ').trim(), href: a.getAttribute('href')! })) })));
  expect(items.length).toBeGreaterThan(0);
  for (const item of items) {
    // One link, on the indicator's name, which opens the headline; the news after it is plain text.
    expect(item.links, item.text).toHaveLength(1);
    const { title } = indicators.find((i) => i.id === item.links[0]!.href.split('/').at(-2))!;
    expect(item.links[0]!.text, item.text).toBe(title);
    expect(item.text.startsWith(`${title}: `), item.text).toBe(true);
    const news = item.text.slice(title.length + 2);
    // About 25 words: a name of up to 8 words and at most 17 after it (a longer name is never cut short).
    expect(words(news), item.text).toBeLessThanOrEqual(AFTER_NAME);
    expect(words(item.text), item.text).toBeLessThanOrEqual(Math.max(25, words(title) + AFTER_NAME));
    // The method is on the indicator's page, not in the headline.
    expect(item.text, item.text).not.toMatch(/process limit|in a row|not normal variation/);
  }
  // A red that is better than usual says why both are true; so does a figure out of red that is worse than usual.
  for (const group of ['new-reds', 'still-reds']) {
    for (const text of await page.locator(`[data-headline-group="${group}"] li`).allTextContents()) {
      if (text.includes('better than usual')) expect(text).toMatch(/but (below|above) target/);
    }
  }
  for (const text of await page.locator('[data-headline-group="recovered"] li').allTextContents()) {
    if (text.includes('worse than usual')) expect(text).toContain('but still worse than usual');
  }
}

test.describe('headlines', () => {
  test('each headline is short, with the link on the indicator’s name alone, on the home page and in the pack', async ({ page }) => {
    const { latest } = await expectations(page);
    await checkShort(page, '/');
    await checkShort(page, `/pack/${latest}/`);
  });

  test('the latest quarter names every persistent red with its run and every special cause, and no biggest movers', async ({ page }) => {
    await checkHeadlines(page, '/');
  });

  test('the committee pack carries the same headlines', async ({ page }) => {
    const { latest } = await expectations(page);
    await checkHeadlines(page, `/pack/${latest}/`);
    await page.goto('/');
    const home = await page.locator('[data-headlines] ul').allTextContents();
    await page.goto(`/pack/${latest}/`);
    expect(await page.locator('[data-headlines] ul').allTextContents()).toEqual(home);
  });
});
