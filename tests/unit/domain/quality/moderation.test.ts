import { describe, expect, it } from 'vitest';
import {
  finalGrade,
  moderationCounts,
  moderationRate,
  movement,
  movementMatrix,
} from '../../../../src/domain/quality/moderation.ts';
import { coventryFeb, coventryLac, coventryObservations, meetsGood, ofsted, row, scales, sefton } from '../../../support/quality-fixtures.ts';

describe('finalGrade', () => {
  it('is the moderated grade where there is one, else the auditor’s', () => {
    expect(finalGrade(row({ auditorGrade: 'good', moderatedGrade: 'ri', count: 1 }))).toBe('ri');
    expect(finalGrade(row({ auditorGrade: 'good', moderatedGrade: null, count: 1 }))).toBe('good');
  });
});

describe('movement', () => {
  it.each([
    ['good', 'ri', 'downgraded'],
    ['ri', 'good', 'upgraded'],
    ['ri', 'ri', 'agreed'],
    ['ri', null, 'unmoderated'],
    ['inadequate', 'outstanding', 'upgraded'],
  ] as const)('%s moderated to %s is %s', (from, to, expected) => {
    expect(movement(row({ auditorGrade: from, moderatedGrade: to, count: 1 }), ofsted)).toBe(expected);
  });

  it('refuses grades not on the row’s scale', () => {
    expect(() => movement(row({ auditorGrade: 'meets', moderatedGrade: null, count: 1 }), scales)).toThrow(/not on scale "ofsted"/);
    expect(() => movement(row({ auditorGrade: 'ri', moderatedGrade: 'meets', count: 1 }), scales)).toThrow(/not on scale "ofsted"/);
  });
});

describe('moderationCounts', () => {
  it('Coventry LAC: all 9 moderated, 6 agreed, 3 moved down', () => {
    expect(moderationCounts(coventryLac, meetsGood)).toEqual({ graded: 9, moderated: 9, agreed: 6, upgraded: 0, downgraded: 3 });
  });

  it('Sefton: 48 audits, half moderated, the two good audits moved down', () => {
    expect(moderationCounts(sefton, ofsted)).toEqual({ graded: 48, moderated: 24, agreed: 22, upgraded: 0, downgraded: 2 });
    expect(moderationRate(moderationCounts(sefton, ofsted))).toEqual({ count: 24, total: 48, percent: 50 });
  });

  it('counts moves up as well as down', () => {
    expect(moderationCounts(coventryFeb, meetsGood)).toEqual({ graded: 21, moderated: 21, agreed: 13, upgraded: 1, downgraded: 7 });
  });

  it('adds across scales, judging each row on its own', () => {
    const counts = moderationCounts([...sefton, ...coventryLac, ...coventryObservations], scales);
    expect(counts).toEqual({ graded: 64, moderated: 33, agreed: 28, upgraded: 0, downgraded: 5 });
  });

  it('treats unmoderated rows as counted but not moderated', () => {
    expect(moderationCounts(coventryObservations, meetsGood)).toEqual({ graded: 7, moderated: 0, agreed: 0, upgraded: 0, downgraded: 0 });
    expect(moderationRate(moderationCounts(coventryObservations, meetsGood)).percent).toBe(0);
  });

  it('is all zeros, with no rate, for no rows', () => {
    const counts = moderationCounts([], scales);
    expect(counts).toEqual({ graded: 0, moderated: 0, agreed: 0, upgraded: 0, downgraded: 0 });
    expect(moderationRate(counts)).toEqual({ count: 0, total: 0, percent: null });
  });

  it('refuses a row whose scale is not the one given', () => {
    expect(() => moderationCounts(coventryLac, ofsted)).toThrow(/cannot be read with scale "ofsted"/);
  });
});

describe('movementMatrix', () => {
  it('puts auditor grades in rows and moderated grades in columns, in scale order', () => {
    const matrix = movementMatrix(coventryFeb, meetsGood);
    expect(matrix.rows.map((r) => r.auditor.id)).toEqual(['exceeds', 'meets', 'not_met']);
    expect(matrix.rows.map((r) => r.cells.map((c) => c.moderated.id))).toEqual([
      ['exceeds', 'meets', 'not_met'],
      ['exceeds', 'meets', 'not_met'],
      ['exceeds', 'meets', 'not_met'],
    ]);
    expect(matrix.rows.map((r) => r.cells.map((c) => c.count))).toEqual([
      [1, 0, 0],
      [1, 2, 7],
      [0, 0, 10],
    ]);
    expect(matrix.rows.map((r) => r.total)).toEqual([1, 10, 10]);
    expect(matrix.total).toBe(21);
    expect(matrix.scale).toBe(meetsGood);
  });

  it('leaves unmoderated audits out', () => {
    const matrix = movementMatrix(sefton, ofsted);
    expect(matrix.total).toBe(24);
    expect(matrix.rows.map((r) => r.cells.map((c) => c.count))).toEqual([
      [0, 0, 0, 0],
      [0, 0, 2, 0],
      [0, 0, 16, 0],
      [0, 0, 0, 6],
    ]);
  });

  it('is all zeros for no rows, still showing the whole scale', () => {
    const matrix = movementMatrix([], meetsGood);
    expect(matrix.total).toBe(0);
    expect(matrix.rows).toHaveLength(3);
    expect(matrix.rows.every((r) => r.total === 0 && r.cells.length === 3)).toBe(true);
  });

  it('refuses rows on another scale', () => {
    expect(() => movementMatrix([...coventryLac, ...sefton], meetsGood)).toThrow(/"ofsted" cannot be read with scale "meets_good"/);
  });
});
