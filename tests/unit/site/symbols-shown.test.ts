// Which statistical symbols a page's legend lists: exactly the symbols its tables show (c for a withheld figure,
// r for a revised one), worked out from the same rows the tables are drawn from.
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/domain/dataset-index.ts';
import { revisionsFromSnapshots, type Revisions, type Snapshot } from '../../../src/domain/revisions.ts';
import { buildScorecard } from '../../../src/domain/scorecard.ts';
import { indicatorSeries } from '../../../src/domain/series.ts';
import { symbolsShown } from '../../../src/domain/symbols.ts';
import type { PublishedReport } from '../../../src/domain/quality/disclosure.ts';
import { packListFigures, qualityFigures, ragGridFigures, scorecardFigures, trendFigures } from '../../../src/site/symbols-shown.ts';
import { makeDataset, makeIndicator, makeSite, quarterValue } from '../../support/domain-fixtures.ts';

// Children placed (a count, withheld below 6) and assessments on time, over five quarters: placements were 3 in
// 2023-24-Q1 (withheld) and published after; assessments in 2024-25-Q1 was revised after it was first published.
const placed = makeIndicator({ id: 'placed', unit: 'count', polarity: 'neutral' });
const assessments = makeIndicator({ id: 'assessments', unit: 'percent' });
const periods = ['2023-24-Q1', '2023-24-Q2', '2023-24-Q3', '2023-24-Q4', '2024-25-Q1'];
const placements = [3, 12, 14, 15, 16];
const index = indexDataset(makeDataset({
  site: makeSite({ disclosure: { minimumCount: 6 } }),
  indicators: [placed, assessments],
  periods,
  values: periods.flatMap((period, i) => [quarterValue('placed', period, placements[i]!), quarterValue('assessments', period, 80 + i)]),
}));
const snapshot = (hash: string, value: number): Snapshot => ({
  commit: { hash, date: '2024-08-01', message: hash }, drafts: new Set(), quarters: new Map([['2024-25-Q1', new Map([['assessments', value]])]]),
});
const revised: Revisions = revisionsFromSnapshots([snapshot('aaa1111', 83), snapshot('bbb2222', 84)]);
const none: Revisions = { events: [], versions: new Map() };
const scorecard = (period: string) => buildScorecard(index, period).rows;

describe('scorecardFigures', () => {
  it('lists nothing when no figure on the scorecard is withheld or revised, so the page needs no legend', () => {
    expect(symbolsShown(scorecardFigures(scorecard('2023-24-Q3'), none))).toEqual([]);
  });

  it('lists c when a figure this quarter, the quarter before or a year earlier is withheld', () => {
    expect(symbolsShown(scorecardFigures(scorecard('2023-24-Q1'), none))).toEqual(['c']);
    expect(symbolsShown(scorecardFigures(scorecard('2023-24-Q2'), none))).toEqual(['c']);
    expect(symbolsShown(scorecardFigures(scorecard('2024-25-Q1'), none))).toEqual(['c']);
  });

  it('lists r when a figure this quarter was revised', () => {
    expect(symbolsShown(scorecardFigures(scorecard('2023-24-Q3'), revised))).toEqual([]);
    expect(symbolsShown(scorecardFigures(scorecard('2024-25-Q1'), revised))).toEqual(['c', 'r']);
  });
});

describe('packListFigures', () => {
  it('lists c only for a figure withheld this quarter, as the pack\'s list shows no other quarter', () => {
    expect(symbolsShown(packListFigures(scorecard('2023-24-Q1'), none))).toEqual(['c']);
    expect(symbolsShown(packListFigures(scorecard('2023-24-Q2'), none))).toEqual([]);
    expect(symbolsShown(packListFigures(scorecard('2024-25-Q1'), revised))).toEqual(['r']);
  });
});

describe('trendFigures', () => {
  it('lists c for a withheld quarter in the trend table and r for a revised one', () => {
    expect(symbolsShown(trendFigures(placed, indicatorSeries(index, 'placed'), revised))).toEqual(['c']);
    expect(symbolsShown(trendFigures(assessments, indicatorSeries(index, 'assessments'), revised))).toEqual(['r']);
    expect(symbolsShown(trendFigures(assessments, indicatorSeries(index, 'assessments'), none))).toEqual([]);
  });
});

describe('ragGridFigures', () => {
  const series = new Map([placed, assessments].map((i) => [i.id, indicatorSeries(index, i.id)]));

  it('counts only the quarters the grid shows', () => {
    expect(symbolsShown(ragGridFigures([placed, assessments], periods, series, none))).toEqual(['c']);
    expect(symbolsShown(ragGridFigures([placed, assessments], periods.slice(1), series, none))).toEqual([]);
    expect(symbolsShown(ragGridFigures([placed, assessments], periods.slice(1), series, revised))).toEqual(['r']);
    expect(symbolsShown(ragGridFigures([placed], periods.slice(1), series, revised))).toEqual([]);
  });

  it('shows no r on a withheld cell, which shows nothing but c', () => {
    const withheldAndRevised: Revisions = revisionsFromSnapshots([
      { commit: { hash: 'aaa1111', date: '2023-08-01', message: '' }, drafts: new Set(), quarters: new Map([['2023-24-Q1', new Map([['placed', 4]])]]) },
      { commit: { hash: 'bbb2222', date: '2023-09-01', message: '' }, drafts: new Set(), quarters: new Map([['2023-24-Q1', new Map([['placed', 3]])]]) },
    ]);
    expect(symbolsShown(ragGridFigures([placed], periods, series, withheldAndRevised))).toEqual(['c']);
  });
});

describe('qualityFigures', () => {
  it('lists c when any count on a quality assurance page is withheld', () => {
    expect(symbolsShown(qualityFigures({ withheld: true } as PublishedReport))).toEqual(['c']);
    expect(symbolsShown(qualityFigures({ withheld: false } as PublishedReport))).toEqual([]);
  });
});
