import { describe, expect, it } from 'vitest';
import { addShares, formatShare, share } from '../../../../src/domain/quality/share.ts';

describe('share', () => {
  it('keeps count and base with an unrounded percent', () => {
    expect(share(1, 9)).toEqual({ count: 1, total: 9, percent: (1 / 9) * 100 });
    expect(share(38, 48).percent).toBeCloseTo(79.1667, 3);
  });

  it('has no percent when the base is 0', () => {
    expect(share(0, 0)).toEqual({ count: 0, total: 0, percent: null });
  });

  it('adds counts and bases rather than averaging percentages', () => {
    expect(addShares(share(1, 9), share(6, 7))).toEqual(share(7, 16));
  });

  it('words a share through formatShareOf', () => {
    expect(formatShare(share(38, 48))).toBe('38 of 48 (79%)');
    expect(formatShare(share(0, 0))).toBe('0 of 0');
  });
});
