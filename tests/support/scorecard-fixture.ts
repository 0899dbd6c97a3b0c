// A small dataset with a gap (no 2023-24-Q3 file), interleaved themes and each kind of indicator.
import { indexDataset } from '../../src/domain/dataset-index.ts';
import { makeDataset, makeIndicator, quarterValue, targetRow } from './domain-fixtures.ts';

export const assessments = makeIndicator({ id: 'assessments', theme: 'Assessment', amber: 5 });
export const referrals = makeIndicator({ id: 'referrals', theme: 'Front door', unit: 'rate_per_10000', polarity: 'neutral' });
export const reReferrals = makeIndicator({ id: 're-referrals', theme: 'Assessment', polarity: 'lower_is_better' });

export const scorecardDataset = makeDataset({
  indicators: [assessments, referrals, reReferrals],
  periods: ['2023-24-Q1', '2023-24-Q2', '2023-24-Q4', '2024-25-Q1'],
  targets: [
    targetRow('2023-24-Q1', 85, { indicatorId: 'assessments' }),
    targetRow('2023-24-Q1', 22, { indicatorId: 're-referrals' }),
  ],
  values: [
    quarterValue('assessments', '2023-24-Q1', 80),
    quarterValue('referrals', '2023-24-Q1', 500),
    quarterValue('re-referrals', '2023-24-Q1', 20),
    quarterValue('assessments', '2023-24-Q2', 86, { numerator: 43, denominator: 50, commentary: 'Back on track.' }),
    quarterValue('referrals', '2023-24-Q2', 520),
    quarterValue('re-referrals', '2023-24-Q2', 25),
    quarterValue('assessments', '2023-24-Q4', 70),
    quarterValue('referrals', '2023-24-Q4', null),
    quarterValue('re-referrals', '2023-24-Q4', 21),
    quarterValue('referrals', '2024-25-Q1', 510),
  ],
  comparatorValues: [
    { indicatorId: 'assessments', comparatorId: 'england', period: '2022-23-Q4', value: 84 },
    { indicatorId: 'assessments', comparatorId: 'england', period: '2023-24-Q4', value: 95 },
    { indicatorId: 'referrals', comparatorId: 'sn', period: '2023-24-Q1', value: 530 },
    { indicatorId: 'referrals', comparatorId: 'england', period: '2023-24-Q1', value: 480 },
  ],
});

export const scorecardIndex = indexDataset(scorecardDataset);
