// The pass line ("good or better", "meets good or better") is counted on the grade that stands after moderation,
// and shares are only added across scales whose pass line has the same words.
import { describe, expect, it } from 'vitest';
import { headlineShares } from '../../../../src/domain/quality/headline.ts';
import type { GradeScale } from '../../../../src/domain/quality/types.ts';
import { coventryLac, ofsted, row, scales, sefton } from '../../../support/quality-fixtures.ts';

describe('headlineShares', () => {
  it('counts the grade after moderation: Sefton\'s 48 deep dives, two moved down from good, are none good or better', () => {
    expect(headlineShares(sefton, scales)).toEqual([{ label: 'good or better', count: 0, total: 48, percent: 0 }]);
  });

  it('uses the auditor\'s grade where no moderator re-graded the audit', () => {
    const rows = [row({ auditorGrade: 'good', moderatedGrade: null, count: 3 }), row({ auditorGrade: 'inadequate', moderatedGrade: null, count: 1 })];
    expect(headlineShares(rows, scales)).toEqual([{ label: 'good or better', count: 3, total: 4, percent: 75 }]);
  });

  it('keeps scales with different words apart, in the order they first appear (Coventry\'s 1 of 9 meets good or better)', () => {
    expect(headlineShares([...coventryLac, ...sefton], scales)).toEqual([
      { label: 'meets good or better', count: 1, total: 9, percent: (1 / 9) * 100 },
      { label: 'good or better', count: 0, total: 48, percent: 0 },
    ]);
  });

  it('adds scales whose pass line has the same words', () => {
    const earlyHelp: GradeScale = { ...ofsted, id: 'early_help', label: 'Early help audit tool' };
    const rows = [
      row({ auditorGrade: 'outstanding', moderatedGrade: null, count: 2 }),
      row({ scale: 'early_help', auditorGrade: 'good', moderatedGrade: null, count: 4 }),
      row({ scale: 'early_help', auditorGrade: 'ri', moderatedGrade: null, count: 4 }),
    ];
    expect(headlineShares(rows, [...scales, earlyHelp])).toEqual([{ label: 'good or better', count: 6, total: 10, percent: 60 }]);
  });

  it('gives nothing for no audits', () => {
    expect(headlineShares([], scales)).toEqual([]);
  });
});
