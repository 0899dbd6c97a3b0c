// Moderation: a senior manager re-grades a share of audits. Reports give how many were moderated, how
// many grades were agreed, moved up or moved down, and which grades moved where.
import { findScale, gradeRank, type ScaleSource } from './scale.ts';
import { share } from './share.ts';
import type { AuditRow, Grade, GradeScale, Share } from './types.ts';

/** The grade that counts: the moderator's where there is one, otherwise the auditor's. */
export function finalGrade(row: AuditRow): string {
  return row.moderatedGrade ?? row.auditorGrade;
}

export type Movement = 'unmoderated' | 'agreed' | 'upgraded' | 'downgraded';

/** How moderation moved one row's grade; up means earlier (better) on the row's own scale. */
export function movement(row: AuditRow, scales: ScaleSource): Movement {
  const scale = findScale(scales, row.scale);
  const from = gradeRank(scale, row.auditorGrade);
  if (row.moderatedGrade === null) return 'unmoderated';
  const to = gradeRank(scale, row.moderatedGrade);
  if (to === from) return 'agreed';
  return to < from ? 'upgraded' : 'downgraded';
}

export interface ModerationCounts {
  /** Audits graded (the base of the moderated share); audits done but not graded are never moderated. */
  graded: number;
  /** Audits with a moderated grade; agreed + upgraded + downgraded. */
  moderated: number;
  agreed: number;
  upgraded: number;
  downgraded: number;
}

export const NO_MODERATION: Readonly<ModerationCounts> = { graded: 0, moderated: 0, agreed: 0, upgraded: 0, downgraded: 0 };

/**
 * Counts for any group of rows. Each row is judged on its own scale, so the counts add up across
 * activities that use different scales.
 */
export function moderationCounts(rows: readonly AuditRow[], scales: ScaleSource): ModerationCounts {
  const counts: ModerationCounts = { ...NO_MODERATION };
  for (const row of rows) {
    counts.graded += row.count;
    const moved = movement(row, scales);
    if (moved === 'unmoderated') continue;
    counts.moderated += row.count;
    counts[moved] += row.count;
  }
  return counts;
}

/** Moderated audits out of graded audits. */
export function moderationRate(counts: ModerationCounts): Share {
  return share(counts.moderated, counts.graded);
}

export interface MovementCell {
  moderated: Grade;
  count: number;
}

export interface MovementRow {
  auditor: Grade;
  /** One cell per grade, in scale order. */
  cells: MovementCell[];
  /** Moderated audits the auditor gave this grade. */
  total: number;
}

/** Auditor grade (rows) by moderated grade (columns); cells on the diagonal were agreed. */
export interface MovementMatrix {
  scale: GradeScale;
  rows: MovementRow[];
  /** Moderated audits; unmoderated ones have no column to go in. */
  total: number;
}

/** Only for rows on one scale: a matrix across scales would put unrelated grades side by side. */
export function movementMatrix(rows: readonly AuditRow[], scale: GradeScale): MovementMatrix {
  const size = scale.grades.length;
  const counts = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  let total = 0;
  for (const row of rows) {
    findScale(scale, row.scale);
    const from = gradeRank(scale, row.auditorGrade);
    if (row.moderatedGrade === null) continue;
    const to = gradeRank(scale, row.moderatedGrade);
    const line = counts[from];
    if (line) line[to] = (line[to] ?? 0) + row.count;
    total += row.count;
  }
  return {
    scale,
    total,
    rows: scale.grades.map((auditor, i) => {
      const line = counts[i] ?? [];
      const cells = scale.grades.map((moderated, j) => ({ moderated, count: line[j] ?? 0 }));
      return { auditor, cells, total: cells.reduce((sum, c) => sum + c.count, 0) };
    }),
  };
}
