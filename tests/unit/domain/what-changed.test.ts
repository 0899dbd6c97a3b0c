// The "what changed" report an officer reads before publishing: new reds, persistent reds, recoveries, SPC signals, the largest movements.
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/domain/dataset-index.ts';
import { nextPeriod } from '../../../src/domain/period.ts';
import { describeWhatChanged, whatChanged } from '../../../src/domain/what-changed.ts';
import { makeDataset, makeIndicator, quarterValue, targetRow } from '../../support/domain-fixtures.ts';

const PERIODS = ['2024-25-Q1', '2024-25-Q2', '2024-25-Q3', '2024-25-Q4', '2025-26-Q1'];

const visits = makeIndicator({ id: 'cp-visits', title: 'Child protection visits within 10 working days', amber: 3 });
const agency = makeIndicator({ id: 'agency', title: 'Agency social workers', polarity: 'lower_is_better', amber: 2 });
const contacts = makeIndicator({ id: 'contacts', title: 'Contacts', unit: 'count', polarity: 'neutral' });

function dataset(series: Record<string, (number | null)[]>) {
  return indexDataset(makeDataset({
    indicators: [visits, agency, contacts],
    targets: [targetRow('2024-25-Q1', 90, { indicatorId: 'cp-visits' }), targetRow('2024-25-Q1', 15, { indicatorId: 'agency' })],
    periods: PERIODS,
    values: Object.entries(series).flatMap(([id, values]) => values.map((value, i) => quarterValue(id, PERIODS[i]!, value))),
  }));
}

const usual = {
  'cp-visits': [94.1, 94.9, 94.3, 94.7, 84.2],
  agency: [18.9, 18.4, 17.9, 17.6, 16.8],
  contacts: [4020, 4400, 4010, 4380, 4100],
};

describe('what changed in the newest quarter', () => {
  it('lists a new red with its value and target, and what it was', () => {
    const report = whatChanged(dataset(usual), 0)!;
    expect(report.newReds.map((row) => row.indicator.id)).toEqual(['cp-visits']);
    expect(describeWhatChanged(report)).toContain(
      '  - Child protection visits within 10 working days: 84.2% against a target of ≥ 90.0% (was green, 94.7%)');
  });

  it('lists a recovery from red to amber or green', () => {
    const report = whatChanged(dataset(usual), 0)!;
    expect(report.recoveries.map((row) => row.indicator.id)).toEqual(['agency']);
    expect(describeWhatChanged(report)).toContain('  - Agency social workers: 16.8% against a target of ≤ 15.0%, now amber');
  });

  it('ranks movements by how unusual they are for the indicator, in percentage points for percentages, saying which way is better', () => {
    const lines = describeWhatChanged(whatChanged(dataset(usual), 0)!);
    const movements = lines.slice(lines.indexOf('- Largest movements, for their indicator:') + 1, -1);
    expect(movements).toEqual([
      '  - Child protection visits within 10 working days: down 10.5 percentage points, from 94.7% to 84.2%, worse; it usually moves about 0.6 percentage points a quarter',
      '  - Agency social workers: down 0.8 percentage points, from 17.6% to 16.8%, better; it usually moves about 0.4 percentage points a quarter',
      '  - Contacts: down 280, from 4,380 to 4,100; it usually moves about 380 a quarter',
    ]);
  });

  it('says when nothing turned red or recovered, and counts the warnings', () => {
    const calm = { ...usual, 'cp-visits': [94.1, 94.9, 94.3, 94.7, 94.0], agency: [14.0, 14.2, 14.1, 14.3, 14.2] };
    const lines = describeWhatChanged(whatChanged(dataset(calm), 2)!);
    expect(lines).toContain('- New reds: none.');
    expect(lines).toContain('- Recovered from red: none.');
    expect(lines.at(-1)).toBe('- Warnings: 2, listed above.');
  });

  it('says a quarter with no figures has none yet, and a first quarter has nothing to compare with', () => {
    const blank = { 'cp-visits': [94.1, 94.9, 94.3, 94.7, null], agency: [18.9, 18.4, 17.9, 17.6, null], contacts: [1, 2, 3, 4, null] };
    expect(describeWhatChanged(whatChanged(dataset(blank), 1)!)).toContain('- Q1 2025/26 has no figures yet.');
    expect(describeWhatChanged(whatChanged(dataset(usual), 0, '2024-25-Q1')!)).toEqual([
      'What changed in Q1 2024/25: there is no quarter before it to compare with.',
    ]);
  });
});

describe('what changed: persistent reds and SPC signals, as the headlines will name them', () => {
  const periods = Array.from({ length: 14 }, (_, i) => i).reduce<string[]>((list) => [...list, list.length === 0 ? '2022-23-Q1' : nextPeriod(list.at(-1)!)], []);
  const latest = periods.at(-1)!;
  const alternate = (a: number, b: number, n: number) => Array.from({ length: n }, (_, i) => (i % 2 === 0 ? a : b));
  const rereferrals = makeIndicator({ id: 're-referrals', title: 'Re-referrals', polarity: 'lower_is_better' });
  const missing = makeIndicator({ id: 'missing', title: 'Missing episodes', polarity: 'lower_is_better' });
  const reviews = makeIndicator({ id: 'reviews', title: 'Reviews on time' });
  const series: [string, number[]][] = [
    // Red (above 25) for the last three quarters, within normal variation.
    ['re-referrals', [...alternate(24, 27, 11), 26, 27, 27]],
    ['missing', [...alternate(20, 22, 12), 21, 35]],
    ['reviews', [...alternate(20, 22, 12), 21, 35]],
  ];
  const index = indexDataset(makeDataset({
    indicators: [rereferrals, missing, reviews],
    targets: [targetRow(periods[0]!, 25, { indicatorId: 're-referrals' })],
    periods,
    values: series.flatMap(([id, values]) => values.map((value, i) => quarterValue(id, periods[i]!, value))),
  }));
  const report = whatChanged(index, 0)!;
  const lines = describeWhatChanged(report);

  it('lists a red that has lasted with its number of quarters running', () => {
    expect(report.stillReds.map(({ row, run }) => [row.indicator.id, run])).toEqual([['re-referrals', 3]]);
    expect(lines).toContain('- Still red (1):');
    expect(lines).toContain('  - Re-referrals: 27.0% against a target of ≤ 25.0%, red for 3 quarters running');
  });

  it('lists every special-cause signal, concerns first, with the rule that found it', () => {
    const from = lines.indexOf('- Signals beyond normal variation (SPC) (2):');
    expect(lines.slice(from + 1, from + 3)).toEqual([
      '  - Missing episodes: above the upper process limit — a real change for the worse, not normal variation (35.0%).',
      '  - Reviews on time: above the upper process limit — a real change for the better, not normal variation (35.0%).',
    ]);
  });

  it('says when nothing is still red or signalled', () => {
    const calm = describeWhatChanged(whatChanged(dataset(usual), 0)!);
    expect(calm).toContain('- Still red: none.');
    expect(calm).toContain('- Signals beyond normal variation (SPC): none.');
    expect(calm).toContain('- Processes that have changed (SPC limits to recalculate): none.');
  });

  it('suggests an spc-rebase.csv line from the quarter the change began for each process that has changed, and how to decide', () => {
    expect(report.processChanges.map(({ row, since, canRebase }) => [row.indicator.id, since, canRebase])).toEqual([
      ['missing', latest, true],
      ['reviews', latest, true],
    ]);
    const from = lines.indexOf('- Processes that have changed (SPC limits to recalculate) (2):');
    expect(from).toBeGreaterThan(-1);
    expect(lines[from + 1]).toMatch(/^ {2}A real change in the last 7 quarters means their limits describe an earlier process\. Add a line only once the change has settled .* and you know why it happened/);
    expect(lines.slice(from + 2, from + 6)).toEqual([
      '  - Missing episodes: the change began in Q2 2025/26. For spc-rebase.csv:',
      `      missing,${latest},<why the process changed>`,
      '  - Reviews on time: the change began in Q2 2025/26. For spc-rebase.csv:',
      `      reviews,${latest},<why the process changed>`,
    ]);
  });
});

describe('what changed: a change that runs from the start of its limits', () => {
  const periods = Array.from({ length: 12 }, (_, i) => i).reduce<string[]>((list) => [...list, list.length === 0 ? '2022-23-Q1' : nextPeriod(list.at(-1)!)], []);
  const reviews = makeIndicator({ id: 'reviews', title: 'Reviews on time' });
  // Mean 165.5 / 12 = 13.79 and limits 13.79 ± 1.45: the first 7 values (14 and 14.5) are a shift above the mean,
  // reaching into the latest 7; the last 5 (13 and 13.5) are below it, too few for a shift, and not near a limit.
  const values = [14, 14.5, 14, 14.5, 14, 14.5, 14, 13, 13.5, 13, 13.5, 13];

  it('says a rebase cannot separate it yet, rather than suggest one from the first quarter, which would change nothing', () => {
    const report = whatChanged(indexDataset(makeDataset({ indicators: [reviews], periods, values: values.map((v, i) => quarterValue('reviews', periods[i]!, v)) })), 0)!;
    expect(report.processChanges.map(({ since, canRebase }) => [since, canRebase])).toEqual([[periods[0], false]]);
    expect(describeWhatChanged(report)).toContain(
      '  - Reviews on time: the change runs from the start of its current limits (Q1 2022/23), so a rebase cannot separate it yet; look again next quarter.',
    );
  });
});
