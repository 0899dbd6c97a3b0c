import { describe, expect, it } from 'vitest';
import {
  addMixes,
  auditorMix,
  emptyMix,
  finalMix,
  goodOrBetter,
  goodOrBetterShare,
  gradeShares,
  lowestGrade,
  lowestGradeShare,
  mixFromCounts,
  mixTotal,
} from '../../../../src/domain/quality/grade-mix.ts';
import { formatShare } from '../../../../src/domain/quality/share.ts';
import { coventryFeb, coventryLac, coventryObservations, meetsGood, ofsted, sefton } from '../../../support/quality-fixtures.ts';

describe('grade mixes', () => {
  it('Coventry LAC: 4 and 5 as audited, 1 and 8 after moderation, every grade present', () => {
    expect(auditorMix(coventryLac, meetsGood)).toEqual({ exceeds: 0, meets: 4, not_met: 5 });
    expect(finalMix(coventryLac, meetsGood)).toEqual({ exceeds: 0, meets: 1, not_met: 8 });
  });

  it('Sefton: 38 RI and 10 inadequate after moderation, 2 good before', () => {
    expect(auditorMix(sefton, ofsted)).toEqual({ outstanding: 0, good: 2, ri: 36, inadequate: 10 });
    expect(finalMix(sefton, ofsted)).toEqual({ outstanding: 0, good: 0, ri: 38, inadequate: 10 });
  });

  it('Coventry February: 1/10/10 before, 2/2/17 after', () => {
    expect(auditorMix(coventryFeb, meetsGood)).toEqual({ exceeds: 1, meets: 10, not_met: 10 });
    expect(finalMix(coventryFeb, meetsGood)).toEqual({ exceeds: 2, meets: 2, not_met: 17 });
  });

  it('uses the auditor’s grade as final where not moderated', () => {
    expect(finalMix(coventryObservations, meetsGood)).toEqual(auditorMix(coventryObservations, meetsGood));
    expect(finalMix(coventryObservations, meetsGood)).toEqual({ exceeds: 0, meets: 6, not_met: 1 });
  });

  it('is all zeros for no rows', () => {
    expect(finalMix([], ofsted)).toEqual({ outstanding: 0, good: 0, ri: 0, inadequate: 0 });
    expect(emptyMix(meetsGood)).toEqual({ exceeds: 0, meets: 0, not_met: 0 });
  });

  it('refuses rows on another scale', () => {
    expect(() => finalMix(sefton, meetsGood)).toThrow(/cannot be read with scale/);
  });

  it('builds a mix from plain counts, refusing unknown grades', () => {
    expect(mixFromCounts([{ grade: 'meets', count: 5 }, { grade: 'meets', count: 1 }], meetsGood)).toEqual({ exceeds: 0, meets: 6, not_met: 0 });
    expect(() => mixFromCounts([{ grade: 'good', count: 1 }], meetsGood)).toThrow(/not on scale/);
  });

  it('adds mixes of one scale', () => {
    const sum = addMixes(finalMix(coventryLac, meetsGood), finalMix(coventryObservations, meetsGood));
    expect(sum).toEqual({ exceeds: 0, meets: 7, not_met: 9 });
    expect(mixTotal(sum)).toBe(16);
  });
});

describe('good or better and lowest grade', () => {
  it('counts good or better by the scale’s flags', () => {
    const mix = finalMix(coventryFeb, meetsGood);
    expect(goodOrBetter(mix, meetsGood)).toBe(4);
    expect(lowestGrade(mix, meetsGood)).toBe(17);
    expect(goodOrBetter(auditorMix(sefton, ofsted), ofsted)).toBe(2);
    expect(goodOrBetter(finalMix(sefton, ofsted), ofsted)).toBe(0);
  });

  it('gives shares with their base, worded as the reports do', () => {
    const lac = finalMix(coventryLac, meetsGood);
    expect(goodOrBetterShare(lac, meetsGood)).toEqual({ count: 1, total: 9, percent: (1 / 9) * 100 });
    expect(formatShare(lowestGradeShare(lac, meetsGood))).toBe('8 of 9 (89%)');
    expect(formatShare(lowestGradeShare(finalMix(sefton, ofsted), ofsted))).toBe('10 of 48 (21%)');
  });

  it('has no percent for an empty mix', () => {
    expect(goodOrBetterShare(emptyMix(ofsted), ofsted)).toEqual({ count: 0, total: 0, percent: null });
    expect(lowestGradeShare(emptyMix(ofsted), ofsted).percent).toBeNull();
  });

  it('lists every grade’s share, best first', () => {
    const shares = gradeShares(finalMix(sefton, ofsted), ofsted);
    expect(shares.map((s) => [s.grade.id, s.share.count])).toEqual([
      ['outstanding', 0],
      ['good', 0],
      ['ri', 38],
      ['inadequate', 10],
    ]);
    expect(shares[2]?.share.total).toBe(48);
  });
});
