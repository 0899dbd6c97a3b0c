// SPC that does not contradict the rating (issue 15, item 5): the API says when an indicator's process has changed
// in its latest 7 values; where it has, no page states a pass or fail assurance from limits that describe an
// earlier process; and no scorecard row, in any quarter, on any page, reads Red beside "Consistently passes" or
// Green beside "Consistently fails". Expected values come from the published API, so this holds on any data.
import { expect, test, type Page } from './fixtures.ts';

interface IndicatorJson {
  id: string;
  title: string;
  polarity: string;
  points: { period: string; value: number | null; rag: string }[];
  spc: null | {
    mean: number; upper_limit: number; lower_limit: number; assurance: string | null; process_changed: boolean;
    points: { period: string; variation: string; rule: string | null; mean?: number; upper_limit?: number; lower_limit?: number }[];
  };
}

const PROCESS_CHANGED = 'Process changed: limits need recalculating';

async function api(page: Page): Promise<{ periods: string[]; indicators: IndicatorJson[] }> {
  const meta = (await (await page.request.get('/api/indicators.json')).json()) as { periods: string[]; indicators: { id: string }[] };
  const indicators = await Promise.all(meta.indicators.map(async ({ id }) => (await (await page.request.get(`/api/indicators/${id}.json`)).json()) as IndicatorJson));
  return { periods: meta.periods, indicators };
}

/**
 * Each scorecard row's rating and assurance. The assurance cell is found by its hook where the table has one, else
 * as the cell that follows the variation cell (whose icon class starts v-), else the cell with an assurance icon
 * (a-): a row whose process has changed has no assurance icon. The row's whole text is kept too.
 */
async function rows(page: Page) {
  return page.locator('tr[data-indicator]').evaluateAll((trs) =>
    trs.flatMap((tr) => {
      const ragCell = tr.querySelector('[data-cell="rag"]');
      if (!ragCell) return [];
      const badge = ragCell.querySelector('[data-rag]');
      const rag = badge?.getAttribute('data-rag') ?? ragCell.textContent!.trim().toLowerCase();
      const cells = [...tr.querySelectorAll('td')];
      const variation = cells.findIndex((td) => [...td.classList].some((c) => c.startsWith('v-')));
      const assurance = tr.querySelector('[data-cell="assurance"]')
        ?? (variation >= 0 ? cells[variation + 1] : null)
        ?? cells.find((td) => [...td.classList].some((c) => c.startsWith('a-')))
        ?? null;
      return [{
        id: (tr as HTMLElement).dataset.indicator!,
        rag,
        assurance: assurance?.textContent!.replace(/\s+/g, ' ').trim() ?? null,
        assuranceIcon: assurance ? [...assurance.classList].find((c) => c.startsWith('a-')) ?? null : null,
        text: tr.textContent!.replace(/\s+/g, ' '),
      }];
    }),
  );
}

function expectNoContradiction(found: Awaited<ReturnType<typeof rows>>, where: string) {
  for (const row of found) {
    const label = `${where} ${row.id}: ${row.rag} beside "${row.assurance}"`;
    if (row.rag === 'red') {
      expect(row.assurance, label).not.toBe('Consistently passes');
      expect(row.assuranceIcon, label).not.toBe('a-p');
      expect(row.text, label).not.toContain('Consistently passes');
    }
    if (row.rag === 'green') {
      expect(row.assurance, label).not.toBe('Consistently fails');
      expect(row.assuranceIcon, label).not.toBe('a-f');
      expect(row.text, label).not.toContain('Consistently fails');
    }
  }
}

/** Any of the latest 7 values in the latest segment special cause: the rule in src/domain/spc/process-change.ts. */
function processChanged(spc: NonNullable<IndicatorJson['spc']>): boolean {
  // With a rebase every point carries its own segment's limits; the latest segment's are the top-level ones.
  const inLatest = spc.points.filter((p) => p.mean === undefined || (p.mean === spc.mean && p.upper_limit === spc.upper_limit && p.lower_limit === spc.lower_limit));
  return inLatest.slice(-7).some((p) => p.variation !== 'common_cause');
}

test('the API says, for every indicator with SPC, whether its process has changed in the latest 7 values', async ({ page }) => {
  const { indicators } = await api(page);
  for (const indicator of indicators) {
    if (indicator.spc === null) continue;
    expect(typeof indicator.spc.process_changed, indicator.id).toBe('boolean');
    expect(indicator.spc.process_changed, indicator.id).toBe(processChanged(indicator.spc));
  }
});

test('no scorecard row in any quarter reads Red beside Consistently passes, or Green beside Consistently fails', async ({ page }) => {
  test.setTimeout(180_000);
  const { periods, indicators } = await api(page);
  let checked = 0;
  for (const period of periods) {
    await page.goto(`/quarters/${period}/`);
    const found = await rows(page);
    expect([...new Set(found.map((r) => r.id))].sort(), period).toEqual(indicators.map((i) => i.id).sort());
    expectNoContradiction(found, period);
    checked += found.length;
  }
  for (const url of ['/', `/pack/${periods.at(-1)!}/`]) {
    await page.goto(url);
    const found = await rows(page);
    expect(found.length, url).toBeGreaterThan(0);
    expectNoContradiction(found, url);
  }
  expect(checked).toBeGreaterThanOrEqual(periods.length * indicators.length);
});

test('where the process has changed, the latest scorecard and the indicator page say the limits need recalculating, not a pass or fail', async ({ page }) => {
  const { periods, indicators } = await api(page);
  const latest = periods.at(-1)!;
  await page.goto('/');
  const home = await rows(page);
  const changed = indicators.filter((i) => i.spc?.process_changed && i.spc.assurance !== null);
  for (const indicator of indicators) {
    const row = home.find((r) => r.id === indicator.id)!;
    if (indicator.spc?.process_changed && indicator.spc.assurance !== null) {
      expect(row.assurance, indicator.id).toBe(PROCESS_CHANGED);
      expect(row.assuranceIcon, indicator.id).toBeNull();
    } else if (indicator.spc?.assurance) {
      expect(row.assurance, indicator.id).toMatch(/^(Consistently passes|Consistently fails|Hit and miss)$/);
    }
  }
  // The indicator page's reading: a changed process gets no assurance sentence (checked on a few, to keep it quick).
  for (const indicator of changed.slice(0, 3)) {
    await page.goto(`/indicators/${indicator.id}/`);
    const summary = page.locator('[data-spc-summary]');
    await expect(summary, indicator.id).toContainText(/A real change began in Q\d \d{4}\/\d{2}, so these limits describe an earlier process/);
    await expect(summary, indicator.id).toContainText('they need recalculating once the change has settled');
    await expect(summary, indicator.id).not.toContainText(/Consistently passes|Consistently fails|Hit and miss/);
  }
  const steady = indicators.find((i) => i.spc && !i.spc.process_changed && i.spc.assurance !== null && i.points.at(-1)?.period === latest);
  if (steady) {
    await page.goto(`/indicators/${steady.id}/`);
    await expect(page.locator('[data-spc-summary]')).toContainText(/(Consistently passes|Consistently fails|Hit and miss) against the target/);
  }
});

test('the SPC page explains a changed process, and the keys list its words', async ({ page }) => {
  await page.goto('/about/spc/');
  const section = page.locator('#process-changed');
  await expect(section).toHaveText('When the process has changed');
  await expect(page.locator('main')).toContainText(`It says ${PROCESS_CHANGED} instead`);
  await expect(page.locator('[data-spc-key="assurance"]')).toContainText(PROCESS_CHANGED);
  const { periods } = await api(page);
  await page.goto(`/pack/${periods.at(-1)!}/`);
  await expect(page.locator('[data-spc-legend]').first()).toContainText(PROCESS_CHANGED);
});
