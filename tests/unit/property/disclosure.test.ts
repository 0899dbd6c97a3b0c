// Property: with disclosure control on, for any counts (totals with parts, nested, and percentages from
// small numerators and denominators), no figure that is not published can be worked out from what is.
//
// What is published is taken from the API (scorecardJson, which every page, the CSV and the search index
// share through the scorecard rows). It is modelled as the linear relations it exposes: each total equals
// the sum of its parts, and each percentage's numerator plus the rest equals its denominator. A hidden
// figure is recoverable exactly when it is fixed by those relations given every published figure, i.e.
// when its unit vector lies in the row space of the relations restricted to the hidden figures. That is
// checked by rank, so the proof does not rest on the suppression rule's own reasoning ("two hidden per sum").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/domain/dataset-index.ts';
import { primaryReason } from '../../../src/domain/disclosure.ts';
import { buildScorecard } from '../../../src/domain/scorecard.ts';
import type { Indicator, QuarterValue } from '../../../src/domain/types.ts';
import { scorecardJson } from '../../../src/site/api.ts';
import { makeDataset, makeIndicator, makeSite, quarterValue } from '../../support/domain-fixtures.ts';
import { parameters, searchingHard } from './settings.ts';

const TEST_TIMEOUT_MS = searchingHard ? 24 * 60 * 60 * 1000 : 60_000;

const PERIODS = ['2025-26-Q1', '2025-26-Q2', '2025-26-Q3'];

/** A tree of counts: a total whose parts may themselves have parts. Leaves carry the generated figures. */
type Tree = { leaf: number[] } | { parts: Tree[] };

// Small figures are the interesting ones, so most counts are from 0 to 12.
const figure = fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 12 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 200 }) });
const leaf = fc.array(figure, { minLength: PERIODS.length, maxLength: PERIODS.length }).map((values): Tree => ({ leaf: values }));
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, fc.array(tie('node'), { minLength: 2, maxLength: 4 }).map((parts): Tree => ({ parts }))),
})).node;
const share = fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 })).map(([a, b]) => ({ numerator: Math.min(a, b), denominator: Math.max(a, b) }));
const shares = fc.array(share, { minLength: PERIODS.length, maxLength: PERIODS.length });

interface Built { indicators: Indicator[]; values: QuarterValue[] }

/** Flattens the trees into count indicators with part_of, and the percentages, with every quarter's value. */
function build(trees: Tree[], percents: { numerator: number; denominator: number }[][]): Built {
  const indicators: Indicator[] = [];
  const values: QuarterValue[] = [];
  let next = 0;
  function add(node: Tree, partOf: string | null): number[] {
    const id = `c${next++}`;
    indicators.push(makeIndicator({ id, title: id, unit: 'count', polarity: 'neutral', partOf }));
    const totals = 'leaf' in node
      ? node.leaf
      : node.parts.map((part) => add(part, id)).reduce((sum, part) => sum.map((s, i) => s + part[i]!));
    totals.forEach((value, i) => values.push(quarterValue(id, PERIODS[i]!, value)));
    return totals;
  }
  trees.forEach((t) => add(t, null));
  percents.forEach((quarters, n) => {
    const id = `p${n}`;
    indicators.push(makeIndicator({ id, title: id, unit: 'percent' }));
    quarters.forEach(({ numerator, denominator }, i) =>
      values.push(quarterValue(id, PERIODS[i]!, denominator === 0 ? null : (numerator / denominator) * 100, { numerator, denominator })));
  });
  return { indicators, values };
}

/** Rank of a small dense matrix by Gaussian elimination (entries are small integers, so a tolerance is safe). */
function rank(rows: number[][]): number {
  const m = rows.map((r) => [...r]);
  let r = 0;
  const width = m[0]?.length ?? 0;
  for (let c = 0; c < width && r < m.length; c++) {
    const pivot = m.findIndex((row, i) => i >= r && Math.abs(row[c]!) > 1e-9);
    if (pivot < 0) continue;
    [m[r], m[pivot]] = [m[pivot]!, m[r]!];
    for (let i = 0; i < m.length; i++) {
      if (i === r) continue;
      const factor = m[i]![c]! / m[r]![c]!;
      if (factor !== 0) m[i] = m[i]!.map((v, k) => v - factor * m[r]![k]!);
    }
    r++;
  }
  return r;
}

/** The hidden figures of one quarter that the published figures and relations pin down. */
function recoverable(relations: string[][], hidden: string[]): string[] {
  // relations: each is [total, ...parts] as cell names, total = sum(parts); only hidden cells stay as unknowns.
  const column = new Map(hidden.map((cell, i) => [cell, i]));
  const matrix = relations
    .map((cells) => {
      const row = new Array<number>(hidden.length).fill(0);
      cells.forEach((cell, position) => {
        const j = column.get(cell);
        if (j !== undefined) row[j] = (row[j] ?? 0) + (position === 0 ? 1 : -1);
      });
      return row;
    })
    .filter((row) => row.some((v) => v !== 0));
  const base = rank(matrix);
  return hidden.filter((_, j) => {
    const unit = new Array<number>(hidden.length).fill(0);
    unit[j] = 1;
    return rank([...matrix, unit]) === base;
  });
}

describe('disclosure control: no suppressed figure can be recovered from anything published', () => {
  it('holds for random totals, parts and percentages, at any minimum count', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 3 }), fc.array(shares, { maxLength: 3 }), fc.integer({ min: 2, max: 10 }), (trees, percents, minimumCount) => {
        const { indicators, values } = build(trees, percents);
        const rule = { minimumCount };
        const index = indexDataset(makeDataset({ site: makeSite({ disclosure: rule }), indicators, periods: PERIODS, values }));
        const raw = new Map(values.map((v) => [`${v.indicatorId}|${v.period}`, v]));

        for (const period of PERIODS) {
          const published = scorecardJson(buildScorecard(index, period), '', { dataCommit: null, revisions: { events: [], versions: new Map() } }).indicators;
          const byId = new Map(published.map((row) => [row.id, row]));

          // Every small figure is hidden, with everything that could narrow it down.
          for (const indicator of indicators) {
            const row = byId.get(indicator.id)!;
            const value = raw.get(`${indicator.id}|${period}`)!;
            if (primaryReason(indicator, value, rule) !== null) expect(row.suppressed).toBe(true);
            if (row.suppressed) {
              expect(row).toMatchObject({ value: null, numerator: null, denominator: null, confidence_interval: null, rag: 'no_data', direction: 'not_applicable', commentary: '' });
            } else {
              expect(row.value).toBe(value.value);
            }
          }
          // The next quarter's "previous" figure is the same cell, so it must be hidden there too.
          for (const row of published) {
            const before = index.suppressionAt(row.id, row.previous.period);
            if (before !== null) expect(row.previous.value).toBeNull();
          }

          // The relations readers can use: each total is the sum of its parts; numerator + rest = denominator.
          const cell = (id: string, part: string) => `${id}.${part}`;
          const relations: string[][] = [];
          const hidden: string[] = [];
          for (const indicator of indicators) {
            const row = byId.get(indicator.id)!;
            if (indicator.unit === 'count') {
              if (row.value === null) hidden.push(cell(indicator.id, 'value'));
              const parts = indicators.filter((i) => i.partOf === indicator.id);
              if (parts.length > 0) relations.push([cell(indicator.id, 'value'), ...parts.map((p) => cell(p.id, 'value'))]);
            } else {
              // The rest (denominator - numerator) is never published on its own.
              hidden.push(cell(indicator.id, 'rest'));
              if (row.numerator === null) hidden.push(cell(indicator.id, 'numerator'));
              if (row.denominator === null) hidden.push(cell(indicator.id, 'denominator'));
              relations.push([cell(indicator.id, 'denominator'), cell(indicator.id, 'numerator'), cell(indicator.id, 'rest')]);
            }
          }
          const protectedCells = published
            .filter((row) => row.suppressed)
            .flatMap((row) => (row.unit === 'count' ? [cell(row.id, 'value')] : [cell(row.id, 'numerator'), cell(row.id, 'denominator'), cell(row.id, 'rest')]));
          const leaked = recoverable(relations, hidden).filter((c) => protectedCells.includes(c));
          expect(leaked, `recoverable in ${period}`).toEqual([]);
        }
      }),
      parameters(300),
    );
  }, TEST_TIMEOUT_MS);

  it('the check itself finds a figure left alone in a sum', () => {
    // 60 = 57 + 3 with only the 3 hidden: recoverable. With 57 hidden as well: not.
    const relations = [['t', 'a', 'b']];
    expect(recoverable(relations, ['b'])).toEqual(['b']);
    expect(recoverable(relations, ['a', 'b'])).toEqual([]);
    // Nested: t = a + b, a = c + d; hiding b and c leaves a published, so c = a - d is recoverable.
    expect(recoverable([['t', 'a', 'b'], ['a', 'c', 'd']], ['b', 'c'])).toEqual(['b', 'c']);
  });
});
