import { describe, expect, it } from 'vitest';
import { findScale, gradeOf, gradeRank, isGoodGrade, isLowestGrade, lowestGradeOf } from '../../../../src/domain/quality/scale.ts';
import { meetsGood, ofsted, scales } from '../../../support/quality-fixtures.ts';

describe('grade scales', () => {
  it('finds a scale in a list, or accepts a single matching one', () => {
    expect(findScale(scales, 'meets_good')).toBe(meetsGood);
    expect(findScale(ofsted, 'ofsted')).toBe(ofsted);
  });

  it('refuses an unknown scale or a single scale that does not match', () => {
    expect(() => findScale(scales, 'ten_point')).toThrow(/Unknown grade scale "ten_point"/);
    expect(() => findScale(ofsted, 'meets_good')).toThrow(/scale "meets_good" cannot be read with scale "ofsted"/);
  });

  it('ranks grades best first', () => {
    expect(gradeRank(ofsted, 'outstanding')).toBe(0);
    expect(gradeRank(ofsted, 'inadequate')).toBe(3);
    expect(gradeOf(meetsGood, 'meets').label).toBe('Meets good');
  });

  it('refuses a grade that is not on the scale', () => {
    expect(() => gradeRank(meetsGood, 'good')).toThrow(/Grade "good" is not on scale "meets_good"/);
  });

  it('reads good-or-better from the flags, not the position', () => {
    expect(isGoodGrade(ofsted, 'good')).toBe(true);
    expect(isGoodGrade(ofsted, 'ri')).toBe(false);
    expect(isGoodGrade(meetsGood, 'meets')).toBe(true);
  });

  it('takes the last grade as the lowest', () => {
    expect(lowestGradeOf(ofsted).id).toBe('inadequate');
    expect(lowestGradeOf(meetsGood).id).toBe('not_met');
    expect(isLowestGrade(ofsted, 'inadequate')).toBe(true);
    expect(isLowestGrade(ofsted, 'ri')).toBe(false);
    expect(() => lowestGradeOf({ id: 'none', label: 'None', grades: [], headline: 'good or better' })).toThrow(/has no grades/);
  });
});
