import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/domain/dataset-index.ts';
import { HEADLINE_WORDS, headlines, headlineSentence, IMPROVEMENTS, moreImprovementsText, type Headlines } from '../../../src/domain/headlines.ts';
import { nextPeriod } from '../../../src/domain/period.ts';
import { ragAtFromIndex } from '../../../src/domain/red-run.ts';
import { buildScorecard } from '../../../src/domain/scorecard.ts';
import type { Dataset } from '../../../src/domain/types.ts';
import { makeDataset, makeIndicator, makeSite, quarterValue, targetRow } from '../../support/domain-fixtures.ts';

function headlinesAt(dataset: Dataset, period: string): Headlines {
  const index = indexDataset(dataset);
  return headlines(buildScorecard(index, period), ragAtFromIndex(index));
}

const all = (h: Headlines) => [...h.newReds, ...h.stillReds, ...h.recovered, ...h.concerns, ...h.improvements, ...h.noData];
const ids = (list: { indicatorId: string }[]) => list.map((h) => h.indicatorId);

describe('headlines: changes of rating', () => {
  // Two quarters only: too few for SPC, so these are about ratings alone.
  const timeliness = makeIndicator({ id: 'timeliness', title: 'Assessments in 45 days', amber: 2 });
  const visits = makeIndicator({ id: 'visits', title: 'CP visits in 10 days', amber: 2 });
  const rereferrals = makeIndicator({ id: 'rereferrals', title: 'Re-referrals', polarity: 'lower_is_better' });
  const agency = makeIndicator({ id: 'agency', title: 'Agency social workers', polarity: 'lower_is_better' });
  const dental = makeIndicator({ id: 'dental', title: 'Dental checks' });
  const leavers = makeIndicator({ id: 'leavers', title: 'Care leavers in touch' });
  const dataset = makeDataset({
    indicators: [timeliness, visits, rereferrals, agency, dental, leavers],
    periods: ['2025-26-Q2', '2025-26-Q3'],
    targets: [
      targetRow('2025-26-Q1', 85, { indicatorId: 'timeliness' }),
      targetRow('2025-26-Q1', 90, { indicatorId: 'visits' }),
      targetRow('2025-26-Q1', 22, { indicatorId: 'rereferrals' }),
      targetRow('2025-26-Q1', 12, { indicatorId: 'agency' }),
      targetRow('2025-26-Q1', 75, { indicatorId: 'leavers' }),
    ],
    values: [
      quarterValue('timeliness', '2025-26-Q2', 70),
      quarterValue('visits', '2025-26-Q2', 95),
      quarterValue('rereferrals', '2025-26-Q2', 24),
      quarterValue('agency', '2025-26-Q2', 20),
      quarterValue('dental', '2025-26-Q2', 80),
      quarterValue('leavers', '2025-26-Q2', 80),
      quarterValue('timeliness', '2025-26-Q3', 86),
      quarterValue('visits', '2025-26-Q3', 84.2),
      quarterValue('rereferrals', '2025-26-Q3', 24.5),
      quarterValue('agency', '2025-26-Q3', 11.8),
      quarterValue('dental', '2025-26-Q3', null),
      quarterValue('leavers', '2025-26-Q3', 88),
    ],
  });
  const result = headlinesAt(dataset, '2025-26-Q3');

  it('names indicators that have newly turned red, with the figure, the target and where they were', () => {
    expect(ids(result.newReds)).toEqual(['visits']);
    expect(result.newReds[0]).toMatchObject({ name: 'CP visits in 10 days', text: 'now red at 84.2% against at least 90.0%, from 95.0%.' });
    expect(headlineSentence(result.newReds[0]!)).toBe('CP visits in 10 days: now red at 84.2% against at least 90.0%, from 95.0%.');
  });

  it('names an indicator that was already red as still red, not as newly red', () => {
    expect(ids(result.newReds)).not.toContain('rereferrals');
    expect(result.stillReds.map(headlineSentence)).toEqual(['Re-referrals: red for 2 quarters running, at 24.5% against at most 22.0%.']);
  });

  it('names indicators that are no longer red', () => {
    expect(ids(result.recovered)).toEqual(['timeliness', 'agency']);
    expect(headlineSentence(result.recovered[0]!)).toBe('Assessments in 45 days: now green at 86.0% against at least 85.0%.');
  });

  it('does not make a headline of a movement alone, however large', () => {
    // Care leavers rose from 80% to 88%, green both times: the biggest move of the quarter, and not news.
    expect(ids(all(result))).not.toContain('leavers');
  });

  it('lists indicators without a figure this quarter', () => {
    expect(result.noData).toEqual([{ kind: 'no_data', indicatorId: 'dental', name: 'Dental checks', signal: null, redRun: 0, text: 'no figure for Q3 2025/26.' }]);
  });
});

describe('headlines: persistent reds and special-cause signals over 14 quarters', () => {
  const periods = Array.from({ length: 14 }, (_, i) => i).reduce<string[]>((list) => [...list, list.length === 0 ? '2022-23-Q1' : nextPeriod(list.at(-1)!)], []);
  const latest = periods.at(-1)!;
  const alternate = (a: number, b: number, n: number) => Array.from({ length: n }, (_, i) => (i % 2 === 0 ? a : b));
  const series: { id: string; title: string; polarity: 'higher_is_better' | 'lower_is_better' | 'neutral'; unit?: 'count'; target?: number; values: (number | null)[] }[] = [
    // Red (above 25) for the last three quarters, within normal variation.
    { id: 'rereferrals', title: 'Re-referrals', polarity: 'lower_is_better', target: 25, values: [...alternate(24, 27, 11), 26, 27, 27] },
    // Red, red, blank, red, red: the blank quarter ends the run.
    { id: 'blanked', title: 'Dental checks', polarity: 'higher_is_better', target: 80, values: [...alternate(85, 75, 9), 75, 75, null, 74, 75] },
    // Green throughout; from 27 to 28 in the last quarter, a worsening well within its usual swing of 25 to 30.
    { id: 'noise', title: 'Repeat plans', polarity: 'lower_is_better', target: 35, values: [...alternate(25, 30, 12), 27, 28] },
    // A jump far beyond the process limits, with no target so only SPC can speak.
    { id: 'worse-high', title: 'Missing episodes', polarity: 'lower_is_better', values: [...alternate(20, 22, 12), 21, 35] },
    { id: 'better-high', title: 'Reviews on time', polarity: 'higher_is_better', values: [...alternate(20, 22, 12), 21, 35] },
    { id: 'better-low', title: 'Caseloads', polarity: 'lower_is_better', values: [...alternate(20, 22, 12), 21, 10] },
    { id: 'worse-low', title: 'Visits on time', polarity: 'higher_is_better', values: [...alternate(20, 22, 12), 21, 10] },
    // Seven quarters above the average, each within the limits: a shift, worse where lower is better.
    { id: 'shifted', title: 'Agency staff', polarity: 'lower_is_better', values: [...alternate(20, 22, 7), ...alternate(23, 24, 7)] },
    { id: 'contacts', title: 'Contacts', polarity: 'neutral', unit: 'count', values: [...alternate(1000, 1100, 12), 1050, 2000] },
    // Red for two quarters and beyond its limits: one combined headline.
    { id: 'red-and-worse', title: 'Placements far away', polarity: 'lower_is_better', target: 25, values: [...alternate(20, 22, 12), 30, 45] },
  ];
  const dataset = makeDataset({
    indicators: series.map((s) => makeIndicator({ id: s.id, title: s.title, polarity: s.polarity, unit: s.unit ?? 'percent' })),
    periods,
    targets: series.flatMap((s) => (s.target === undefined ? [] : [targetRow(periods[0]!, s.target, { indicatorId: s.id })])),
    values: series.flatMap((s) => s.values.flatMap((v, i) => (v === null ? [] : [quarterValue(s.id, periods[i]!, v)]))),
  });
  const index = indexDataset(dataset);
  const scorecard = buildScorecard(index, latest);
  const result = headlines(scorecard, ragAtFromIndex(index));
  const reading = (id: string) => scorecard.rows.find((r) => r.indicator.id === id)!.spc;

  it('names a red that has lasted 3 quarters with its run, though nothing moved', () => {
    expect(result.stillReds.find((h) => h.indicatorId === 'rereferrals')).toMatchObject({
      redRun: 3,
      signal: null,
      name: 'Re-referrals',
      text: 'red for 3 quarters running, at 27.0% against at most 25.0%.',
    });
  });

  it('counts the run from after a blank quarter, which ends it', () => {
    expect(result.stillReds.find((h) => h.indicatorId === 'blanked')?.text).toMatch(/^red for 2 quarters running, at 75\.0%/);
  });

  it('puts the longest-running red first', () => {
    expect(ids(result.stillReds)).toEqual(['rereferrals', 'blanked', 'red-and-worse']);
  });

  it('does not make a headline of a move from 27 to 28 inside normal variation', () => {
    expect(reading('noise')).toMatchObject({ kind: 'spc', variation: 'common_cause' });
    expect(scorecard.rows.find((r) => r.indicator.id === 'noise')!.direction).toBe('worsening');
    expect(ids(all(result))).not.toContain('noise');
  });

  it('names a special cause concern with what it means and the figure, leaving the rule to the indicator’s page', () => {
    expect(reading('worse-high')).toMatchObject({ kind: 'spc', variation: 'concern', rule: 'outside_limits' });
    expect(headlineSentence(result.concerns.find((h) => h.indicatorId === 'worse-high')!)).toBe('Missing episodes: worse than usual, at 35.0%.');
  });

  it('names a special cause improvement', () => {
    expect(headlineSentence(result.improvements.find((h) => h.indicatorId === 'better-high')!)).toBe('Reviews on time: better than usual, at 35.0%.');
  });

  it('reads high and low by polarity: lower is better turns a fall into an improvement and a rise into a concern', () => {
    expect(ids(result.improvements).sort()).toEqual(['better-high', 'better-low']);
    expect(ids(result.concerns).sort()).toEqual(['shifted', 'worse-high', 'worse-low']);
    expect(result.improvements.find((h) => h.indicatorId === 'better-low')?.text).toBe('better than usual, at 10.0%.');
    expect(result.concerns.find((h) => h.indicatorId === 'worse-low')?.text).toBe('worse than usual, at 10.0%.');
    expect(result.concerns.find((h) => h.indicatorId === 'shifted')?.text).toBe('worse than usual, at 23.0%.');
  });

  it('leaves out a special cause on a context measure, which is neither better nor worse', () => {
    expect(reading('contacts')).toMatchObject({ kind: 'spc', variation: 'neutral_high' });
    expect(ids(all(result))).not.toContain('contacts');
  });

  it('names an indicator once: a red with a signal is one headline carrying both', () => {
    const combined = result.stillReds.find((h) => h.indicatorId === 'red-and-worse');
    expect(combined).toMatchObject({ signal: 'concern', redRun: 2 });
    expect(headlineSentence(combined!)).toBe('Placements far away: red for 2 quarters running, at 45.0% against at most 25.0%; worse than usual.');
    const named = ids(all(result));
    expect(named.length).toBe(new Set(named).size);
  });

  it('has nothing to say of a quarter where nothing is red, changed rating or shows a signal', () => {
    const quiet = makeDataset({
      indicators: [makeIndicator({ id: 'noise', title: 'Repeat plans', polarity: 'lower_is_better' })],
      periods,
      targets: [targetRow(periods[0]!, 35, { indicatorId: 'noise' })],
      values: series[2]!.values.map((v, i) => quarterValue('noise', periods[i]!, v)),
    });
    expect(all(headlinesAt(quiet, latest))).toEqual([]);
  });
});

describe('headlines: many improvements', () => {
  const periods = Array.from({ length: 14 }, (_, i) => i).reduce<string[]>((list) => [...list, list.length === 0 ? '2022-23-Q1' : nextPeriod(list.at(-1)!)], []);
  const alternate = (a: number, b: number, n: number) => Array.from({ length: n }, (_, i) => (i % 2 === 0 ? a : b));
  const shift = [...alternate(20, 22, 7), ...alternate(23, 24, 7)];
  const jump = [...alternate(20, 22, 12), 21, 35];
  const series: [string, number[]][] = [['a-shift', shift], ['b-jump', jump], ['c-jump', jump], ['d-shift', shift], ['e-jump', jump]];
  const result = headlinesAt(makeDataset({
    indicators: series.map(([id]) => makeIndicator({ id, title: id })),
    periods,
    values: series.flatMap(([id, values]) => values.map((v, i) => quarterValue(id, periods[i]!, v))),
  }), periods.at(-1)!);

  it(`names ${IMPROVEMENTS}, those beyond the process limits before those on a run, and counts the rest, so good news does not crowd out bad`, () => {
    expect(ids(result.improvements)).toEqual(['b-jump', 'c-jump']);
    expect(result.moreImprovements).toBe(3);
    expect(moreImprovementsText(result.moreImprovements)).toBe('And 3 more indicators with a special cause improvement.');
    expect(moreImprovementsText(1)).toBe('And 1 more indicator with a special cause improvement.');
  });
});

describe('headlines: suppressed figures', () => {
  // Care leavers in education (at least 60%): red every quarter (40% to 44%), but the 12th figure (4 of 9) is withheld under
  // disclosure control, and the last quarter's (3 of 7) too.
  const periods = Array.from({ length: 14 }, (_, i) => i).reduce<string[]>((list) => [...list, list.length === 0 ? '2022-23-Q1' : nextPeriod(list.at(-1)!)], []);
  const eet = makeIndicator({ id: 'eet', title: 'Care leavers in education' });
  const counts: [number, number][] = [...Array.from({ length: 11 }, (_, i): [number, number] => [i % 2 === 0 ? 20 : 22, 50]), [4, 9], [21, 50], [3, 7]];
  const dataset = makeDataset({
    site: makeSite({ disclosure: { minimumCount: 6 } }),
    indicators: [eet],
    periods,
    targets: [targetRow(periods[0]!, 60, { indicatorId: 'eet' })],
    values: counts.map(([n, d], i) => quarterValue('eet', periods[i]!, (n / d) * 100, { numerator: n, denominator: d })),
  });

  it('never names a suppressed figure, in its own quarter or as part of a run', () => {
    expect(JSON.stringify(headlinesAt(dataset, periods[13]!))).not.toMatch(/eet|42\.9/);
    expect(JSON.stringify(headlinesAt(dataset, periods[11]!))).not.toMatch(/eet|44\.4/);
  });

  it('counts a suppressed quarter as ending a run of reds', () => {
    const after = headlinesAt(dataset, periods[12]!);
    expect(after.newReds.map(headlineSentence)).toEqual(['Care leavers in education: now red at 42.0% against at least 60.0%.']);
    expect(after.stillReds).toEqual([]);
  });
});

describe('headlines: short, and never a rating and a signal that seem to disagree without saying why', () => {
  const periods = Array.from({ length: 14 }, (_, i) => i).reduce<string[]>((list) => [...list, list.length === 0 ? '2022-23-Q1' : nextPeriod(list.at(-1)!)], []);
  const latest = periods.at(-1)!;
  const alternate = (a: number, b: number, n: number) => Array.from({ length: n }, (_, i) => (i % 2 === 0 ? a : b));
  // Names of 8 words, as long as most councils' indicator names.
  const name = (what: string) => `${what} within twenty working days of the request`;
  const series: { id: string; polarity: 'higher_is_better' | 'lower_is_better'; targets: [number, number, number | null][]; values: number[] }[] = [
    // The target rose to 90 (amber 5) in the last quarter: 80 is red against it, yet far above its usual 60 to 62.
    { id: 'red-better', polarity: 'higher_is_better', targets: [[0, 70, 5], [13, 90, 5]], values: [...alternate(60, 62, 12), 68, 80] },
    // Lower is better: red throughout (at most 20), and the last two quarters far below the usual 40 to 42.
    { id: 'still-red-better', polarity: 'lower_is_better', targets: [[0, 20, null]], values: [...alternate(40, 42, 12), 30, 28] },
    // Red (40 against at least 50, amber 5), then amber at 46: out of red, but far below the usual 70 to 72.
    { id: 'amber-worse', polarity: 'higher_is_better', targets: [[0, 50, 5]], values: [...alternate(70, 72, 12), 40, 46] },
    // Green (60 against at least 50), but far below the usual 70 to 72.
    { id: 'green-worse', polarity: 'higher_is_better', targets: [[0, 50, null]], values: [...alternate(70, 72, 13), 60] },
    // Newly red with a concern: 1,234.5 after 2,000 to 2,002, against at least 1,900.
    { id: 'red-worse', polarity: 'higher_is_better', targets: [[0, 1900, null]], values: [...alternate(2000, 2002, 13), 1234.5] },
  ];
  const dataset = makeDataset({
    indicators: series.map((s) => makeIndicator({ id: s.id, title: name(s.id), polarity: s.polarity, unit: s.id === 'red-worse' ? 'count' : 'percent', decimals: 1 })),
    periods,
    targets: series.flatMap((s) => s.targets.map(([at, value, amber]) => targetRow(periods[at]!, value, { indicatorId: s.id, amber }))),
    values: series.flatMap((s) => s.values.map((v, i) => quarterValue(s.id, periods[i]!, v))),
  });
  const result = headlinesAt(dataset, latest);
  const find = (id: string) => all(result).find((h) => h.indicatorId === id)!;
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

  it('says a red that is better than usual is still short of its target', () => {
    expect(find('red-better')).toMatchObject({ kind: 'new_red', signal: 'improvement', text: 'now red at 80.0% against at least 90.0%; better than usual, but below target.' });
    expect(find('still-red-better')).toMatchObject({ kind: 'still_red', signal: 'improvement', text: 'red for 14 quarters running, at 28.0% against at most 20.0%; better than usual, but above target.' });
  });

  it('says a figure out of red, or green, that is worse than usual is worse than its usual level, not its target', () => {
    expect(find('amber-worse')).toMatchObject({ kind: 'recovered', signal: 'concern', text: 'now amber at 46.0% against at least 50.0%, but still worse than usual.' });
    expect(find('green-worse')).toMatchObject({ kind: 'concern', text: 'worse than usual, at 60.0% against at least 50.0%, but still on target.' });
    expect(find('red-worse').text).toBe('now red at 1,234.5 against at least 1,900.0; worse than usual.');
  });

  it('never pairs red with better than usual, or out of red or green with worse than usual, without the reason', () => {
    for (const h of all(result)) {
      if ((h.kind === 'new_red' || h.kind === 'still_red') && h.text.includes('better than usual')) expect(h.text).toMatch(/but (below|above) target\.$/);
      if ((h.kind === 'recovered' || h.kind === 'concern') && h.text.includes('worse than usual')) expect(h.text).toMatch(/but still/);
    }
  });

  it(`keeps each headline short: at most ${HEADLINE_WORDS} words after the name, and 25 in all with a name of 8 words`, () => {
    expect(all(result)).toHaveLength(series.length);
    for (const h of all(result)) {
      expect(h.text, h.indicatorId).not.toContain(h.name);
      expect(words(h.text), h.text).toBeLessThanOrEqual(HEADLINE_WORDS);
      expect(words(headlineSentence(h)), headlineSentence(h)).toBeLessThanOrEqual(25);
    }
    // The longest case, a still-red that is better than usual, uses the whole allowance.
    expect(words(find('still-red-better').text)).toBe(HEADLINE_WORDS);
  });
});
