import { describe, expect, it } from 'vitest';
import { describeTrend, type TrendSummaryPoint } from '../../../src/domain/trend-summary.ts';
import { makeIndicator as indicator } from '../../support/domain-fixtures.ts';
const target = { value: 85, operator: '>=' as const, amber: 5, from: '2024-25-Q1' };
const point = (period: string, value: number | null, extra: Partial<TrendSummaryPoint> = {}): TrendSummaryPoint => ({
  period,
  value,
  rag: 'amber',
  target,
  ...extra,
});

describe('describeTrend', () => {
  it('says how the figure moved from the first to the last quarter and how it stands against its target', () => {
    const text = describeTrend(indicator(), [point('2024-25-Q1', 58), point('2024-25-Q2', 70), point('2024-25-Q3', 79)]);
    expect(text).toBe('Improved from 58.0% in Q1 2024/25 to 79.0% in Q3 2024/25; the target is at least 85.0% (amber).');
  });

  it('uses worsened for a lower-is-better figure that rose', () => {
    const text = describeTrend(indicator({ polarity: 'lower_is_better' }), [point('2024-25-Q1', 20), point('2024-25-Q2', 24)]);
    expect(text).toMatch(/^Worsened from 20\.0% in Q1 2024\/25 to 24\.0% in Q2 2024\/25/);
  });

  it('says rose or fell for context measures, and that there is no target', () => {
    const noTarget = { target: null, rag: 'no_target' as const };
    const text = describeTrend(indicator({ polarity: 'neutral', unit: 'count' }), [
      point('2024-25-Q1', 1200, noTarget),
      point('2024-25-Q2', 1100, noTarget),
    ]);
    expect(text).toBe('Fell from 1,200 in Q1 2024/25 to 1,100 in Q2 2024/25; there is no target.');
  });

  it('notes when the latest quarters have no figure', () => {
    const text = describeTrend(indicator(), [point('2024-25-Q1', 80), point('2024-25-Q2', 90), point('2024-25-Q3', null)]);
    expect(text).toContain('; no figure since Q2 2024/25.');
  });

  it('says a withheld latest figure is not published, not that there is none', () => {
    const withheld = { ...point('2024-25-Q3', null), suppressed: true };
    const text = describeTrend(indicator(), [point('2024-25-Q1', 80), point('2024-25-Q2', 90), withheld]);
    expect(text).toContain('; the figure for Q3 2024/25 is not published, to protect the privacy of a small number of children.');
    expect(text).not.toContain('no figure since');
  });

  it('handles a single figure and none at all', () => {
    expect(describeTrend(indicator(), [point('2024-25-Q1', null), point('2024-25-Q2', 86, { rag: 'green' })])).toBe(
      '86.0% in Q2 2024/25, the only quarter with a figure; the target is at least 85.0% (green).',
    );
    expect(describeTrend(indicator(), [point('2024-25-Q1', null)])).toBe('No figures have been published for this indicator yet.');
  });

  it('says unchanged when first and last are equal', () => {
    expect(describeTrend(indicator(), [point('2024-25-Q1', 80), point('2024-25-Q2', 80)])).toMatch(/^Unchanged at 80\.0% from Q1 2024\/25 to Q2 2024\/25/);
  });
});
