import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_FILE, parseCatalogue, readCatalogue } from '../../../../scripts/demo-data/catalogue.ts';
import { quarterSeries } from '../../../../scripts/demo-data/front-door.ts';
import { PERIODS } from '../../../../scripts/demo-data/periods.ts';
import { formatIssue } from '../../../../src/load/issue.ts';

const series = quarterSeries();
const FILE = 'catalogue.json';

const indicator = (fields: Record<string, unknown> = {}) => ({
  id: 'cp-visits', title: 'Visits', theme: 'Child protection', unit: 'percent', polarity: 'higher_is_better', amber: 3, decimals: null,
  definition: 'Visits on time.', source: 'Case management system', model: { level: [['2022-23-Q3', 90]], noise: 1 }, ...fields,
});

/** The problems, each as `file, line N, column path: message`. */
function problems(text: string): string[] {
  const result = parseCatalogue(text, FILE, series);
  if (result.ok) throw new Error('expected problems');
  return result.issues.map(formatIssue);
}

const pretty = (value: unknown): string => JSON.stringify(value, null, 2);

describe('the demo catalogue', () => {
  it('reads the committed catalogue: every indicator, with figures for every quarter', () => {
    const specs = readCatalogue(series);
    expect(specs.length).toBeGreaterThanOrEqual(20);
    expect(new Set(specs.map((spec) => spec.id)).size).toBe(specs.length);
    for (const spec of specs) expect(Boolean(spec.model) !== Boolean(spec.derived), spec.id).toBe(true);
    expect(specs.find((spec) => spec.id === 'contacts')!.derived).toEqual(PERIODS.map((_, i) => series.contacts(i)));
  });

  it('turns periods into quarter indexes, and a straight-line base into a function of the quarter', () => {
    const [spec] = (parseCatalogue(pretty([indicator({
      model: { level: [['2022-23-Q3', 80], ['2023-24-Q3', 85]], noise: 1, fixed: { '2024-25-Q1': 77 }, blank: ['2025-26-Q3'] },
      counts: { base: { from: 100, step: 2 } },
      notes: { '2023-24-Q2': 'A note.' },
      targets: [{ from: '2024-25-Q1', target: 92 }, { from: '2022-23-Q3', target: 90, operator: '>=' }],
      comparators: { england: { '2024-25-Q4': 88, '2022-23-Q4': 86 } },
    })]), FILE, series) as { ok: true; specs: ReturnType<typeof readCatalogue> }).specs;
    expect(spec!.model).toEqual({ level: [[0, 80], [4, 85]], noise: 1, fixed: { 6: 77 }, blank: [12] });
    expect(spec!.notes).toEqual({ 3: 'A note.' });
    expect((spec!.counts!.base as (i: number) => number)(5)).toBe(110);
    expect(spec!.targets.map((t) => t.period)).toEqual(['2024-25-Q1', '2022-23-Q3']);
    expect(spec!.comparators).toEqual({ england: [['2022-23-Q4', 86], ['2024-25-Q4', 88]] });
  });

  it('sums named series for a base, in the order given', () => {
    const result = parseCatalogue(pretty([indicator({ counts: { base: [{ series: 'referrals', times: 0.4, lag: 1 }, { series: 'referrals', times: 0.55 }] } })]), FILE, series);
    const base = (result as { ok: true; specs: ReturnType<typeof readCatalogue> }).specs[0]!.counts!.base as (i: number) => number;
    expect(base(3)).toBe(0.4 * series.referrals(2) + 0.55 * series.referrals(3));
  });

  it('names the line and the key of a value of the wrong kind', () => {
    const text = pretty([indicator(), indicator({ id: 'second', unit: 'percentage' })]);
    const line = text.split('\n').findIndex((l) => l.includes('"percentage"')) + 1;
    const [problem] = problems(text);
    expect(problem).toMatch(new RegExp(`^${FILE}, line ${line}, column \\[1\\]\\.unit: `));
  });

  it('refuses a quarter outside the demo, saying which quarters it may be', () => {
    const text = pretty([indicator({ notes: { '2019-20-Q1': 'Too early.' } })]);
    const [problem] = problems(text);
    expect(problem).toContain(`line ${text.split('\n').findIndex((l) => l.includes('2019-20-Q1')) + 1}`);
    expect(problem).toContain(`from ${PERIODS[0]} to ${PERIODS.at(-1)}`);
  });

  it('refuses an id given twice, an indicator with no figures, and counts shared with a later indicator', () => {
    const found = problems(pretty([
      indicator({ counts: { shareWith: 'later' } }),
      indicator({ model: undefined }),
      indicator({ id: 'later', counts: { base: 40 } }),
    ]));
    expect(found.join('\n')).toMatch(/column \[0\]\.counts\.shareWith: "later" is not an earlier indicator/);
    expect(found.join('\n')).toMatch(/column \[1\]\.id: "cp-visits" is the id of indicator 1 too/);
    expect(found.join('\n')).toMatch(/column \[1\]: "cp-visits" needs exactly one of "series", "figures" or "model"/);
  });

  it('refuses a key it does not know, such as a misspelt one', () => {
    expect(problems(pretty([indicator({ notse: {} })])).join('\n')).toMatch(/column \[0\]: .*notse/);
  });

  it('reports a syntax error and a name given twice at their line and character', () => {
    expect(problems('[\n  { "id": "a",\n    "id": "b" }\n]')[0]).toMatch(new RegExp(`^${FILE}, line 3, column 5: "\\[0\\]\\.id" is given twice`));
    expect(problems('[\n  { "id": "a" \n]')[0]).toMatch(new RegExp(`^${FILE}, line 3, column 1: this is not valid JSON`));
  });

  it('is written as the generator reads it back (no value the schema drops)', () => {
    const raw = JSON.parse(readFileSync(CATALOGUE_FILE, 'utf8')) as { id: string }[];
    expect(readCatalogue(series).map((spec) => spec.id)).toEqual(raw.map((entry) => entry.id));
  });
});
