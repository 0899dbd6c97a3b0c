// One figure, one value (issue 15, item 4): every count or share shown in more than one place is the same number
// with the same base. For every quarter of the built site (the demo, or a fixture folder built by
// scripts/test-optional-files.ts) this reads each figure where a reader meets it (home, quarter page, committee
// pack, quality assurance page, trends page, indicator page) and where a machine reads it (the JSON and CSV), and
// lists every disagreement at once.
//
// "Audits" means audits done everywhere: done = graded + not graded. The audit counts are worked out here from the
// rawest publication, /api/audits.csv (one row per count; blank grades for audits done but not graded), and every
// page and the JSON must give the same numbers. Pages state a figure in an element marked data-figure="<name>"
// (data-key names the activity, type, area, pass line or scale), so the text is read, not guessed at.
// Scorecard rows are read cell by cell: a [data-cell="<name>"] inside the row when there is one, otherwise by the
// table's column headings (readScorecardRows).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { formatCount, formatValue, operatorSymbol } from '../../src/domain/format.ts';
import { DIRECTION_WORDS, JUDGEMENT_WORDS, RAG_LABELS } from '../../src/domain/labels.ts';
import { periodShortLabel } from '../../src/domain/period.ts';
import { VARIATION_LABEL } from '../../src/domain/spc/wording.ts';
import type { Direction, Judgement, Operator, Polarity, RagStatus, Unit } from '../../src/domain/types.ts';
import { expect, test, type Page } from './fixtures.ts';

const site = path.resolve(process.env.OUT_DIR ?? 'dist');
const readSiteJson = <T>(...parts: string[]): T | null => {
  const file = path.join(site, ...parts);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : null;
};

interface IndicatorsJson {
  periods: string[];
  comparators: { id: string; label: string }[];
  indicators: { id: string; title: string; theme: string; unit: Unit; polarity: Polarity; decimals: number | null }[];
}
// The quarters to walk, from the built site itself so that each is a test of its own (and runs in parallel).
const meta = readSiteJson<IndicatorsJson>('api', 'indicators.json');
const periods = meta?.periods ?? [];
const auditsDir = path.join(site, 'api', 'audits');
const qaPeriods = existsSync(auditsDir)
  ? readdirSync(auditsDir).filter((f) => /^\d{4}-\d{2}-Q[1-4]\.json$/.test(f)).map((f) => f.slice(0, -'.json'.length)).sort()
  : [];

async function getJson<T>(page: Page, url: string): Promise<T> {
  const response = await page.request.get(url);
  expect(response.ok(), `${url} should be published`).toBe(true);
  return (await response.json()) as T;
}

async function getCsv(page: Page, url: string): Promise<Record<string, string>[]> {
  const response = await page.request.get(url);
  expect(response.ok(), `${url} should be published`).toBe(true);
  const text = (await response.text()).replace(/^\uFEFF/, '');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

/** Every disagreement found, one line each, so a failing run names them all. */
class Findings {
  readonly lines: string[] = [];
  same(where: string, figure: string, shown: unknown, expected: unknown): void {
    if (JSON.stringify(shown) !== JSON.stringify(expected)) this.lines.push(`${where}: ${figure} is ${JSON.stringify(shown)}, expected ${JSON.stringify(expected)}`);
  }
  add(line: string): void {
    this.lines.push(line);
  }
}

function assertNone(findings: Findings): void {
  expect(findings.lines, `${findings.lines.length} figures disagree:\n${findings.lines.join('\n')}`).toEqual([]);
}

interface Figure {
  name: string;
  key: string | null;
  text: string;
}

/** Every figure a page states, in page order. */
async function figuresOn(page: Page, url: string): Promise<Figure[]> {
  const response = await page.goto(url);
  expect(response?.ok(), `${url} should be published`).toBe(true);
  return page.locator('[data-figure]').evaluateAll((elements) =>
    elements.map((el) => ({ name: el.getAttribute('data-figure')!, key: el.getAttribute('data-key'), text: (el.textContent ?? '').replace(/\s+/g, ' ').trim() })),
  );
}

const count = (text: string): number | null => (/^\d[\d,]*$/.test(text) ? Number(text.replace(/,/g, '')) : null);
/** Every "C of T" in a text, as [count, base] pairs. */
const sharesIn = (text: string): [number, number][] => [...text.matchAll(/(\d[\d,]*) of (?:the )?(\d[\d,]*)/g)].map((m) => [Number(m[1]!.replace(/,/g, '')), Number(m[2]!.replace(/,/g, ''))]);

// ---------------------------------------------------------------------------------------------------------------
// Quality assurance

interface Tally {
  done: number;
  graded: number;
  notGraded: number;
  moderated: number;
  /** Graded at the pass line. */
  good: number;
}
const tally = (): Tally => ({ done: 0, graded: 0, notGraded: 0, moderated: 0, good: 0 });

/** The quarter's audit counts, added up from its rows in /api/audits.csv. */
function countsFromCsv(rows: readonly Record<string, string>[]) {
  const all = tally();
  const by = (map: Map<string, Tally>, key: string) => map.get(key) ?? map.set(key, tally()).get(key)!;
  const activities = new Map<string, Tally>();
  const types = new Map<string, Tally>();
  const areas = new Map<string, Tally>();
  const activityAreas = new Map<string, Tally>();
  const activityMonths = new Map<string, Tally>();
  const headlines = new Map<string, Tally>();
  const scales = new Map<string, Tally>();
  for (const row of rows) {
    const n = Number(row.count);
    const graded = row.final_grade !== '';
    const targets = [all, by(activities, row.activity!), by(types, row.type!), by(areas, row.service_area!), by(activityAreas, JSON.stringify([row.activity, row.service_area]))];
    if (row.month) targets.push(by(activityMonths, JSON.stringify([row.activity, row.month])));
    if (graded) targets.push(by(headlines, row.headline!), by(scales, row.scale!));
    for (const t of targets) {
      t.done += n;
      if (graded) t.graded += n;
      else t.notGraded += n;
      if (row.moderated_grade) t.moderated += n;
      if (row.final_grade_good === 'true') t.good += n;
    }
  }
  return { all, activities, types, areas, activityAreas, activityMonths, headlines, scales, moderationReported: rows.some((row) => row.moderation_reported === 'true') };
}
type QaCounts = ReturnType<typeof countsFromCsv>;

interface ShareJson {
  label: string;
  count: number;
  total: number;
}
interface CountsJson {
  total: number;
  graded?: number;
  not_graded: number;
}
interface AuditsJson {
  period: string;
  feedback: { groups: { source: string; method: string; questions: { question: string; agreed: number | null; asked: number | null; withheld: boolean }[] }[] } | null;
  totals: CountsJson & { moderated: number | null; headlines: ShareJson[]; lowest_grade: (ShareJson & { scale: string })[] };
  by_type: (CountsJson & { type: string })[];
  by_service_area: (CountsJson & { service_area: string })[];
  activities: (CountsJson & {
    activity: string;
    type: string;
    scale: string | null;
    moderated: number | null;
    headline: ShareJson | null;
    lowest_grade: { count: number; total: number } | null;
    service_areas: (Partial<CountsJson> & { service_area: string })[];
    by_month: (Partial<CountsJson> & { month: string })[];
  })[];
}

/** done, graded and not graded of one group in the JSON, against the CSV's. */
function checkCounts(findings: Findings, where: string, json: Partial<CountsJson> | undefined, expected: Tally | undefined): void {
  const want = expected ?? tally();
  if (!json) {
    findings.add(`${where}: missing (the CSV has ${want.done} done)`);
    return;
  }
  findings.same(where, 'total (audits done)', json.total, want.done);
  findings.same(where, 'graded', json.graded, want.graded);
  findings.same(where, 'not_graded', json.not_graded, want.notGraded);
}

function checkAuditsJson(findings: Findings, api: AuditsJson, counts: QaCounts): void {
  const where = `/api/audits/${api.period}.json`;
  checkCounts(findings, `${where} totals`, api.totals, counts.all);
  if (counts.moderationReported) findings.same(`${where} totals`, 'moderated', api.totals.moderated, counts.all.moderated);
  for (const [label, t] of counts.headlines) {
    const h = api.totals.headlines.find((x) => x.label === label);
    findings.same(`${where} totals.headlines "${label}"`, 'count of total', h && [h.count, h.total], [t.good, t.graded]);
  }
  for (const [type, t] of counts.types) checkCounts(findings, `${where} by_type ${type}`, api.by_type.find((g) => g.type === type), t);
  if (api.by_service_area.length > 0) {
    for (const [area, t] of counts.areas) checkCounts(findings, `${where} by_service_area "${area}"`, api.by_service_area.find((g) => g.service_area === area), t);
  }
  for (const [activity, t] of counts.activities) {
    const a = api.activities.find((x) => x.activity === activity);
    checkCounts(findings, `${where} activity "${activity}"`, a, t);
    if (!a) continue;
    // An activity with none graded still counts what was done: total = not_graded.
    if (t.graded === 0) findings.same(`${where} activity "${activity}" (none graded)`, 'total', a.total, a.not_graded);
    if (a.headline) findings.same(`${where} activity "${activity}"`, 'headline count of total', [a.headline.count, a.headline.total], [t.good, t.graded]);
    const areas = [...counts.activityAreas].filter(([key]) => JSON.parse(key)[0] === activity).map(([key, v]) => [JSON.parse(key)[1] as string, v] as const);
    if (areas.some(([area]) => area !== '')) {
      for (const [area, v] of areas) checkCounts(findings, `${where} activity "${activity}" service_areas "${area}"`, a.service_areas.find((s) => s.service_area === area), v);
    }
    for (const [key, v] of counts.activityMonths) {
      const [name, month] = JSON.parse(key) as [string, string];
      if (name === activity) checkCounts(findings, `${where} activity "${activity}" by_month ${month}`, a.by_month.find((m) => m.month === month), v);
    }
  }
}

/** One figure a page states, against the CSV's counts and the JSON's shares. */
function checkFigure(findings: Findings, where: string, figure: Figure, counts: QaCounts, api: AuditsJson): void {
  const what = figure.key === null ? figure.name : `${figure.name} "${figure.key}"`;
  const number = count(figure.text);
  const shares = sharesIn(figure.text);
  const key = figure.key ?? '';
  const moderation = (t: Tally | undefined) => {
    const want = t ?? tally();
    if (/not reported/i.test(figure.text)) return findings.same(where, `${what} (reported?)`, false, counts.moderationReported);
    if (/^There were no audits/.test(figure.text)) return findings.same(where, `${what} (graded)`, 0, want.graded);
    const none = /^None of the (\d[\d,]*)/.exec(figure.text);
    if (none) return findings.same(where, `${what} (none of the graded)`, [0, count(none[1]!)], [want.moderated, want.graded]);
    findings.same(where, `${what} (moderated of graded)`, shares[0], [want.moderated, want.graded]);
  };
  switch (figure.name) {
    case 'audits-done': return findings.same(where, what, number, counts.all.done);
    case 'audits-graded': return findings.same(where, what, number, counts.all.graded);
    case 'audits-not-graded': return findings.same(where, what, number, counts.all.notGraded);
    case 'audits-moderated': return findings.same(where, what, number, counts.all.moderated);
    case 'moderation': return moderation(counts.all);
    case 'pass-line': {
      const t = counts.headlines.get(key);
      return findings.same(where, what, shares[0], [t?.good ?? 0, t?.graded ?? 0]);
    }
    case 'lowest-grade': {
      const l = api.totals.lowest_grade.find((x) => x.scale === key);
      findings.same(where, `${what} base (graded on the scale)`, shares[0]?.[1], counts.scales.get(key)?.graded ?? 0);
      return findings.same(where, what, shares[0], l && [l.count, l.total]);
    }
    case 'lowest-grades':
      return findings.same(where, what, shares, api.totals.lowest_grade.map((l) => [l.count, l.total]));
    case 'type-done': return findings.same(where, what, number, counts.types.get(key)?.done ?? 0);
    case 'type-graded': return findings.same(where, what, number, counts.types.get(key)?.graded ?? 0);
    case 'type-not-graded': return findings.same(where, what, number, counts.types.get(key)?.notGraded ?? 0);
    case 'area-done': return findings.same(where, what, number, counts.areas.get(key)?.done ?? 0);
    case 'area-graded': return findings.same(where, what, number, counts.areas.get(key)?.graded ?? 0);
    case 'area-not-graded': return findings.same(where, what, number, counts.areas.get(key)?.notGraded ?? 0);
    case 'activity-done': return findings.same(where, what, number, counts.activities.get(key)?.done ?? 0);
    case 'activity-graded': return findings.same(where, what, number, counts.activities.get(key)?.graded ?? 0);
    case 'activity-not-graded': return findings.same(where, what, number, counts.activities.get(key)?.notGraded ?? 0);
    case 'activity-pass-line': {
      const t = counts.activities.get(key);
      return findings.same(where, what, shares[0], [t?.good ?? 0, t?.graded ?? 0]);
    }
    case 'activity-lowest-grade':
      return findings.same(where, `${what} base (graded)`, shares[0]?.[1], counts.activities.get(key)?.graded ?? 0);
    case 'activity-moderation': return moderation(counts.activities.get(key));
    default:
      return findings.add(`${where}: ${what} is a figure this test does not know; add it to checkFigure`);
  }
}

/** The figures a page must state, so that a page without its hooks cannot pass by saying nothing. */
function expectStated(findings: Findings, where: string, figures: readonly Figure[], names: readonly string[]): void {
  for (const name of names) if (!figures.some((f) => f.name === name)) findings.add(`${where}: states no ${name} figure`);
}

/** Feedback from children and families: each question's "agreed of asked" in the tables, against the JSON. */
async function checkFeedback(findings: Findings, page: Page, where: string, api: AuditsJson): Promise<void> {
  const shown = await page.locator('table[data-table="feedback"]').evaluateAll((tables) => tables.flatMap((table) => {
    const group = (table.querySelector('caption')?.textContent ?? '').trim();
    // A withheld share is the statistical symbol c (its element, whatever words it carries for screen readers).
    const withheldOr = (td: Element | null) => (td?.querySelector('[data-symbol="c"]') ? 'c' : (td?.textContent ?? '').trim());
    return [...table.querySelectorAll('tbody tr')].map((tr) => [`${group}: ${(tr.querySelector('th')?.textContent ?? '').trim()}`, withheldOr(tr.querySelector('td'))] as [string, string]);
  }));
  const expected = (api.feedback?.groups ?? []).flatMap((g) => g.questions.map((q) => [
    `${g.source} (${g.method}): ${q.question}`,
    q.withheld || q.agreed === null || q.asked === null ? null : [q.agreed, q.asked],
  ] as const));
  findings.same(where, 'feedback questions', shown.map(([question]) => question), expected.map(([question]) => question));
  for (const [question, share] of expected) {
    const text = shown.find(([q]) => q === question)?.[1] ?? '';
    findings.same(`${where} feedback "${question}"`, 'agreed of asked', share === null ? /^c\b/.test(text) : sharesIn(text)[0], share === null ? true : share);
  }
}

/** Improvement actions at the quarter's end, as each page words them: overdue, open and in time, completed (null: not said). */
async function actionsOn(page: Page): Promise<{ overdue: number | null; open: number | null; completed: number | null } | null> {
  const text = async (selector: string) => {
    const found = page.locator(selector).first();
    return (await found.count()) > 0 ? ((await found.textContent()) ?? '').replace(/\s+/g, ' ') : null;
  };
  const qa = await text('[data-actions-summary]');
  const pack = await text('[data-pack-section="actions"] p');
  const plan = await text('main p.lede');
  const line = await text('[data-quality-link]');
  let m: RegExpExecArray | null;
  if (qa && (m = /(\d+) actions? (?:was|were) overdue, (\d+) (?:was|were) open and in time, and (\d+) (?:was|were) complete/.exec(qa))) return { overdue: +m[1]!, open: +m[2]!, completed: +m[3]! };
  if (pack && (m = /(\d+) actions? (?:was|were) overdue and (\d+) (?:was|were) open and in time; (\d+) had been completed/.exec(pack))) return { overdue: +m[1]!, open: +m[2]!, completed: +m[3]! };
  if (plan && (m = /(\d+) overdue, (\d+) open and (\d+) completed/.exec(plan))) return { overdue: +m[1]!, open: +m[2]!, completed: +m[3]! };
  // The scorecard's line names overdue actions only, and only when there are some.
  if (line) return { overdue: Number(/(\d+) improvement actions? (?:was|were) overdue/.exec(line)?.[1] ?? 0), open: null, completed: null };
  return null;
}

/** The "All" cell of each trend table for the quarter, by the table's heading. */
async function trendCells(page: Page, period: string): Promise<Map<string, string>> {
  await page.goto('/quality/trends/');
  const cells = await page.locator('main section').evaluateAll((sections, p) => sections.flatMap((section) => {
    const heading = section.querySelector('h2')?.textContent?.trim();
    const cell = section.querySelector(`table tr[data-period="${p}"] td`);
    return heading && cell ? [[heading, (cell.textContent ?? '').trim()] as [string, string]] : [];
  }), period);
  return new Map(cells);
}

test.describe('quality assurance: every count and share is one number with one base everywhere', () => {
  test.skip(qaPeriods.length === 0, 'The site publishes no quality assurance.');

  for (const period of qaPeriods) {
    test(`${period}: the QA page, scorecard, pack, trends, JSON and CSV agree`, async ({ page }) => {
      test.setTimeout(120_000);
      const findings = new Findings();
      const csv = (await getCsv(page, '/api/audits.csv')).filter((row) => row.period === period);
      const counts = countsFromCsv(csv);
      const api = await getJson<AuditsJson>(page, `/api/audits/${period}.json`);

      // The quarter's own CSV holds the same rows as the all-quarters one.
      const own = await getCsv(page, `/api/audits/${period}.csv`);
      findings.same(`/api/audits/${period}.csv`, 'rows', own.map((r) => JSON.stringify(r)).sort(), csv.map((r) => JSON.stringify(r)).sort());
      checkAuditsJson(findings, api, counts);

      const pages: { url: string; must: string[] }[] = [
        { url: `/quality/${period}/`, must: counts.all.done > 0 ? ['audits-done'] : [] },
      ];
      if (periods.includes(period)) {
        pages.push({ url: `/quarters/${period}/`, must: ['audits-done'] }, { url: `/pack/${period}/`, must: ['audits-done'] });
        if (period === periods.at(-1)) pages.push({ url: '/', must: ['audits-done'] });
      }
      const actions = new Map<string, NonNullable<Awaited<ReturnType<typeof actionsOn>>>>();
      for (const { url, must } of pages) {
        const figures = await figuresOn(page, url);
        const stated = await actionsOn(page);
        if (stated) actions.set(url, stated);
        expectStated(findings, url, figures, must);
        for (const figure of figures) checkFigure(findings, url, figure, counts, api);
        if (url.startsWith('/quality/') || url.startsWith('/pack/')) await checkFeedback(findings, page, url, api);
        if (url.startsWith('/quality/')) {
          // Every activity done in the quarter is listed with what was done.
          for (const activity of counts.activities.keys()) {
            if (!figures.some((f) => f.name === 'activity-done' && f.key === activity)) findings.add(`${url}: states no activity-done figure for "${activity}"`);
          }
        }
      }

      // The improvement actions overdue, open and completed at the quarter's end, wherever they are counted.
      if (period === periods.at(-1) && (await page.request.get('/actions/')).ok()) {
        await page.goto('/actions/');
        const stated = await actionsOn(page);
        if (stated) actions.set('/actions/', stated);
      }
      const qaActions = actions.get(`/quality/${period}/`);
      if (qaActions) {
        for (const [url, stated] of actions) {
          for (const key of ['overdue', 'open', 'completed'] as const) {
            if (stated[key] !== null) findings.same(url, `actions ${key} at the quarter's end (as on /quality/${period}/)`, stated[key], qaActions[key]);
          }
        }
      }

      // The trends page's "All" column, for each pass line and lowest grade, and the share moderated.
      if (counts.all.graded > 0) {
        const trends = await trendCells(page, period);
        for (const [label, t] of counts.headlines) {
          findings.same(`/quality/trends/ "Graded ${label}"`, period, sharesIn(trends.get(`Graded ${label}`) ?? '')[0], [t.good, t.graded]);
        }
        if (counts.moderationReported) {
          findings.same('/quality/trends/ "Share moderated"', period, sharesIn(trends.get('Share moderated') ?? '')[0], [counts.all.moderated, counts.all.graded]);
        }
      }
      assertNone(findings);
    });
  }
});

// ---------------------------------------------------------------------------------------------------------------
// The scorecard

interface ScorecardJson {
  period: string;
  summary: Record<RagStatus, number>;
  indicators: {
    id: string;
    title: string;
    unit: Unit;
    value: number | null;
    suppressed: boolean;
    numerator: number | null;
    denominator: number | null;
    target: number | null;
    operator: Operator | null;
    rag: RagStatus;
    direction: Direction;
    previous: { period: string; value: number | null; suppressed: boolean };
    year_earlier: { period: string; value: number | null; suppressed: boolean; direction: Direction };
    comparators: { id: string; label: string; value: number | null; period: string | null; judgement: Judgement }[];
  }[];
}
interface IndicatorJson {
  id: string;
  points: { period: string; value: number | null; target: number | null; rag: RagStatus }[];
}

type Row = Record<string, string>;

/**
 * Each scorecard row's cells as text, by name: name, rag, value, target, direction, year-earlier, variation,
 * assurance and one per comparator id. A [data-cell="<name>"] (or [data-comparator="<id>"]) inside the row wins;
 * otherwise the cell under the column heading that names it (the value column is headed by the quarter).
 */
async function readScorecardRows(page: Page, comparators: readonly { id: string; label: string }[]): Promise<Map<string, Row>> {
  const rows = await page.locator('table.scorecard').evaluateAll((tables, comps) => tables.flatMap((table) => {
    const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const headers = [...table.querySelectorAll('thead tr:last-child th')].flatMap((th) => {
      const span = Number(th.getAttribute('colspan') ?? 1);
      return new Array<string>(span).fill(text(th));
    });
    const keyOf = (heading: string): string => {
      if (heading === 'Indicator') return 'name';
      if (heading === 'RAG') return 'rag';
      if (heading === 'Target') return 'target';
      if (heading === 'Variation') return 'variation';
      if (heading === 'Assurance') return 'assurance';
      if (/^Since .*a year earlier/.test(heading)) return 'year-earlier';
      if (/^Since /.test(heading)) return 'direction';
      const comparator = comps.find((c) => heading === c.label || heading.startsWith(`${c.label} `) || heading.startsWith(c.label));
      return comparator ? `comparator:${comparator.id}` : 'value';
    };
    return [...table.querySelectorAll('tbody tr[data-indicator]')].map((tr) => {
      const row: Record<string, string> = {};
      let column = 0;
      for (const cell of tr.children) {
        const span = Number(cell.getAttribute('colspan') ?? 1);
        const value = text(cell);
        for (let i = 0; i < span; i++) {
          const key = keyOf(headers[column] ?? '');
          row[key] = value;
          column += 1;
        }
      }
      for (const cell of tr.querySelectorAll('[data-cell]')) row[cell.getAttribute('data-cell')!] = text(cell);
      for (const cell of tr.querySelectorAll('[data-comparator]')) row[`comparator:${cell.getAttribute('data-comparator')}`] = text(cell);
      return [tr.getAttribute('data-indicator')!, row] as [string, Record<string, string>];
    });
  }), comparators);
  return new Map(rows);
}

const indicatorJsonCache = new Map<string, IndicatorJson>();
async function indicatorJson(page: Page, id: string): Promise<IndicatorJson> {
  if (!indicatorJsonCache.has(id)) indicatorJsonCache.set(id, await getJson<IndicatorJson>(page, `/api/indicators/${id}.json`));
  return indicatorJsonCache.get(id)!;
}

function fmt(value: number | null, id: string): string {
  const indicator = meta!.indicators.find((i) => i.id === id)!;
  return formatValue(value, indicator.unit, indicator.decimals);
}

/** What a scorecard row must say, from /api/scorecard/<period>.json. */
function checkRow(findings: Findings, where: string, row: Row | undefined, want: ScorecardJson['indicators'][number]): void {
  if (!row) return findings.add(`${where}: no row for ${want.id}`);
  const at = `${where} ${want.id}`;
  const value = want.suppressed ? 'c' : fmt(want.value, want.id);
  if (!(row.value ?? '').startsWith(value)) findings.same(at, 'value', row.value, value);
  if (want.numerator !== null && want.denominator !== null && !want.suppressed) {
    const base = `${formatCount(want.numerator)} of ${formatCount(want.denominator)}`;
    if (!(row.value ?? '').includes(base)) findings.same(at, 'value with its base', row.value, `${value} … ${base}`);
  }
  const target = want.target === null ? null : `${operatorSymbol(want.operator!)} ${fmt(want.target, want.id)}`;
  if (target !== null) findings.same(at, 'target', row.target, target);
  const rag = want.suppressed ? 'Not published' : RAG_LABELS[want.rag].word;
  findings.same(at, 'RAG', row.rag, rag);
  if (!want.suppressed) {
    if (!(row.direction ?? '').startsWith(DIRECTION_WORDS[want.direction])) findings.same(at, 'direction', row.direction, DIRECTION_WORDS[want.direction]);
    const was = fmt(want.previous.value, want.id);
    if (!want.previous.suppressed && !(row.direction ?? '').includes(was)) findings.same(at, 'direction (previous value)', row.direction, was);
    const yearDirection = DIRECTION_WORDS[want.year_earlier.direction];
    if (!(row['year-earlier'] ?? '').startsWith(yearDirection)) findings.same(at, 'direction since a year earlier', row['year-earlier'], yearDirection);
    const yearWas = fmt(want.year_earlier.value, want.id);
    if (!want.year_earlier.suppressed && !(row['year-earlier'] ?? '').includes(yearWas)) findings.same(at, 'value a year earlier', row['year-earlier'], yearWas);
  }
  for (const c of want.comparators) {
    const cell = row[`comparator:${c.id}`];
    // A row with no figure for any other area may say so once instead of a cell each.
    if (cell === undefined && c.value === null) continue;
    if (cell === undefined) {
      findings.add(`${at}: no ${c.label} figure (${fmt(c.value, want.id)})`);
      continue;
    }
    // The area's name, then its figure: both words of the page itself.
    const shown = `${c.label} ${fmt(c.value, want.id)}`;
    if (!cell.startsWith(shown)) findings.same(at, `${c.label} value`, cell, shown);
    if (c.judgement !== 'not_applicable' && !cell.includes(JUDGEMENT_WORDS[c.judgement])) findings.same(at, `${c.label} judgement`, cell, JUDGEMENT_WORDS[c.judgement]);
  }
}

/** The summary tiles and sentence against the rows on the same page and the JSON. */
async function checkSummary(findings: Findings, page: Page, where: string, rows: Map<string, Row>, api: ScorecardJson): Promise<void> {
  const tiles = await page.locator('[data-rag-count], [data-spc-count]').evaluateAll((els) => els.map((el) => ({
    rag: el.getAttribute('data-rag-count'), spc: el.getAttribute('data-spc-count'), count: (el.querySelector('.summary__count')?.textContent ?? '').trim(),
  })));
  for (const rag of ['green', 'amber', 'red'] as const) {
    const fromApi = api.indicators.filter((i) => i.rag === rag && !i.suppressed).length;
    findings.same(where, `summary in the JSON (${rag})`, api.summary[rag], fromApi);
    findings.same(where, `${rag} tile`, count(tiles.find((t) => t.rag === rag)?.count ?? ''), fromApi);
    findings.same(where, `${rag} rows`, [...rows.values()].filter((r) => r.rag === RAG_LABELS[rag].word).length, fromApi);
  }
  const variations = [...rows.values()].map((r) => r.variation ?? '');
  const spcWords: Record<string, RegExp> = {
    concern: new RegExp(`^${VARIATION_LABEL.concern}`),
    improvement: new RegExp(`^${VARIATION_LABEL.improvement}`),
    neutral: new RegExp(`^(${VARIATION_LABEL.neutral_high}|${VARIATION_LABEL.neutral_low})`),
    common_cause: new RegExp(`^${VARIATION_LABEL.common_cause}`),
  };
  for (const [key, pattern] of Object.entries(spcWords)) {
    const tile = tiles.find((t) => t.spc === key);
    const inRows = variations.filter((v) => pattern.test(v)).length;
    // A tile left out says none.
    findings.same(where, `SPC "${key}" tile against the Variation cells`, tile ? count(tile.count) : 0, inRows);
  }
  const sentence = (await page.locator('[data-summary="sentence"]').first().textContent()) ?? '';
  const said = /Of (\d+) indicators?, (\d+) (?:is|are) rated against a target: (\d+) green, (\d+) amber and (\d+) red/.exec(sentence.replace(/\s+/g, ' '));
  const rated = api.indicators.filter((i) => ['green', 'amber', 'red'].includes(i.rag) && !i.suppressed);
  findings.same(where, 'summary sentence (indicators, rated, green, amber, red)', said?.slice(1).map(Number), [
    api.indicators.length, rated.length, ...(['green', 'amber', 'red'] as const).map((rag) => rated.filter((i) => i.rag === rag).length),
  ]);
  // The red tile names each red indicator (and any figure it gives is the row's value or target).
  const reds = await page.locator('[data-summary="reds"] li').evaluateAll((lis) => lis.map((li) => ({
    title: (li.querySelector('a')?.textContent ?? '').replace(/\s+/g, ' ').trim(), text: (li.textContent ?? '').replace(/\s+/g, ' ').trim(),
  })));
  const wantReds = api.indicators.filter((i) => i.rag === 'red' && !i.suppressed);
  findings.same(where, 'red indicators named', reds.map((r) => r.title), wantReds.map((i) => i.title));
  for (const red of reds) {
    const want = wantReds.find((i) => i.title === red.title);
    if (!want) continue;
    const allowed = [want.value, want.target].filter((v) => v !== null).map((v) => fmt(v, want.id));
    for (const figure of figuresIn(red.text.slice(red.title.length))) {
      if (!allowed.includes(figure)) findings.add(`${where}: the red tile gives ${want.id} as ${figure}, not its figure or target (${allowed.join(', ')})`);
    }
  }
}

/** The ratings that changed since the quarter before, against the two quarters' JSON. */
async function checkChanges(findings: Findings, page: Page, where: string, api: ScorecardJson, before: ScorecardJson | null): Promise<void> {
  const shown = await page.locator('[data-summary="changes"] li').evaluateAll((lis) => lis.map((li) => ({
    id: /\/indicators\/([^/]+)\/$/.exec(li.querySelector('a')?.getAttribute('href') ?? '')?.[1] ?? '',
    rags: [...li.querySelectorAll('[data-rag]')].map((el) => el.getAttribute('data-rag')),
  })));
  const rated = (rag: RagStatus | undefined) => rag === 'green' || rag === 'amber' || rag === 'red';
  const expected = api.indicators.flatMap((i) => {
    const from = before?.indicators.find((b) => b.id === i.id)?.rag;
    return rated(from) && rated(i.rag) && from !== i.rag ? [{ id: i.id, rags: [from!, i.rag] }] : [];
  });
  findings.same(where, 'ratings changed since the quarter before', shown, expected);
}

/** Decimals and percentages in a text (bare whole numbers are counts of quarters or indicators), period labels left out. */
const figuresIn = (text: string): string[] => text.replace(/Q[1-4] \d{4}\/\d{2}/g, ' ').match(/-?\d[\d,]*\.\d+%?|-?\d[\d,]*%/g) ?? [];

/** Every figure a headline states is one of its indicator's figures for the quarter: value, target, or an earlier value. */
async function checkHeadlines(findings: Findings, page: Page, where: string, api: ScorecardJson): Promise<void> {
  const items = await page.locator('[data-headlines] li').evaluateAll((lis) => lis.map((li) => ({
    id: /\/indicators\/([^/]+)\/$/.exec(li.querySelector('a')?.getAttribute('href') ?? '')?.[1] ?? null,
    text: (li.textContent ?? '').replace(/\s+/g, ' ').trim(),
  })));
  for (const item of items) {
    const want = api.indicators.find((i) => i.id === item.id);
    if (!want) continue;
    const allowed = new Set([want.value, want.target, want.previous.value, want.year_earlier.value].filter((v) => v !== null).map((v) => fmt(v, want.id)));
    for (const figure of figuresIn(item.text)) {
      if (!allowed.has(figure)) findings.add(`${where}: the headline "${item.text}" states ${figure}, which is none of ${want.id}'s figures (${[...allowed].join(', ')})`);
    }
  }
}

/** Each RAG grid cell's rating word and figure, by indicator and quarter. */
async function readRagGrid(page: Page): Promise<{ id: string; period: string; rag: string; value: string }[]> {
  return page.locator('table.rag-grid').evaluateAll((tables) => tables.flatMap((table) => {
    const quarters = [...table.querySelectorAll('thead th[data-period]')].map((th) => th.getAttribute('data-period')!);
    return [...table.querySelectorAll('tbody tr[data-indicator]')].flatMap((tr) => [...tr.querySelectorAll('td')].map((td, i) => ({
      id: tr.getAttribute('data-indicator')!,
      period: quarters[i] ?? '',
      rag: td.hasAttribute('data-suppressed') ? 'c' : (td.querySelector('.rag')?.textContent ?? '').trim(),
      value: (td.querySelector('.value')?.textContent ?? '').trim(),
    })));
  }));
}

function checkRagGrid(findings: Findings, where: string, cells: Awaited<ReturnType<typeof readRagGrid>>, scorecards: ReadonlyMap<string, ScorecardJson>): void {
  for (const cell of cells) {
    const want = scorecards.get(cell.period)?.indicators.find((i) => i.id === cell.id);
    if (!want) continue;
    const at = `${where} ${cell.id} ${cell.period}`;
    if (want.suppressed) {
      findings.same(at, 'rating and figure', [cell.rag, cell.value], ['c', '']);
      continue;
    }
    findings.same(at, 'RAG', cell.rag, RAG_LABELS[want.rag].word);
    findings.same(at, 'value', cell.value, want.value === null ? '' : fmt(want.value, want.id));
  }
}

test.describe('the scorecard: every indicator figure is the same on every page, in the JSON and in the CSV', () => {
  test.skip(periods.length === 0, 'No built site to read.');

  for (const period of periods) {
    test(`${period}: home, quarter page, pack, JSON, CSV and indicator JSON agree`, async ({ page }) => {
      test.setTimeout(120_000);
      const findings = new Findings();
      const api = await getJson<ScorecardJson>(page, `/api/scorecard/${period}.json`);
      const csv = (await getCsv(page, '/api/scorecards.csv')).filter((row) => row.period === period);
      const cell = (v: number | null) => (v === null ? '' : String(v));

      for (const want of api.indicators) {
        const at = `/api/scorecards.csv ${period} ${want.id}`;
        const row = csv.find((r) => r.indicator_id === want.id);
        if (!row) {
          findings.add(`${at}: no row`);
          continue;
        }
        findings.same(at, 'value', row.value, want.suppressed ? 'c' : cell(want.value));
        findings.same(at, 'numerator, denominator', [row.numerator, row.denominator], [cell(want.numerator), cell(want.denominator)]);
        findings.same(at, 'target, operator', [row.target, row.operator], [cell(want.target), want.operator ?? '']);
        findings.same(at, 'rag', row.rag, want.rag);
        findings.same(at, 'direction', row.direction, want.direction);
        findings.same(at, 'value a year earlier', row.value_year_earlier, want.year_earlier.suppressed ? 'c' : cell(want.year_earlier.value));
        findings.same(at, 'direction since a year earlier', row.direction_year_earlier, want.year_earlier.direction);
        for (const c of want.comparators) {
          findings.same(at, `${c.id}`, [row[`${c.id}_value`], row[`${c.id}_period`], row[`${c.id}_judgement`]], [cell(c.value), c.period ?? '', c.judgement]);
        }
        const point = (await indicatorJson(page, want.id)).points.find((p) => p.period === period);
        findings.same(`/api/indicators/${want.id}.json ${period}`, 'value, target, rag', point && [point.value, point.target, point.rag], [want.suppressed ? null : want.value, want.target, want.rag]);
      }
      findings.same(`/api/scorecards.csv ${period}`, 'rows', csv.length, api.indicators.length);

      const urls = [`/quarters/${period}/`, `/pack/${period}/`, ...(period === periods.at(-1) ? ['/'] : [])];
      const shown = new Map<string, Map<string, Row>>();
      for (const url of urls) {
        const response = await page.goto(url);
        expect(response?.ok(), `${url} should be published`).toBe(true);
        const rows = await readScorecardRows(page, meta!.comparators);
        shown.set(url, rows);
        findings.same(url, 'rows', [...rows.keys()].sort(), api.indicators.map((i) => i.id).sort());
        for (const want of api.indicators) checkRow(findings, url, rows.get(want.id), want);
        await checkSummary(findings, page, url, rows, api);
        await checkHeadlines(findings, page, url, api);
        const previous = api.indicators[0]?.previous.period;
        await checkChanges(findings, page, url, api, previous && periods.includes(previous) ? await getJson<ScorecardJson>(page, `/api/scorecard/${previous}.json`) : null);
        if (url.startsWith('/pack/')) {
          // The pack's RAG grid: the last few quarters, each as its own scorecard gave it.
          const cells = await readRagGrid(page);
          const scorecards = new Map<string, ScorecardJson>();
          for (const p of new Set(cells.map((c) => c.period))) scorecards.set(p, await getJson<ScorecardJson>(page, `/api/scorecard/${p}.json`));
          findings.same(url, 'RAG grid rows', new Set(cells.map((c) => c.id)).size, api.indicators.length);
          checkRagGrid(findings, `${url} RAG grid`, cells, scorecards);
        }
      }
      // SPC is read as at the quarter: the same words wherever the quarter's row is shown.
      const [first, ...others] = urls;
      for (const url of others) {
        for (const [id, row] of shown.get(url)!) {
          const base = shown.get(first!)!.get(id);
          findings.same(`${url} ${id}`, `SPC variation and assurance as on ${first}`, [row.variation, row.assurance], [base?.variation, base?.assurance]);
        }
      }
      assertNone(findings);
    });
  }

  test('each indicator page gives every quarter the value, target and RAG of that quarter’s scorecard', async ({ page }) => {
    test.setTimeout(300_000);
    const findings = new Findings();
    const scorecards = new Map<string, ScorecardJson>();
    for (const period of periods) scorecards.set(period, await getJson<ScorecardJson>(page, `/api/scorecard/${period}.json`));
    for (const indicator of meta!.indicators) {
      const url = `/indicators/${indicator.id}/`;
      await page.goto(url);
      const rows = new Map(await page.locator('table[data-table="trend"] tbody tr[data-period]').evaluateAll((trs) => trs.map((tr) => [
        tr.getAttribute('data-period')!,
        [...tr.children].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()),
      ] as [string, string[]])));
      for (const [period, scorecard] of scorecards) {
        const want = scorecard.indicators.find((i) => i.id === indicator.id);
        const cells = rows.get(period);
        if (!want) continue;
        if (!cells) {
          findings.add(`${url}: no row for ${periodShortLabel(period)}`);
          continue;
        }
        // Quarter, value, target, RAG, direction, since a year earlier, comparators.
        const [, value = '', target = '', rag = ''] = cells;
        const shownValue = want.suppressed ? 'c' : fmt(want.value, want.id);
        if (!value.startsWith(shownValue)) findings.same(`${url} ${period}`, 'value', value, shownValue);
        if (want.target !== null) findings.same(`${url} ${period}`, 'target', target, `${operatorSymbol(want.operator!)} ${fmt(want.target, want.id)}`);
        findings.same(`${url} ${period}`, 'RAG', rag, want.suppressed ? 'Not published' : RAG_LABELS[want.rag].word);
        if (!want.suppressed) {
          findings.same(`${url} ${period}`, 'direction, and since a year earlier', [cells[4], cells[5]], [DIRECTION_WORDS[want.direction], DIRECTION_WORDS[want.year_earlier.direction]]);
        }
        want.comparators.forEach((c, i) => {
          const cell = cells[6 + i] ?? '';
          if (!cell.startsWith(fmt(c.value, want.id))) findings.same(`${url} ${period}`, `${c.label} value`, cell, fmt(c.value, want.id));
        });
      }
      // The opening line: the latest quarter's value, target and rating.
      const latest = scorecards.get(periods.at(-1)!)!.indicators.find((i) => i.id === indicator.id)!;
      const lede = ((await page.locator('[data-latest]').textContent()) ?? '').replace(/\s+/g, ' ');
      const figures = figuresIn(lede);
      const expected = [latest.suppressed ? null : latest.value, latest.target].filter((v) => v !== null).map((v) => fmt(v, indicator.id)).filter((v) => figuresIn(v).length > 0);
      findings.same(`${url} opening line`, 'figures', figures, expected);
      if (!lede.includes(latest.suppressed ? 'Not published' : RAG_LABELS[latest.rag].word)) findings.same(`${url} opening line`, 'RAG', lede, RAG_LABELS[latest.rag].word);
    }
    assertNone(findings);
  });

  test('the RAG grid gives every quarter the rating and value of that quarter’s scorecard', async ({ page }) => {
    test.setTimeout(120_000);
    const findings = new Findings();
    const scorecards = new Map<string, ScorecardJson>();
    for (const period of periods) scorecards.set(period, await getJson<ScorecardJson>(page, `/api/scorecard/${period}.json`));
    await page.goto('/rag-grid/');
    // The overview counts each theme's ratings in the latest quarter.
    const latest = scorecards.get(periods.at(-1)!)!;
    const overview = await page.locator('tr[data-rag-grid-theme]').evaluateAll((trs) => trs.map((tr) => ({
      theme: tr.getAttribute('data-rag-grid-theme')!, counts: [...tr.querySelectorAll('td')].map((td) => Number((td.textContent ?? '').trim())),
    })));
    for (const { theme, counts } of overview) {
      const rows = latest.indicators.filter((i) => meta!.indicators.find((m) => m.id === i.id)?.theme === theme);
      const rated = (rag: RagStatus) => rows.filter((i) => i.rag === rag && !i.suppressed).length;
      findings.same(`/rag-grid/ ${theme}`, 'indicators, green, amber, red, no target or no data', counts, [
        rows.length, rated('green'), rated('amber'), rated('red'), rows.length - rated('green') - rated('amber') - rated('red'),
      ]);
    }
    const themePages = await page.locator('[data-rag-grid-theme] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    findings.same('/rag-grid/', 'theme pages', themePages.length, new Set(meta!.indicators.map((i) => i.theme)).size);
    let cells = 0;
    for (const href of themePages) {
      await page.goto(href);
      const read = await readRagGrid(page);
      cells += read.length;
      checkRagGrid(findings, href, read, scorecards);
    }
    findings.same('/rag-grid/', 'cells', cells, meta!.indicators.length * periods.length);
    assertNone(findings);
  });
});
