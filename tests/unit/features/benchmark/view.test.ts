// How a benchmark is worded and tabled: ranks as ordinals, "12th lowest of 151 councils, band A", suppressed
// figures said plainly, the funnel's place in words, the neighbours' table and the years' table.
import { describe, expect, it } from 'vitest';
import {
  benchmarkSummary, councilRows, funnelSentence, neighbourAverageFact, neighbourAverageText, neighbourRows, notPublishedWords, placeText, publishedSentence,
  rankText, yearAtOrBefore, yearRows,
} from '../../../../src/features/benchmark/view.ts';
import { OUR_CODE, areaFigure, benchmarkYear, funnelPoint, manyCouncilsYear, manyYearsBenchmark, unpublished } from '../../../support/benchmark-fixtures.ts';
import type { Polarity } from '../../../../src/domain/types.ts';
import { ordinal } from '../../../../src/domain/benchmark/rank.ts';

const percent = (polarity: Polarity = 'lower_is_better') => ({ unit: 'percent' as const, decimals: null, polarity });

/** Five councils, ours (K) the third lowest, with one neighbour not published. */
function small(polarity: Polarity = 'lower_is_better', ours: number | null = 21.3) {
  return benchmarkYear({
    period: '2024-25-Q4',
    councils: [
      areaFigure('A', 'Aston', 18.2),
      areaFigure('B', 'Brent', 20.1),
      ours === null ? unpublished(OUR_CODE, 'Kesterley', 'c') : areaFigure(OUR_CODE, 'Kesterley', ours),
      areaFigure('D', 'Dover', 24),
      unpublished('E', 'Ealing', 'x'),
      areaFigure('F', 'Fife', 30.5),
    ],
    ourCode: OUR_CODE,
    neighbourCodes: ['B', 'E', 'F'],
    polarity,
    england: 22.6,
    quartile: polarity === 'neutral' ? null : 'B',
  });
}

describe('rankText, the scorecard cell', () => {
  it('is "3rd of 5 · B"', () => {
    expect(rankText(small())).toBe('3rd of 5 · B');
  });
  it('is null for a neutral indicator and when ours is not published', () => {
    expect(rankText(small('neutral'))).toBeNull();
    expect(rankText(small('lower_is_better', null))).toBeNull();
  });
});

describe('placeText and the summary sentence', () => {
  it('says lowest when lower is better and highest when higher is better', () => {
    expect(placeText('lower_is_better', small())).toBe('3rd lowest of 5 councils');
    // Higher is better: Fife, Dover, then ours.
    expect(placeText('higher_is_better', small('higher_is_better'))).toBe('3rd highest of 5 councils');
  });

  it('says "the lowest" for the best, and "joint" where another council has the same figure', () => {
    expect(placeText('lower_is_better', small('lower_is_better', 17))).toBe('the lowest of 5 councils');
    expect(placeText('lower_is_better', small('lower_is_better', 20.1))).toBe('joint 2nd lowest of 5 councils');
    expect(placeText('lower_is_better', small('lower_is_better', 18.2))).toBe('joint 1st lowest of 5 councils');
  });

  it('places a neutral indicator from the highest, without a band', () => {
    expect(placeText('neutral', small('neutral'))).toBe('3rd highest of 5 councils');
    expect(benchmarkSummary(percent('neutral'), small('neutral'), 'Kesterley')).toBe("In 2024/25, Kesterley's 21.3% was 3rd highest of 5 councils; England 22.6%.");
  });

  it('gives the year, our figure, its place, its band and England', () => {
    expect(benchmarkSummary(percent(), small(), 'Kesterley')).toBe("In 2024/25, Kesterley's 21.3% was 3rd lowest of 5 councils, band B; England 22.6%.");
  });

  it('says plainly when our figure is not published, and leaves England out when it has none', () => {
    expect(benchmarkSummary(percent(), small('lower_is_better', null), 'Kesterley')).toBe("In 2024/25, DfE did not publish Kesterley's figure; England 22.6%.");
    expect(benchmarkSummary(percent(), { ...small(), england: null }, 'Kesterley')).toBe("In 2024/25, Kesterley's 21.3% was 3rd lowest of 5 councils, band B.");
  });

  it('counts the councils of a large year with their thousands separated', () => {
    const year = manyCouncilsYear({ count: 1200, suppressed: 0 });
    expect(benchmarkSummary(percent(), year, 'Kesterley')).toMatch(/ of 1,200 councils, band C; England 22\.6%\.$/);
  });
});

describe('publishedSentence', () => {
  it('counts the councils that published a figure and those that did not', () => {
    expect(publishedSentence(small())).toBe('5 councils published a figure for 2024/25; 1 did not, so it is left out of the ranks, bands and averages.');
    expect(publishedSentence(manyCouncilsYear({ suppressed: 3 }))).toBe('150 councils published a figure for 2024/25; 3 did not, so they are left out of the ranks, bands and averages.');
  });
  it('says when every council did', () => {
    expect(publishedSentence(manyCouncilsYear({ suppressed: 0 }))).toBe("All 153 councils in DfE's file published a figure for 2024/25.");
  });
});

describe('notPublishedWords', () => {
  it('says what each GSS symbol means, with the symbol', () => {
    expect(notPublishedWords({ notPublished: 'c' })).toBe('not published: confidential (c)');
    expect(notPublishedWords({ notPublished: 'x' })).toBe('not available (x)');
    expect(notPublishedWords({ notPublished: 'low' })).toBe('not published: rounded to 0 (low)');
    expect(notPublishedWords({ notPublished: '' })).toBe('not published (left blank)');
    expect(notPublishedWords({})).toBe('not published (left blank)');
  });
});

describe('funnelSentence', () => {
  it('gives our proportion with its counts, where it lies, round England, and what that means', () => {
    const year = { ...small(), funnel: funnelPoint(0.226, 3504, 0.26), council: areaFigure(OUR_CODE, 'Kesterley', 26, { numerator: 911, denominator: 3504 }) };
    expect(year.funnel.position).toBe('above 99.8%');
    expect(funnelSentence({ decimals: null }, year, 'Kesterley')).toBe(
      "In 2024/25, Kesterley's 26.0% (911 of 3,504) was above the upper 99.8% limit round England's 22.6%: far higher than chance alone would give a council of its size (about 1 time in 1,000).");
  });
  it('is null without counts', () => {
    expect(funnelSentence({ decimals: null }, small(), 'Kesterley')).toBeNull();
  });
});

describe('neighbourRows', () => {
  it('lists us and our neighbours best first with their ranks among every council, those not published last, saying why', () => {
    const rows = neighbourRows(percent(), small(), 'Kesterley');
    expect(rows.map((r) => [r.name, r.value, r.rank, r.ours])).toEqual([
      ['Brent', '20.1%', '2nd', false],
      ['Kesterley', '21.3%', '3rd', true],
      ['Fife', '30.5%', '5th', false],
      ['Ealing', 'not available (x)', '', false],
    ]);
  });
  it('puts the highest first when higher is better, and gives no ranks to a neutral indicator', () => {
    expect(neighbourRows(percent('higher_is_better'), small('higher_is_better'), 'Kesterley').map((r) => r.rank)).toEqual(['1st', '3rd', '4th', '']);
    expect(neighbourRows(percent('neutral'), small('neutral'), 'Kesterley').map((r) => [r.name, r.rank])).toEqual([['Fife', ''], ['Kesterley', ''], ['Brent', ''], ['Ealing', '']]);
  });
  it('leaves us out when our figure is not published', () => {
    expect(neighbourRows(percent(), small('lower_is_better', null), 'Kesterley').map((r) => r.name)).toEqual(['Brent', 'Fife', 'Ealing']);
  });
});

describe('neighbourAverageText', () => {
  it('says how many of the neighbours the average is of', () => {
    expect(neighbourAverageText(percent(), small())).toBe('Average of our statistical neighbours in 2024/25: 25.3%, from the 2 of our 3 that published one.');
    expect(neighbourAverageText(percent(), manyCouncilsYear())).toMatch(/, from all 10\.$/);
  });
});

describe('neighbourAverageFact', () => {
  it('gives the average and how many of the neighbours it is of', () => {
    expect(neighbourAverageFact(percent(), small())).toBe('25.3%, the average of the 2 of our 3 that published one');
    expect(neighbourAverageFact(percent(), manyCouncilsYear())).toMatch(/^\d+\.\d%, the average of all 10$/);
    const none = manyCouncilsYear({ neighboursSuppressed: 10 });
    expect(neighbourAverageFact(percent(), none)).toBe('None of our 10 published a figure');
  });
});

describe('yearRows and yearAtOrBefore', () => {
  const benchmark = manyYearsBenchmark([{ period: '2022-23-Q4', ours: 22.2 }, { period: '2023-24-Q4', ours: 24.7 }, { period: '2024-25-Q4', ours: 23.5 }]);
  it('gives each year newest first, up to the quarter shown, with rank, band and the comparisons', () => {
    const rows = yearRows(percent(), benchmark, '2024-25-Q3');
    expect(rows.map((r) => [r.year, r.value, r.band])).toEqual([['2023/24', '24.7%', 'C'], ['2022/23', '22.2%', 'C']]);
    expect(rows[0]!.rank).toBe(`${ordinal(benchmark.years[1]!.rank!)} of 151`);
    expect(rows[0]!.england).toBe('22.6%');
  });
  it('finds the newest year published by a quarter', () => {
    expect(yearAtOrBefore(benchmark, '2025-26-Q3')?.period).toBe('2024-25-Q4');
    expect(yearAtOrBefore(benchmark, '2024-25-Q3')?.period).toBe('2023-24-Q4');
    expect(yearAtOrBefore(benchmark, '2022-23-Q3')).toBeNull();
  });
});

describe('councilRows', () => {
  it('lists every council with a figure best first, marking ours and our neighbours, with counts where published', () => {
    const year = manyCouncilsYear({ counts: true });
    const rows = councilRows(percent(), year, 'Kesterley');
    expect(rows).toHaveLength(year.of);
    const ours = rows.find((r) => r.kind === 'ours')!;
    expect(ours.rank).toBe(ordinal(year.rank!));
    expect(ours.counts).toBe('823 of 3,504');
    expect(rows.filter((r) => r.kind === 'neighbour')).toHaveLength(10);
    const values = rows.map((r) => Number.parseFloat(r.value));
    expect(values).toEqual([...values].sort((a, b) => a - b));
  });
});
