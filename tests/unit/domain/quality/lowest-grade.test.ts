// The share at each scale's lowest grade, after moderation, named in the scale's own words; never added across
// scales, even when their lowest grades have the same words (Nottinghamshire's "69 of 436" no report stated).
import { describe, expect, it } from 'vitest';
import { lowestGradeShares } from '../../../../src/domain/quality/lowest-grade.ts';
import type { GradeScale } from '../../../../src/domain/quality/types.ts';
import { coventryLac, ofsted, row, scales, sefton } from '../../../support/quality-fixtures.ts';

describe('lowestGradeShares', () => {
  it('gives Sefton\'s 10 of 48 inadequate, in lower case', () => {
    expect(lowestGradeShares(sefton, scales)).toEqual([
      { scale: 'ofsted', scaleLabel: 'Ofsted grades', label: 'inadequate', count: 10, total: 48, percent: (10 / 48) * 100 },
    ]);
  });

  it('counts the moderator\'s grade: Coventry\'s looked-after children audit is 8 of 9 does not meet good, not the auditors\' 5', () => {
    expect(lowestGradeShares(coventryLac, scales)).toEqual([
      { scale: 'meets_good', scaleLabel: 'Coventry audit tool', label: 'does not meet good', count: 8, total: 9, percent: (8 / 9) * 100 },
    ]);
  });

  it('keeps two scales apart even when both end in "Inadequate", each named by its scale', () => {
    const earlyHelp: GradeScale = { ...ofsted, id: 'early_help', label: 'Early help audit tool' };
    const rows = [
      row({ auditorGrade: 'inadequate', moderatedGrade: null, count: 3 }),
      row({ auditorGrade: 'good', moderatedGrade: null, count: 7 }),
      row({ scale: 'early_help', auditorGrade: 'inadequate', moderatedGrade: null, count: 1 }),
      row({ scale: 'early_help', auditorGrade: 'ri', moderatedGrade: null, count: 4 }),
    ];
    expect(lowestGradeShares(rows, [...scales, earlyHelp])).toEqual([
      { scale: 'ofsted', scaleLabel: 'Ofsted grades', label: 'inadequate', count: 3, total: 10, percent: 30 },
      { scale: 'early_help', scaleLabel: 'Early help audit tool', label: 'inadequate', count: 1, total: 5, percent: 20 },
    ]);
  });

  it('gives a true zero when no audit is at the lowest grade', () => {
    expect(lowestGradeShares([row({ auditorGrade: 'good', moderatedGrade: 'good', count: 6 })], scales))
      .toEqual([{ scale: 'ofsted', scaleLabel: 'Ofsted grades', label: 'inadequate', count: 0, total: 6, percent: 0 }]);
  });
});
