import { describe, expect, it, vi } from 'vitest';
import {
  defaultDecimals,
  formatDate,
  formatCount,
  formatNumber,
  formatPercentOf,
  formatShareOf,
  formatTarget,
  formatValue,
  operatorSymbol,
  operatorWords,
  unitLabel,
} from '../../../src/domain/format.ts';
import type { ResolvedTarget } from '../../../src/domain/types.ts';

describe('formatValue', () => {
  it('uses each unit’s default decimals', () => {
    expect(formatValue(79.1666, 'percent', null)).toBe('79.2%');
    expect(formatValue(80, 'percent', null)).toBe('80.0%');
    expect(formatValue(1234, 'count', null)).toBe('1,234');
    expect(formatValue(1234567.4, 'count', null)).toBe('1,234,567');
    expect(formatValue(523.44, 'rate_per_10000', null)).toBe('523.4');
    expect(formatValue(1523.44, 'rate_per_10000', null)).toBe('1,523.4');
    expect(formatValue(32.6, 'days', null)).toBe('33');
    expect(formatValue(16.04, 'number', null)).toBe('16.0');
  });

  it('honours an indicator’s own decimals, including zero', () => {
    expect(formatValue(79.1666, 'percent', 0)).toBe('79%');
    expect(formatValue(79.1666, 'percent', 2)).toBe('79.17%');
    expect(formatValue(33.25, 'days', 1)).toBe('33.3');
  });

  it('rounds halves away from zero on the written decimal', () => {
    expect(formatValue(1.005, 'number', 2)).toBe('1.01');
    expect(formatValue(79.25, 'percent', 1)).toBe('79.3%');
  });

  it('shows zero and negatives plainly, never "-0.0"', () => {
    expect(formatValue(0, 'percent', null)).toBe('0.0%');
    expect(formatValue(-0.04, 'number', null)).toBe('0.0');
    expect(formatValue(-2.5, 'number', null)).toBe('-2.5');
  });

  it('says "No data" for null', () => {
    expect(formatValue(null, 'percent', null)).toBe('No data');
    expect(formatValue(null, 'count', 0)).toBe('No data');
  });
});

describe('defaultDecimals and unitLabel', () => {
  it('gives defaults per unit', () => {
    expect([defaultDecimals('percent'), defaultDecimals('count'), defaultDecimals('rate_per_10000'), defaultDecimals('days'), defaultDecimals('number')]).toEqual([1, 0, 1, 0, 1]);
  });

  it('names units in words', () => {
    expect(unitLabel('percent')).toBe('%');
    expect(unitLabel('rate_per_10000')).toBe('per 10,000 children');
    expect(unitLabel('days')).toBe('days');
    expect(unitLabel('count')).toBe('count');
    expect(unitLabel('number')).toBe('number');
  });
});

describe('formatNumber', () => {
  it('pads to the decimals asked for', () => {
    expect(formatNumber(5, 2)).toBe('5.00');
    expect(formatNumber(12345.678, 1)).toBe('12,345.7');
  });
});

describe('operators', () => {
  it('have symbols and words', () => {
    expect(['>=', '<=', '>', '<'].map((o) => operatorSymbol(o as '>='))).toEqual(['≥', '≤', '>', '<']);
    expect(operatorWords('>=')).toBe('at least');
    expect(operatorWords('<=')).toBe('at most');
    expect(operatorWords('>')).toBe('more than');
    expect(operatorWords('<')).toBe('less than');
  });
});

describe('formatTarget', () => {
  const target = (value: number, operator: ResolvedTarget['operator']): ResolvedTarget => ({ value, operator, amber: null, from: '2023-24-Q1' });

  it('prints the operator symbol and the value at the indicator’s precision', () => {
    expect(formatTarget(target(85, '>='), 'percent', null)).toBe('≥ 85.0%');
    expect(formatTarget(target(22, '<='), 'percent', 0)).toBe('≤ 22%');
    expect(formatTarget(target(20, '<'), 'days', null)).toBe('< 20');
    expect(formatTarget(target(1500, '>'), 'count', null)).toBe('> 1,500');
  });

  it('says "No target" for null', () => {
    expect(formatTarget(null, 'percent', null)).toBe('No target');
  });
});

describe('formatCount', () => {
  it('separates thousands and rounds to whole numbers', () => {
    expect(formatCount(1234)).toBe('1,234');
    expect(formatCount(0)).toBe('0');
    expect(formatCount(null)).toBe('No data');
  });
});

describe('formatPercentOf', () => {
  it('gives a share as a whole percent, rounded half up, never 0% for some or 100% for not all', () => {
    // 54 of 85 is 63.53%; 52 of 79 is 65.82%: both read as whole percents, the same in a tile or a sentence.
    expect(formatPercentOf(54, 85)).toBe('64%');
    expect(formatPercentOf(52, 79)).toBe('66%');
    expect(formatPercentOf(1, 8)).toBe('13%');
    expect(formatPercentOf(0, 48)).toBe('0%');
    expect(formatPercentOf(48, 48)).toBe('100%');
    expect(formatPercentOf(1, 300)).toBe('<1%');
    expect(formatPercentOf(199, 200)).toBe('>99%');
  });

  it('has no percent without a base', () => {
    expect(formatPercentOf(0, 0)).toBeNull();
  });

  it('is the percent formatShareOf gives beside the counts', () => {
    for (const [part, whole] of [[54, 85], [1, 300], [199, 200], [3, 8], [0, 9]] as const) {
      expect(formatShareOf(part, whole)).toBe(`${part} of ${whole} (${formatPercentOf(part, whole)})`);
    }
  });
});

describe('formatShareOf', () => {
  it('gives counts with a whole percent', () => {
    expect(formatShareOf(38, 48)).toBe('38 of 48 (79%)');
    expect(formatShareOf(0, 48)).toBe('0 of 48 (0%)');
    expect(formatShareOf(48, 48)).toBe('48 of 48 (100%)');
    expect(formatShareOf(1200, 2400)).toBe('1,200 of 2,400 (50%)');
  });

  it('never rounds a non-zero share to 0% or a partial one to 100%', () => {
    expect(formatShareOf(1, 300)).toBe('1 of 300 (<1%)');
    expect(formatShareOf(1, 200)).toBe('1 of 200 (1%)');
    expect(formatShareOf(299, 300)).toBe('299 of 300 (>99%)');
    expect(formatShareOf(199, 200)).toBe('199 of 200 (>99%)');
    expect(formatShareOf(198, 200)).toBe('198 of 200 (99%)');
  });

  it('leaves out the percent when the whole is zero, and says "No data" when a count is missing', () => {
    expect(formatShareOf(0, 0)).toBe('0 of 0');
    expect(formatShareOf(null, 48)).toBe('No data');
    expect(formatShareOf(38, null)).toBe('No data');
  });
});

describe('formatDate', () => {
  it('writes dates as GOV.UK does', () => {
    expect(formatDate('2025-03-31')).toBe('31 March 2025');
    expect(formatDate('2026-01-01')).toBe('1 January 2026');
    expect(() => formatDate('31/03/2025')).toThrow(/YYYY-MM-DD/);
  });
});

describe('formatNumber at scale', () => {
  // A county's build formats about a quarter of a million figures; a new Intl.NumberFormat for each took
  // seconds. One formatter per number of decimals is made and reused.
  it('does not create a formatter per call', () => {
    const spy = vi.spyOn(Intl, 'NumberFormat');
    try {
      const texts = new Set<string>();
      for (let i = 0; i < 2000; i++) texts.add(formatNumber(i * 1.37 - 700, i % 4));
      expect(texts.size).toBe(2000);
      expect(spy.mock.calls.length).toBeLessThanOrEqual(4);
      expect(formatNumber(-0.04, 1)).toBe('0.0');
      expect(formatNumber(1234.5, 2)).toBe('1,234.50');
    } finally {
      spy.mockRestore();
    }
  });
});
