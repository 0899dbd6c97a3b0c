import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/domain/dataset-index.ts';
import { headlines, MOVERS, relativeChange } from '../../../src/domain/headlines.ts';
import { buildScorecard } from '../../../src/domain/scorecard.ts';
import { makeDataset, makeIndicator, quarterValue, targetRow } from './fixtures.ts';

const timeliness = makeIndicator({ id: 'timeliness', title: 'Assessments in 45 days', amber: 2 });
const visits = makeIndicator({ id: 'visits', title: 'CP visits in 10 days', amber: 2 });
const rereferrals = makeIndicator({ id: 'rereferrals', title: 'Re-referrals', polarity: 'lower_is_better' });
const agency = makeIndicator({ id: 'agency', title: 'Agency social workers', polarity: 'lower_is_better' });
const contacts = makeIndicator({ id: 'contacts', title: 'Contacts', unit: 'count', polarity: 'neutral' });
const dental = makeIndicator({ id: 'dental', title: 'Dental checks' });
const leavers = makeIndicator({ id: 'leavers', title: 'Care leavers in touch' });
const placements = makeIndicator({ id: 'placements', title: 'Three or more placements', polarity: 'lower_is_better' });

const dataset = makeDataset({
  indicators: [timeliness, visits, rereferrals, agency, contacts, dental, leavers, placements],
  periods: ['2025-26-Q2', '2025-26-Q3'],
  targets: [
    targetRow('2025-26-Q1', 85, { indicatorId: 'timeliness' }),
    targetRow('2025-26-Q1', 90, { indicatorId: 'visits' }),
    targetRow('2025-26-Q1', 22, { indicatorId: 'rereferrals' }),
    targetRow('2025-26-Q1', 12, { indicatorId: 'agency' }),
    targetRow('2025-26-Q1', 75, { indicatorId: 'leavers' }),
    targetRow('2025-26-Q1', 10, { indicatorId: 'placements' }),
  ],
  values: [
    quarterValue('timeliness', '2025-26-Q2', 70),
    quarterValue('visits', '2025-26-Q2', 95),
    quarterValue('rereferrals', '2025-26-Q2', 24),
    quarterValue('agency', '2025-26-Q2', 20),
    quarterValue('contacts', '2025-26-Q2', 4000),
    quarterValue('dental', '2025-26-Q2', 80),
    quarterValue('leavers', '2025-26-Q2', 80),
    quarterValue('placements', '2025-26-Q2', 8),
    quarterValue('timeliness', '2025-26-Q3', 86),
    quarterValue('visits', '2025-26-Q3', 84.2),
    quarterValue('rereferrals', '2025-26-Q3', 24.5),
    quarterValue('agency', '2025-26-Q3', 11.8),
    quarterValue('contacts', '2025-26-Q3', 4200),
    quarterValue('dental', '2025-26-Q3', null),
    quarterValue('leavers', '2025-26-Q3', 88),
    quarterValue('placements', '2025-26-Q3', 7.6),
  ],
});
const result = headlines(buildScorecard(indexDataset(dataset), '2025-26-Q3'));

describe('headlines', () => {
  it('names indicators that have newly turned red, with the figure, the target and where they were', () => {
    expect(result.newReds.map((h) => h.indicatorId)).toEqual(['visits']);
    expect(result.newReds[0]!.text).toBe('CP visits in 10 days is now red: 84.2% against a target of at least 90.0%, from 95.0% (green) in Q2 2025/26.');
  });

  it('does not repeat indicators that were already red', () => {
    expect(result.newReds.map((h) => h.indicatorId)).not.toContain('rereferrals');
  });

  it('names indicators that are no longer red', () => {
    expect(result.recovered.map((h) => h.indicatorId)).toEqual(['timeliness', 'agency']);
    expect(result.recovered[0]!.text).toBe('Assessments in 45 days is no longer red: now green, at 86.0% against a target of at least 85.0%.');
  });

  it('ranks the biggest improvements and deteriorations by relative change, saying which way the figure moved', () => {
    // Among indicators whose rating did not change colour: care leavers rose 10% and placements fell 5%
    // (improving); re-referrals rose 2% (worsening).
    expect(result.improvements.map((h) => h.indicatorId)).toEqual(['leavers', 'placements']);
    expect(result.improvements[0]!.text).toBe('Care leavers in touch rose from 80.0% to 88.0% (green).');
    expect(result.deteriorations.map((h) => h.indicatorId)).toEqual(['rereferrals']);
  });

  it('does not name an indicator again as a mover when its rating changed colour', () => {
    const movers = [...result.improvements, ...result.deteriorations].map((h) => h.indicatorId);
    for (const id of ['visits', 'timeliness', 'agency']) expect(movers).not.toContain(id);
  });

  it('names at most three movers each way', () => {
    expect(MOVERS).toBe(3);
    expect(result.improvements.length).toBeLessThanOrEqual(MOVERS);
  });

  it('leaves context measures out of improvements and deteriorations', () => {
    const ids = [...result.improvements, ...result.deteriorations].map((h) => h.indicatorId);
    expect(ids).not.toContain('contacts');
  });

  it('lists indicators without a figure this quarter', () => {
    expect(result.noData).toEqual([{ kind: 'no_data', indicatorId: 'dental', text: 'Dental checks has no figure for Q3 2025/26.' }]);
  });
});

describe('relativeChange', () => {
  it('is the change as a share of the earlier figure, and counts a move from zero as whole', () => {
    expect(relativeChange(11.8, 20)).toBeCloseTo(0.41, 5);
    expect(relativeChange(1, 0)).toBe(1);
    expect(relativeChange(0, 0)).toBe(0);
  });
});
