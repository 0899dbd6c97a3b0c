import { describe, expect, it } from 'vitest';
import { csv, csvField, listText, num, plural, prose, round } from '../../../../scripts/demo-data/text.ts';

describe('numbers and CSV as the demo writes them', () => {
  it('rounds half away from zero, never to -0', () => {
    expect(round(2.25, 1)).toBe(2.3);
    expect(round(-0.04, 1)).toBe(0);
    expect(Object.is(round(-0.04, 1), -0)).toBe(false);
  });

  it('writes plain numbers, blank for none, and refuses what is not a number', () => {
    expect([num(1234.5), num(null), num(undefined)]).toEqual(['1234.5', '', '']);
    expect(() => num(Number.NaN)).toThrow(/not a finite number/);
  });

  it('quotes a field only when it must', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csv(['a', 'b'], [[1, 'x,y']])).toBe('a,b\n1,"x,y"\n');
    expect(() => csv(['a', 'b'], [[1]])).toThrow(/row has 1 fields, header 2/);
  });

  it('says numbers in prose with their unit', () => {
    expect(prose(1234.5, 'percent', 1)).toBe('1,234.5%');
    expect(prose(548.3, 'rate_per_10000', 1)).toBe('548.3 per 10,000');
    expect(prose(31, 'days', 0)).toBe('31 days');
    expect(plural(1, 'case was', 'cases were')).toBe('one case was');
    expect(plural(12, 'case', 'cases')).toBe('12 cases');
    expect(listText(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
