// Grade distributions, before moderation (as the auditor gave them) and after (final). Reports quote both:
// "auditor graded 4 Meets Good and 5 Does Not Meet Good; following moderation 1 and 8".
import { finalGrade } from './moderation.ts';
import { findScale, gradeRank, lowestGradeOf } from './scale.ts';
import { share } from './share.ts';
import type { AuditRow, Grade, GradeMix, GradeScale, Share } from './types.ts';

/** Every grade of the scale at 0, so tables and charts always show the whole scale. */
export function emptyMix(scale: GradeScale): GradeMix {
  return Object.fromEntries(scale.grades.map((g) => [g.id, 0]));
}

function mixOf(rows: readonly AuditRow[], scale: GradeScale, gradeOfRow: (row: AuditRow) => string): GradeMix {
  const mix = emptyMix(scale);
  for (const row of rows) {
    // A mix is only meaningful on one scale; refuse rows graded on another.
    findScale(scale, row.scale);
    const grade = gradeOfRow(row);
    gradeRank(scale, grade);
    mix[grade] = (mix[grade] ?? 0) + row.count;
  }
  return mix;
}

/** Grades as the auditors gave them, before moderation. */
export function auditorMix(rows: readonly AuditRow[], scale: GradeScale): GradeMix {
  return mixOf(rows, scale, (row) => row.auditorGrade);
}

/** Grades after moderation (the moderated grade where there is one). */
export function finalMix(rows: readonly AuditRow[], scale: GradeScale): GradeMix {
  return mixOf(rows, scale, finalGrade);
}

/** Counts per grade from any source (e.g. domain grades), checked against the scale. */
export function mixFromCounts(entries: Iterable<{ grade: string; count: number }>, scale: GradeScale): GradeMix {
  const mix = emptyMix(scale);
  for (const { grade, count } of entries) {
    gradeRank(scale, grade);
    mix[grade] = (mix[grade] ?? 0) + count;
  }
  return mix;
}

export function addMixes(a: GradeMix, b: GradeMix): GradeMix {
  const sum: GradeMix = { ...a };
  for (const [grade, count] of Object.entries(b)) sum[grade] = (sum[grade] ?? 0) + count;
  return sum;
}

export function mixTotal(mix: GradeMix): number {
  return Object.values(mix).reduce((sum, n) => sum + n, 0);
}

/** Audits graded good or better, by the scale's own `good` flags. */
export function goodOrBetter(mix: GradeMix, scale: GradeScale): number {
  return scale.grades.filter((g) => g.good).reduce((sum, g) => sum + (mix[g.id] ?? 0), 0);
}

/** Audits given the scale's lowest grade (e.g. Inadequate). */
export function lowestGrade(mix: GradeMix, scale: GradeScale): number {
  return mix[lowestGradeOf(scale).id] ?? 0;
}

export function goodOrBetterShare(mix: GradeMix, scale: GradeScale): Share {
  return share(goodOrBetter(mix, scale), mixTotal(mix));
}

export function lowestGradeShare(mix: GradeMix, scale: GradeScale): Share {
  return share(lowestGrade(mix, scale), mixTotal(mix));
}

/** Each grade's share of the mix, best first, for tables and stacked bars. */
export function gradeShares(mix: GradeMix, scale: GradeScale): { grade: Grade; share: Share }[] {
  const total = mixTotal(mix);
  return scale.grades.map((grade) => ({ grade, share: share(mix[grade.id] ?? 0, total) }));
}
