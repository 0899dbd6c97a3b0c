import { describe, expect, it } from 'vitest';
import { readFigure } from '../../../../src/load/benchmarks/figure.ts';

describe('readFigure: a cell of DfE\'s file, a number or a GSS symbol for a figure not published', () => {
  it.each([['22.6', 22.6], ['632830', 632830], ['0', 0], ['-1.5', -1.5], ['.5', 0.5]])('reads %s', (text, value) => {
    expect(readFigure(text)).toEqual({ ok: true, value, notPublished: undefined });
  });

  it.each(['c', 'x', 'z', 'u', 'low'])('reads the symbol %s as not published', (symbol) => {
    expect(readFigure(symbol)).toEqual({ ok: true, value: null, notPublished: symbol });
  });

  it('reads a blank cell as not published', () => {
    expect(readFigure('')).toEqual({ ok: true, value: null, notPublished: '' });
  });

  it.each(['12.5%', '1,234', 'n/a', ':', 'C', 'West Midlands'])('refuses %s, naming the symbols it accepts', (text) => {
    const read = readFigure(text);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message).toMatch(new RegExp(`"${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" is neither a number nor one of DfE's symbols.*c, x, z, u, low`));
  });
});
