// Scales and audit rows taken from real QA reports (Sefton 2023, Coventry 2018), so the tests check the
// figures those reports quote.
import type { AuditRow, GradeScale } from '../../src/domain/quality/types.ts';

export const ofsted: GradeScale = {
  id: 'ofsted',
  label: 'Ofsted grades',
  grades: [
    { id: 'outstanding', label: 'Outstanding', good: true },
    { id: 'good', label: 'Good', good: true },
    { id: 'ri', label: 'Requires improvement to be good', good: false },
    { id: 'inadequate', label: 'Inadequate', good: false },
  ],
  headline: 'good or better',
};

export const meetsGood: GradeScale = {
  id: 'meets_good',
  label: 'Coventry audit tool',
  grades: [
    { id: 'exceeds', label: 'Exceeds good', good: true },
    { id: 'meets', label: 'Meets good', good: true },
    { id: 'not_met', label: 'Does not meet good', good: false },
  ],
  headline: 'meets good or better',
};

export const scales = [ofsted, meetsGood];

export function row(partial: Partial<AuditRow> & Pick<AuditRow, 'auditorGrade' | 'moderatedGrade' | 'count'>): AuditRow {
  return {
    period: '2023-24-Q3',
    activity: 'Deep dive case audits',
    type: 'audit',
    scale: 'ofsted',
    serviceArea: '',
    month: null,
    moderationReported: true,
    ...partial,
  };
}

/**
 * Sefton: 48 deep dive audits, final 38 RI and 10 inadequate; two graded good were moved down to RI.
 * About half were moderated (24 here).
 */
export const sefton: AuditRow[] = [
  row({ auditorGrade: 'good', moderatedGrade: 'ri', count: 2 }),
  row({ auditorGrade: 'ri', moderatedGrade: 'ri', count: 16 }),
  row({ auditorGrade: 'inadequate', moderatedGrade: 'inadequate', count: 6 }),
  row({ auditorGrade: 'ri', moderatedGrade: null, count: 20 }),
  row({ auditorGrade: 'inadequate', moderatedGrade: null, count: 4 }),
];

function coventry(partial: Partial<AuditRow> & Pick<AuditRow, 'auditorGrade' | 'moderatedGrade' | 'count'>): AuditRow {
  return row({ period: '2017-18-Q4', scale: 'meets_good', ...partial });
}

/** Coventry LAC audit: auditor 4 Meets Good + 5 Does Not Meet Good; after moderation 1 + 8. */
export const coventryLac: AuditRow[] = [
  coventry({ activity: 'LAC long-term foster care', auditorGrade: 'meets', moderatedGrade: 'meets', count: 1 }),
  coventry({ activity: 'LAC long-term foster care', auditorGrade: 'meets', moderatedGrade: 'not_met', count: 3 }),
  coventry({ activity: 'LAC long-term foster care', auditorGrade: 'not_met', moderatedGrade: 'not_met', count: 5 }),
];

/**
 * Coventry February audits, 21 cases: auditor 1 Exceeds, 10 Meets, 10 Does not meet; after moderation
 * 2 Exceeds, 2 Meets, 17 Does not meet. Social care 12 (2, 2, 8); early help 9, all Does not meet.
 */
export const coventryFeb: AuditRow[] = [
  coventry({ activity: 'Adoption, care leaver and early help', serviceArea: 'Social care', auditorGrade: 'exceeds', moderatedGrade: 'exceeds', count: 1 }),
  coventry({ activity: 'Adoption, care leaver and early help', serviceArea: 'Social care', auditorGrade: 'meets', moderatedGrade: 'exceeds', count: 1 }),
  coventry({ activity: 'Adoption, care leaver and early help', serviceArea: 'Social care', auditorGrade: 'meets', moderatedGrade: 'meets', count: 2 }),
  coventry({ activity: 'Adoption, care leaver and early help', serviceArea: 'Social care', auditorGrade: 'meets', moderatedGrade: 'not_met', count: 3 }),
  coventry({ activity: 'Adoption, care leaver and early help', serviceArea: 'Social care', auditorGrade: 'not_met', moderatedGrade: 'not_met', count: 5 }),
  coventry({ activity: 'Adoption, care leaver and early help', serviceArea: 'Early help', auditorGrade: 'meets', moderatedGrade: 'not_met', count: 4 }),
  coventry({ activity: 'Adoption, care leaver and early help', serviceArea: 'Early help', auditorGrade: 'not_met', moderatedGrade: 'not_met', count: 5 }),
];

/** Coventry practice observations: 6 Meets Good, 1 Does not meet; not moderated. */
export const coventryObservations: AuditRow[] = [
  coventry({ activity: 'Practice observations', type: 'observation', serviceArea: 'CiN reviews', auditorGrade: 'meets', moderatedGrade: null, count: 3 }),
  coventry({ activity: 'Practice observations', type: 'observation', serviceArea: 'LAC reviews', auditorGrade: 'meets', moderatedGrade: null, count: 3 }),
  coventry({ activity: 'Practice observations', type: 'observation', serviceArea: 'LAC reviews', auditorGrade: 'not_met', moderatedGrade: null, count: 1 }),
];
