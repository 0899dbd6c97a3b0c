import { describe, expect, it } from 'vitest';
import { headings } from '../../../../src/load/benchmarks/headings.ts';

describe('headings', () => {
  it('reads the first line\'s headings in lower case, without a byte-order mark, any line ending', () => {
    expect(headings('\uFEFFold_la_code,LA_Name,SN_1 ,"SN_1P"\r\n301,Barking,308,Close \r\n')).toEqual(['old_la_code', 'la_name', 'sn_1', 'sn_1p']);
    expect(headings('a,b\n1,2')).toEqual(['a', 'b']);
    expect(headings('')).toEqual([]);
  });
});
