import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/domain/dataset-index.ts';
import { makeDataset, makeIndicator, makeSite, quarterValue, targetRow } from '../../support/domain-fixtures.ts';

const assessments = makeIndicator();
const referrals = makeIndicator({ id: 'referrals', unit: 'rate_per_10000', polarity: 'neutral' });

const dataset = makeDataset({
  site: makeSite({ amber: 2 }),
  indicators: [assessments, referrals],
  periods: ['2023-24-Q2', '2023-24-Q1'],
  values: [quarterValue('assessments-45-days', '2023-24-Q1', 80), quarterValue('referrals', '2023-24-Q1', 520)],
  targets: [targetRow('2023-24-Q2', 90), targetRow('2022-23-Q1', 85)],
  comparatorValues: [
    { indicatorId: 'assessments-45-days', comparatorId: 'england', period: '2022-23-Q4', value: 84 },
    { indicatorId: 'assessments-45-days', comparatorId: 'england', period: '2023-24-Q4', value: 86 },
    { indicatorId: 'assessments-45-days', comparatorId: 'sn', period: '2023-24-Q1', value: 88 },
    { indicatorId: 'referrals', comparatorId: 'england', period: '2023-24-Q1', value: 530 },
  ],
});
const index = indexDataset(dataset);

describe('indexDataset', () => {
  it('sorts periods oldest first and knows which have files', () => {
    expect(index.periods).toEqual(['2023-24-Q1', '2023-24-Q2']);
    expect(index.hasPeriod('2023-24-Q2')).toBe(true);
    expect(index.hasPeriod('2023-24-Q3')).toBe(false);
  });

  it('finds indicators by id', () => {
    expect(index.indicator('referrals')).toBe(referrals);
    expect(index.indicator('missing')).toBeNull();
    expect(index.indicators).toEqual([assessments, referrals]);
  });

  it('finds values by indicator and period', () => {
    expect(index.valueAt('referrals', '2023-24-Q1')?.value).toBe(520);
    expect(index.valueAt('referrals', '2023-24-Q2')).toBeNull();
    expect(index.valueAt('missing', '2023-24-Q1')).toBeNull();
  });

  it('resolves targets with the site amber, only from that indicator’s rows', () => {
    expect(index.targetAt('assessments-45-days', '2023-24-Q1')).toEqual({ value: 85, operator: '>=', amber: 2, from: '2022-23-Q1' });
    expect(index.targetAt('assessments-45-days', '2023-24-Q2')?.value).toBe(90);
    // The same answer again (from the cache).
    expect(index.targetAt('assessments-45-days', '2023-24-Q2')?.value).toBe(90);
    expect(index.targetAt('referrals', '2023-24-Q2')).toBeNull();
    expect(() => index.targetAt('missing', '2023-24-Q1')).toThrow(/Unknown indicator/);
  });

  it('finds the latest comparator value per indicator and comparator', () => {
    expect(index.comparatorAt('assessments-45-days', 'england', '2023-24-Q2')?.value).toBe(84);
    expect(index.comparatorAt('assessments-45-days', 'england', '2023-24-Q4')?.value).toBe(86);
    expect(index.comparatorAt('assessments-45-days', 'sn', '2023-24-Q2')?.value).toBe(88);
    expect(index.comparatorAt('assessments-45-days', 'sn', '2022-23-Q4')).toBeNull();
    expect(index.comparatorAt('referrals', 'sn', '2023-24-Q1')).toBeNull();
  });

  it('refuses two values for one indicator and period', () => {
    const duplicated = makeDataset({
      indicators: [assessments],
      values: [quarterValue('assessments-45-days', '2023-24-Q1', 80), quarterValue('assessments-45-days', '2023-24-Q1', 81)],
    });
    expect(() => indexDataset(duplicated)).toThrow(/two values/);
  });
});
