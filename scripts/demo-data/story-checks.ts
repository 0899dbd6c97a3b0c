// The stories the notes and narratives tell must be what the figures show: a change to the catalogue that breaks one
// stops the generator, naming it, rather than writing a note that the figures contradict.
import type { RagStatus } from '../../src/domain/types.ts';
import { PERIODS } from './periods.ts';
import type { Figures } from './series.ts';

type Check = [story: string, holds: () => boolean];

/** The stories no longer told; [] when every one holds. */
export function brokenStories(figures: Figures, rag: (id: string, i: number) => RagStatus | null): string[] {
  const valueAt = (id: string, i: number): number => {
    const value = figures.get(id)![i]?.value;
    if (value === null || value === undefined) throw new Error(`${id} has no figure in ${PERIODS[i]}`);
    return value;
  };
  const checks: Check[] = [
    ['re-referrals are red for the three quarters of 2025-26', () => [10, 11, 12].every((i) => rag('re-referrals-12-months', i) === 'red')],
    ['assessments within 45 days fall for three quarters to their lowest in 2023-24 Q3, then rise for two',
      () => [1, 2, 3, 4].every((i) => valueAt('assessments-45-days', i) < valueAt('assessments-45-days', i - 1)) &&
        PERIODS.every((_, i) => valueAt('assessments-45-days', i) >= valueAt('assessments-45-days', 4)) &&
        valueAt('assessments-45-days', 5) > valueAt('assessments-45-days', 4) && valueAt('assessments-45-days', 6) > valueAt('assessments-45-days', 5) &&
        valueAt('assessments-45-days', 6) >= 85],
    ['child protection visits are newly red in the latest quarter', () => rag('cp-visits-10-days', 12) === 'red' && rag('cp-visits-10-days', 11) !== 'red'],
    ['initial health assessments are red in 2025-26 Q2 and green in Q3', () => rag('cic-health-assessments-20-days', 11) === 'red' && rag('cic-health-assessments-20-days', 12) === 'green'],
    ['case-file audits meet their target for the first time in 2024-25 Q3',
      () => rag('audits-good-or-better', 8) === 'green' && [0, 1, 2, 3, 4, 5, 6, 7].every((i) => rag('audits-good-or-better', i) !== 'green')],
    ['case-file audits miss the new 65% target in 2025-26 Q1 and meet it in Q3 for the first time',
      () => rag('audits-good-or-better', 10) !== 'green' && rag('audits-good-or-better', 11) !== 'green' && rag('audits-good-or-better', 12) === 'green'],
    ['agency social workers peak at 28.1% in 2023-24 Q2', () => PERIODS.every((_, i) => valueAt('agency-social-workers', i) <= 28.1)],
    ['referrals per 10,000 are above statistical neighbours and England in 2023-24 Q4', () => valueAt('referral-rate', 5) > 565.9],
    ['children in care per 10,000 are between statistical neighbours and the North West in 2023-24 Q4', () => valueAt('cic-rate', 5) > 85.2 && valueAt('cic-rate', 5) < 95.7],
    ['social worker turnover is above target in 2025-26 Q1', () => rag('social-worker-turnover', 10) !== 'green'],
    ['referrals per 10,000 rise in 2025-26 Q2 and Q3', () => valueAt('referral-rate', 12) > valueAt('referral-rate', 11) && valueAt('referral-rate', 11) > valueAt('referral-rate', 10)],
    ['section 47 enquiries per 10,000 rise in 2025-26 Q3', () => valueAt('s47-rate', 12) > valueAt('s47-rate', 11)],
    ['contacts are higher than a year earlier in 2025-26 Q3', () => valueAt('contacts', 12) > valueAt('contacts', 8)],
  ];
  return checks.filter(([, holds]) => !holds()).map(([story]) => story);
}
