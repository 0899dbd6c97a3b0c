import { describe, expect, it } from 'vitest';
import { parseFilter } from '../../../../src/load/benchmarks/filter.ts';

describe('parseFilter: benchmarks.csv\'s filter, column=value pairs joined by ;', () => {
  it('reads pairs, trimming each side and lower-casing the column as headings are read', () => {
    expect(parseFilter('category=Referrals and Re-referrals')).toEqual({ ok: true, filter: { category: 'Referrals and Re-referrals' } });
    expect(parseFilter(' Category = Children in Need ; characteristic=Total ')).toEqual({ ok: true, filter: { category: 'Children in Need', characteristic: 'Total' } });
  });

  it('keeps an = inside the value', () => {
    expect(parseFilter('breakdown=age=10-15')).toEqual({ ok: true, filter: { breakdown: 'age=10-15' } });
  });

  it('reads a blank filter as no filter', () => {
    expect(parseFilter('')).toEqual({ ok: true, filter: {} });
  });

  it.each([
    ['category', /"category" is not written column=value/],
    ['=Referrals', /"=Referrals" is not written column=value/],
    ['category=Referrals;;', /empty part/],
    ['category=a;category=b', /"category" is given twice/],
  ])('refuses %s, saying how to write it', (text, message) => {
    const read = parseFilter(text);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message).toMatch(message);
    expect(!read.ok && read.message).toMatch(/category=Referrals and Re-referrals/);
  });
});
