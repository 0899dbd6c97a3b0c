// The RAG grid says which target each quarter was judged against wherever an indicator's target changed across the
// quarters it shows (issue 15, item 8): otherwise 85.7% green beside a later 89.8% amber reads as a mistake. Checked on
// every theme's grid page and every quarter's committee pack, on screen and in print, against the targets the API
// publishes for each quarter; a row whose target never changed carries no extra words.
import { expect, test, type Page } from './fixtures.ts';

interface IndicatorsJson {
  periods: string[];
  indicators: { id: string; title: string }[];
}
interface ScorecardJson {
  indicators: { id: string; target: number | null; operator: string | null }[];
}
/** The target in force for one indicator in one quarter, as the API gives it; null when none. */
type Target = { value: number; operator: string } | null;

async function getJson<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path);
  expect(response.ok(), `${path} should be published`).toBe(true);
  return (await response.json()) as T;
}

/** Every indicator's target in every quarter, from /api/scorecard/<period>.json. */
async function publishedTargets(page: Page): Promise<{ meta: IndicatorsJson; targets: Map<string, Map<string, Target>> }> {
  const meta = await getJson<IndicatorsJson>(page, '/api/indicators.json');
  const targets = new Map<string, Map<string, Target>>(meta.indicators.map((i) => [i.id, new Map()]));
  for (const period of meta.periods) {
    const scorecard = await getJson<ScorecardJson>(page, `/api/scorecard/${period}.json`);
    for (const row of scorecard.indicators) {
      targets.get(row.id)!.set(period, row.target === null ? null : { value: row.target, operator: row.operator! });
    }
  }
  return { meta, targets };
}

const key = (target: Target) => (target === null ? 'none' : `${target.operator} ${target.value}`);
const SYMBOL: Record<string, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<' };

/** Whether a cell's text states this target: its operator and its value, at whatever precision it is shown. */
function states(text: string, target: Target): boolean {
  if (target === null) return /No target/.test(text);
  const symbol = SYMBOL[target.operator]!;
  const m = new RegExp(`${symbol}\\s*(-?[\\d,]+(?:\\.(\\d+))?)`).exec(text);
  if (!m) return false;
  const shown = Number(m[1]!.replace(/,/g, ''));
  return Math.abs(shown - target.value) <= 0.5 * 10 ** -(m[2]?.length ?? 0) + 1e-9;
}

interface GridRow {
  id: string;
  /** The line under the row naming its targets, cell by cell: the quarters it covers (by column), its text and whether it spans their columns on screen. */
  band: { periods: string[]; text: string; visible: boolean; aligned: boolean }[] | null;
}

/** Reads each grid table on the page: its quarters (latest first) and, for each indicator row, the line of targets under it. */
async function readGrids(page: Page): Promise<{ periods: string[]; rows: GridRow[] }[]> {
  return page.locator('table.rag-grid').evaluateAll((tables) =>
    tables.map((table) => {
      const headers = [...table.querySelectorAll<HTMLElement>('thead th[data-period]')];
      const periods = headers.map((th) => th.dataset.period!);
      const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr[data-indicator]')].map((tr) => {
        const id = tr.dataset.indicator!;
        const next = tr.nextElementSibling as HTMLTableRowElement | null;
        if (!next || next.dataset.targetBand !== id) return { id, band: null };
        let column = 0;
        const band = [...next.cells].map((td) => {
          const covered = headers.slice(column, column + td.colSpan);
          column += td.colSpan;
          const box = td.getBoundingClientRect();
          const first = covered[0]!.getBoundingClientRect();
          const last = covered[covered.length - 1]!.getBoundingClientRect();
          const style = getComputedStyle(td);
          return {
            periods: covered.map((th) => th.dataset.period!),
            text: td.innerText,
            visible: box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none',
            aligned: Math.abs(box.left - first.left) <= 2 && Math.abs(box.right - last.right) <= 2,
          };
        });
        return { id, band };
      });
      return { periods, rows };
    }),
  );
}

/** What is wrong with the grids on the page, one line each; also counts the rows whose target changed. */
async function gridProblems(page: Page, where: string, targets: Map<string, Map<string, Target>>): Promise<{ problems: string[]; changed: number }> {
  const problems: string[] = [];
  let changed = 0;
  const grids = await readGrids(page);
  expect(grids.length, `${where} has a RAG grid`).toBeGreaterThan(0);
  for (const grid of grids) {
    for (const row of grid.rows) {
      const expected = grid.periods.map((period) => targets.get(row.id)!.get(period)!);
      if (new Set(expected.map(key)).size === 1) {
        if (row.band) problems.push(`${where} ${row.id}: its target never changed in these quarters, yet it has a line of targets`);
        continue;
      }
      changed++;
      if (!row.band) {
        problems.push(`${where} ${row.id}: its target changed (${[...new Set(expected.map(key))].join(', ')}) but the row does not say so`);
        continue;
      }
      const covered = row.band.flatMap((cell) => cell.periods);
      if (covered.join(' ') !== grid.periods.join(' ')) problems.push(`${where} ${row.id}: the targets cover ${covered.join(' ')}, not every quarter`);
      for (const cell of row.band) {
        if (!cell.visible) problems.push(`${where} ${row.id}: "${cell.text}" is not shown`);
        if (!cell.aligned) problems.push(`${where} ${row.id}: "${cell.text}" does not line up with ${cell.periods.join(' ')}`);
        for (const period of cell.periods) {
          const target = targets.get(row.id)!.get(period)!;
          if (!states(cell.text, target)) problems.push(`${where} ${row.id} ${period}: judged against ${key(target)}, but the line under it says "${cell.text}"`);
        }
      }
    }
  }
  return { problems, changed };
}

/** How many rows should show a change of target for these quarters, from the API alone. */
function changedRows(targets: Map<string, Map<string, Target>>, periods: string[]): number {
  return [...targets.values()].filter((byPeriod) => new Set(periods.map((p) => key(byPeriod.get(p)!))).size > 1).length;
}

test.describe('the RAG grid names the target each quarter was judged against where it changed', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('on every theme page, on screen and in print', async ({ page }) => {
    test.setTimeout(120_000);
    const { meta, targets } = await publishedTargets(page);
    await page.goto('/rag-grid/');
    const themePages = await page.locator('[data-rag-grid-theme] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    const problems: string[] = [];
    let changed = 0;
    for (const media of ['screen', 'print'] as const) {
      await page.emulateMedia({ media });
      changed = 0;
      for (const href of themePages) {
        await page.goto(href);
        const found = await gridProblems(page, `${href} (${media})`, targets);
        problems.push(...found.problems);
        changed += found.changed;
      }
    }
    expect(problems, problems.slice(0, 20).join('\n')).toEqual([]);
    expect(changed).toBe(changedRows(targets, meta.periods));
  });

  test("in every quarter's committee pack, on screen and in print", async ({ page }) => {
    test.setTimeout(180_000);
    const { meta, targets } = await publishedTargets(page);
    const problems: string[] = [];
    for (const period of meta.periods) {
      for (const media of ['screen', 'print'] as const) {
        await page.emulateMedia({ media });
        await page.goto(`/pack/${period}/`);
        const shown = await page.locator('[data-pack-section="rag-grid"] table.rag-grid thead th[data-period]').evaluateAll((ths) => ths.map((th) => (th as HTMLElement).dataset.period!));
        const found = await gridProblems(page, `/pack/${period}/ (${media})`, targets);
        problems.push(...found.problems);
        expect(found.changed, `/pack/${period}/ shows every change of target in its quarters`).toBe(changedRows(targets, shown));
      }
    }
    expect(problems, problems.slice(0, 20).join('\n')).toEqual([]);
  });
});
