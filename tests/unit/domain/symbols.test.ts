import { describe, expect, it } from 'vitest';
import { SYMBOLS, symbolAnchor, symbolMeanings, symbolsShown } from '../../../src/domain/symbols.ts';

describe('statistical symbols', () => {
  it('are the government ones, each with words for screen readers and the legend', () => {
    expect(SYMBOLS).toEqual(['c', 'x', 'z', 'r', 'p']);
    const meanings = symbolMeanings(6);
    for (const symbol of SYMBOLS) {
      expect(meanings[symbol].short).not.toBe('');
      expect(meanings[symbol].meaning).not.toBe('');
    }
  });

  it('c states the threshold in force, and that a zero shown is a true zero', () => {
    expect(symbolMeanings(6).c.meaning).toMatch(/fewer than 6\)[^]*A zero shown is a true zero\./);
    expect(symbolMeanings(10).c.meaning).toContain('fewer than 10');
    expect(symbolMeanings(null).c.meaning).not.toMatch(/fewer than/);
  });

  it('each has its own legend anchor for the cells to link to', () => {
    expect(new Set(SYMBOLS.map(symbolAnchor)).size).toBe(SYMBOLS.length);
  });
});

describe('symbolsShown', () => {
  it('lists only the symbols the figures carry, in the legend order', () => {
    expect(symbolsShown([])).toEqual([]);
    expect(symbolsShown([{}, { withheld: false, revised: false }])).toEqual([]);
    expect(symbolsShown([{ revised: true }, {}, { withheld: true }, { revised: true }])).toEqual(['c', 'r']);
    expect(symbolsShown([{ withheld: true }])).toEqual(['c']);
    expect(symbolsShown([{ revised: true }])).toEqual(['r']);
  });

  it('reads any iterable, once', () => {
    function* figures() {
      yield { withheld: true };
    }
    expect(symbolsShown(figures())).toEqual(['c']);
  });
});
