// Looking grades up in their scale. A grade's position is its meaning (earlier is better), so every rule
// that compares grades goes through here, and an id the scale does not know is an error, never a guess.
import type { Grade, GradeScale } from './types.ts';

/** One scale for rows known to share it, or all scales to look each row's own one up. */
export type ScaleSource = GradeScale | readonly GradeScale[];

export function findScale(scales: ScaleSource, scaleId: string): GradeScale {
  if (!Array.isArray(scales)) {
    const only = scales as GradeScale;
    if (only.id !== scaleId) throw new Error(`Grades on scale "${scaleId}" cannot be read with scale "${only.id}"`);
    return only;
  }
  const found = (scales as readonly GradeScale[]).find((s) => s.id === scaleId);
  if (!found) throw new Error(`Unknown grade scale "${scaleId}"`);
  return found;
}

/** 0 for the best grade; larger is worse. */
export function gradeRank(scale: GradeScale, gradeId: string): number {
  const index = scale.grades.findIndex((g) => g.id === gradeId);
  if (index < 0) throw new Error(`Grade "${gradeId}" is not on scale "${scale.id}"`);
  return index;
}

export function gradeOf(scale: GradeScale, gradeId: string): Grade {
  const grade = scale.grades[gradeRank(scale, gradeId)];
  if (!grade) throw new Error(`Grade "${gradeId}" is not on scale "${scale.id}"`);
  return grade;
}

export function isGoodGrade(scale: GradeScale, gradeId: string): boolean {
  return gradeOf(scale, gradeId).good;
}

/** The last grade (Inadequate, Does not meet good): the one reports count on its own. */
export function lowestGradeOf(scale: GradeScale): Grade {
  const lowest = scale.grades[scale.grades.length - 1];
  if (!lowest) throw new Error(`Grade scale "${scale.id}" has no grades`);
  return lowest;
}

export function isLowestGrade(scale: GradeScale, gradeId: string): boolean {
  gradeRank(scale, gradeId);
  return lowestGradeOf(scale).id === gradeId;
}
