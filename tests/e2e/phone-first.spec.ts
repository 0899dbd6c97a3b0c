// A scorecard a councillor reads in ten seconds, on a phone and on a desktop (issue 15, items 1 to 3): on a phone
// every row's name, figure, rating and target lie on the screen as the page opens, with the other facts below
// them and nothing to scroll sideways; on a 1280 px screen no scorecard scrolls sideways and each column heading
// sits above its cells; and the home page puts the answer first. Every page with a scorecard is checked: the home
// page, every quarter's page and the latest quarter's committee pack. Expectations come from the published API.
import { expect, test, type Page } from './fixtures.ts';

interface Meta {
  periods: string[];
  comparators: { id: string; label: string }[];
}
interface ScorecardJson {
  indicators: { id: string; title: string; value: number | null; numerator: number | null; denominator: number | null; rag: string; comparators: { id: string; value: number | null }[] }[];
}

async function meta(page: Page): Promise<Meta> {
  return (await (await page.request.get('/api/indicators.json')).json()) as Meta;
}

async function scorecardPages(page: Page): Promise<string[]> {
  const { periods } = await meta(page);
  return ['/', ...periods.map((p) => `/quarters/${p}/`), `/pack/${periods.at(-1)}/`];
}

/**
 * For each scorecard row on the page as it opens (not scrolled), which of its facts have text outside the screen's
 * width, or are not shown at all. The core (name, rating word and shape, figure, target) must lie wholly on the
 * screen; so must the other facts, which stay on the page below them.
 */
async function rowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > width) problems.push(`the page is ${document.documentElement.scrollWidth - width}px wider than the screen`);
    for (const table of document.querySelectorAll<HTMLElement>('table.scorecard')) {
      const region = table.parentElement!;
      if (region.scrollWidth > region.clientWidth) problems.push(`a scorecard scrolls sideways by ${region.scrollWidth - region.clientWidth}px`);
    }
    /** The boxes of an element's text, as laid out (leaving out text for screen readers only, clipped to a pixel). */
    const textRects = (el: Element): DOMRect[] => {
      const rects: DOMRect[] = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent!.trim() || node.parentElement!.getBoundingClientRect().width <= 1) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        rects.push(...[...range.getClientRects()].filter((r) => r.width > 0));
      }
      return rects;
    };
    for (const row of document.querySelectorAll<HTMLTableRowElement>('table.scorecard tr[data-indicator]')) {
      const id = row.dataset.indicator!;
      const rag = row.querySelector('[data-cell="rag"] [data-rag]');
      const noTarget = rag?.getAttribute('data-rag') === 'no_target';
      const facts: [string, Element | null][] = [
        ['name', row.querySelector('th a')],
        ['rating', rag],
        ['figure', row.querySelector('[data-cell="value"]')],
        // A context measure's rating says "No target" itself; its empty target cell may be left out on a phone.
        ...(noTarget ? [] : [['target', row.querySelector('[data-cell="target"]')] as [string, Element | null]]),
        ['direction since the quarter before', row.querySelector('[data-cell="direction"]')],
        ['direction since a year earlier', row.querySelector('[data-cell="year-earlier"]')],
        ['SPC variation', row.querySelector('[data-cell="variation"]')],
        ...[...row.querySelectorAll('[data-comparator]')].map((el) => [`comparison ${el.getAttribute('data-comparator')}`, el] as [string, Element]),
      ];
      for (const [fact, el] of facts) {
        const rects = el ? textRects(el) : [];
        if (rects.length === 0) problems.push(`${id}: the ${fact} is not shown`);
        for (const r of rects) {
          if (r.left < 0 || r.right > width + 0.5) problems.push(`${id}: the ${fact} runs off the screen (${Math.round(r.left)} to ${Math.round(r.right)} of ${width}px)`);
        }
      }
      // The rating's shape, drawn by the stylesheet beside its word.
      if (rag && !/[●▲◆○–]/.test(getComputedStyle(rag, '::before').content)) problems.push(`${id}: the rating has no shape`);
    }
    return problems;
  });
}

for (const width of [320, 375]) {
  test(`at ${width} px every scorecard row shows its name, figure, rating and target on the screen, and its other facts below`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 812 });
    for (const path of await scorecardPages(page)) {
      await page.goto(path);
      const rows = await page.locator('table.scorecard tr[data-indicator]').count();
      expect(rows, path).toBeGreaterThan(0);
      const problems = await rowProblems(page);
      expect(problems, `${path}:\n${problems.slice(0, 20).join('\n')}`).toEqual([]);
    }
  });
}

test('on a phone a row keeps the number of children a figure is of, and each comparison its area and judgement', async ({ page }) => {
  const { periods, comparators } = await meta(page);
  const scorecard = (await (await page.request.get(`/api/scorecard/${periods.at(-1)}.json`)).json()) as ScorecardJson;
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/');
  const counted = scorecard.indicators.find((i) => i.numerator !== null && i.denominator !== null)!;
  await expect(page.locator(`tr[data-indicator="${counted.id}"] [data-cell="value"] small`)).toBeVisible();
  await expect(page.locator(`tr[data-indicator="${counted.id}"] [data-cell="value"] small`)).toHaveText(`${counted.numerator!.toLocaleString('en-GB')} of ${counted.denominator!.toLocaleString('en-GB')}`);
  for (const comparator of comparators) {
    const row = scorecard.indicators.find((i) => i.comparators.some((c) => c.id === comparator.id && c.value !== null))!;
    const cell = page.locator(`tr[data-indicator="${row.id}"] [data-comparator="${comparator.id}"]`);
    await expect(cell).toBeVisible();
    expect((await cell.innerText()).replace(/\s+/g, ' ').trim().startsWith(`${comparator.label} `), `${row.id}: ${comparator.label}`).toBe(true);
    await expect(cell).toContainText(/We are (better|worse|similar|higher|lower)|No comparison/);
  }
});

test('at 1280 px no scorecard scrolls sideways, and every column heading sits above its cells', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const path of await scorecardPages(page)) {
    await page.goto(path);
    const problems = await page.evaluate(() => {
      const out: string[] = [];
      for (const table of document.querySelectorAll<HTMLTableElement>('table.scorecard')) {
        const region = table.parentElement!;
        if (table.scrollWidth > region.clientWidth) out.push(`the scorecard is ${table.scrollWidth}px wide in ${region.clientWidth}px`);
        const headers = [...table.querySelectorAll('thead th')].map((th) => th.getBoundingClientRect());
        if (headers.some((h) => h.width === 0)) out.push('a column heading is not shown');
        for (const row of table.querySelectorAll<HTMLTableRowElement>('tr[data-indicator]')) {
          let column = 0;
          for (const cell of row.cells) {
            const first = headers[column];
            const last = headers[column + cell.colSpan - 1];
            const box = cell.getBoundingClientRect();
            if (!first || !last || box.left < first.left - 1 || box.right > last.right + 1) out.push(`${row.dataset.indicator}: the cell in column ${column + 1} is not under its heading`);
            column += cell.colSpan;
          }
          if (column !== headers.length) out.push(`${row.dataset.indicator}: ${column} columns under ${headers.length} headings`);
        }
      }
      return out;
    });
    expect(problems, `${path}:\n${problems.slice(0, 20).join('\n')}`).toEqual([]);
  }
});

/** Words of the main content before the first scorecard row, as read (text hidden with display: none is not). */
async function wordsBeforeFirstRow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const main = document.querySelector('main')!;
    const first = main.querySelector('table.scorecard tr[data-indicator]')!;
    const words: string[] = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!(first.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING)) break;
      if (node.parentElement?.checkVisibility()) words.push(...node.textContent!.split(/\s+/).filter(Boolean));
    }
    return words.length;
  });
}

test.describe('the home page on a 375 × 812 phone puts the answer first', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('the first row, or the list of red indicators, starts within two screens, after fewer than 250 words', async ({ page }) => {
    await page.goto('/');
    const words = await wordsBeforeFirstRow(page);
    expect(words, `${words} words before the first scorecard row`).toBeLessThan(250);
    const top = async (selector: string) => (await page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().top + window.scrollY));
    const firstRow = await top('table.scorecard tr[data-indicator]');
    const reds = await page.locator('[data-summary="reds"]').count();
    const answer = reds > 0 ? Math.min(firstRow, await top('[data-summary="reds"]')) : firstRow;
    expect(answer, `the first row is at ${Math.round(firstRow)}px`).toBeLessThan(2 * 812);
  });

  test('the red tile names every red indicator with its figure and target, as its row shows them', async ({ page }) => {
    const { periods } = await meta(page);
    const scorecard = (await (await page.request.get(`/api/scorecard/${periods.at(-1)}.json`)).json()) as ScorecardJson;
    const reds = scorecard.indicators.filter((i) => i.rag === 'red');
    await page.goto('/');
    await expect(page.locator('[data-summary="reds"] > li')).toHaveCount(reds.length);
    for (const red of reds) {
      const row = page.locator(`tr[data-indicator="${red.id}"]`);
      const value = (await row.locator('[data-cell="value"]').evaluate((el) => el.firstChild!.textContent!)).trim();
      const target = (await row.locator('[data-cell="target"]').innerText()).trim();
      // The figure as published, to the precision the page shows it.
      const shown = value.replace(/[,%£]/g, '');
      const decimals = shown.split('.')[1]?.length ?? 0;
      expect(Math.abs(Number(shown) - red.value!), red.id).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-9);
      const item = page.locator('[data-summary="reds"] > li', { has: page.locator(`a[href="#row-${red.id}"]`) });
      await expect(item.locator('a')).toHaveText(red.title);
      await expect(item).toContainText(`${value}, target ${target}`);
    }
  });

  test('what the site is and how to read it are one tap away, not in the way', async ({ page }) => {
    await page.goto('/');
    // Neither the site's description nor the legends come before the scorecard.
    const before = await page.evaluate(() => {
      const first = document.querySelector('table.scorecard tr[data-indicator]')!;
      return [...document.querySelectorAll('main p.lede, main #legend-heading, main #symbols-heading')].filter((el) => el.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).length;
    });
    expect(before).toBe(0);
    const link = page.locator('main').getByRole('link', { name: 'How to read this scorecard' });
    await expect(link).toBeInViewport();
    await link.click();
    await expect(page.locator('h1')).toHaveText('How to read this scorecard');
    // What the site is (site.json's description) opens the page.
    await expect(page.locator('main p.lede')).not.toBeEmpty();
    await expect(page.getByRole('region', { name: 'How to read the ratings' })).toContainText('meets its target');
    await expect(page.getByRole('region', { name: 'Symbols' })).toContainText('revised');
    await expect(page.locator('main').getByRole('link', { name: /How SPC works/ })).toHaveAttribute('href', '/about/spc/');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 375, height: 812 } });
  test('each row’s other facts are in the page as served', async ({ page }) => {
    await page.goto('/');
    const first = page.locator('table.scorecard tr[data-indicator]').first();
    for (const cell of ['direction', 'year-earlier', 'variation']) await expect(first.locator(`[data-cell="${cell}"]`)).toBeVisible();
  });
});
