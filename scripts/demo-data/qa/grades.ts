// The grade scales (grade-scales.json), best grade first, and lookups on them.

export interface Grade {
  id: string;
  label: string;
  good: boolean;
}

export interface Scale {
  id: string;
  label: string;
  /** The scale's own pass-line words; left out for the default "good or better". */
  headline?: string;
  grades: Grade[];
}

export const GRADE_SCALES: readonly Scale[] = [
  {
    id: 'ofsted',
    label: 'Ofsted four-point scale',
    grades: [
      { id: 'outstanding', label: 'Outstanding', good: true },
      { id: 'good', label: 'Good', good: true },
      { id: 'requires_improvement', label: 'Requires improvement to be good', good: false },
      { id: 'inadequate', label: 'Inadequate', good: false },
    ],
  },
  {
    id: 'meets_good',
    label: 'Meets good three-point scale',
    // Coventry's words for its pass line (seed 004), so the demo shows a headline other than the default.
    headline: 'meets good or better',
    grades: [
      { id: 'exceeds_good', label: 'Exceeds good', good: true },
      { id: 'meets_good', label: 'Meets good', good: true },
      { id: 'does_not_meet_good', label: 'Does not meet good', good: false },
    ],
  },
];

const scaleById = new Map(GRADE_SCALES.map((s) => [s.id, s]));

/** A grade's place on its scale, 0 for the best. */
export function gradeIndex(scaleId: string, gradeId: string): number {
  const index = scaleById.get(scaleId)!.grades.findIndex((g) => g.id === gradeId);
  if (index < 0) throw new Error(`grade ${gradeId} is not on scale ${scaleId}`);
  return index;
}

export function gradeAt(scaleId: string, index: number): string {
  return scaleById.get(scaleId)!.grades[index]!.id;
}

export function isGood(scaleId: string, gradeId: string): boolean {
  return scaleById.get(scaleId)!.grades[gradeIndex(scaleId, gradeId)]!.good;
}

export function gradeScalesJson(): string {
  return JSON.stringify(GRADE_SCALES, null, 2) + '\n';
}
