// The quality assurance activities the demo's council runs: monthly case-file audits and practice observations,
// and in some quarters a themed audit, a dip sample or a multi-agency audit; one cancelled, some planned ahead.
import { SCHEDULE_MONTHS } from '../periods.ts';

export type ActivityType = 'audit' | 'observation' | 'dip_sample' | 'multi_agency_audit';

export const CASE_FILE_AUDITS = 'Monthly case file audits';
export const PRACTICE_OBSERVATIONS = 'Practice observations';
export const ALL_AREAS = 'All service areas';

export const AREA_FRONT_DOOR = 'Front door and assessment';
export const AREA_CIN_CP = 'Child in need and protection';
export const AREA_CIC = 'Children in care';
export const AREA_CARE_LEAVERS = 'Care leavers';
export const AREA_EARLY_HELP = 'Early help';
export const AREA_DISABILITIES = 'Children with disabilities';
/** In the order the audits file lists them. */
export const SERVICE_AREAS = [AREA_FRONT_DOOR, AREA_CIN_CP, AREA_CIC, AREA_CARE_LEAVERS, AREA_EARLY_HELP, AREA_DISABILITIES, ALL_AREAS];

/** Practice observations focus on one service area each month, in rotation. */
const OBSERVATION_ROTATION = [AREA_CIN_CP, AREA_CIC, AREA_FRONT_DOOR, AREA_EARLY_HELP, AREA_CARE_LEAVERS];
export const observationArea = (month: string): string => OBSERVATION_ROTATION[SCHEDULE_MONTHS.indexOf(month) % OBSERVATION_ROTATION.length]!;

export interface ThemedActivity {
  activity: string;
  area: string;
  /** 0, 1 or 2: which month of the quarter. */
  month: number;
  /** Dip samples only: number of cases and the share judged to meet good or better. */
  count?: number;
  goodShare?: number;
}

/**
 * Themed audits (type audit, Ofsted scale), by quarter index: they take the case-file audits above the monthly quota,
 * in the quarters front-door.ts gives more audits (THEMED_AUDIT_QUARTERS).
 */
export const THEMED_AUDITS: Record<number, ThemedActivity> = {
  0: { activity: 'Themed audit: children with disabilities', area: AREA_DISABILITIES, month: 1 },
  6: { activity: 'Themed audit: children subject to a second child protection plan', area: AREA_CIN_CP, month: 1 },
  7: { activity: 'Themed audit: unaccompanied asylum-seeking children', area: AREA_CIC, month: 0 },
  9: { activity: 'Themed audit: pre-birth assessments', area: AREA_FRONT_DOOR, month: 1 },
  10: { activity: 'Themed audit: children in care placed out of borough', area: AREA_CIC, month: 2 },
  11: { activity: 'Themed audit: children missing from home and care', area: AREA_CIN_CP, month: 1 },
  12: { activity: 'Themed audit: care leavers not in education, employment or training', area: AREA_CARE_LEAVERS, month: 0 },
};

/** Dip samples (meets good scale) in some quarters. */
export const DIP_SAMPLES: Record<number, ThemedActivity> = {
  1: { activity: 'Dip sample: re-referrals within 12 months', area: AREA_FRONT_DOOR, month: 1, count: 30, goodShare: 0.4 },
  3: { activity: 'Dip sample: initial health assessments for children entering care', area: AREA_CIC, month: 1, count: 20, goodShare: 0.55 },
  5: { activity: 'Dip sample: assessments ending in no further action', area: AREA_FRONT_DOOR, month: 1, count: 25, goodShare: 0.6 },
  7: { activity: 'Dip sample: strategy discussions and section 47 enquiries', area: AREA_CIN_CP, month: 1, count: 20, goodShare: 0.65 },
  9: { activity: 'Dip sample: step-down from social care to early help', area: AREA_EARLY_HELP, month: 2, count: 20, goodShare: 0.7 },
  11: { activity: 'Dip sample: pathway plans for care leavers', area: AREA_CARE_LEAVERS, month: 2, count: 15, goodShare: 0.72 },
  12: { activity: 'Dip sample: child protection visits', area: AREA_CIN_CP, month: 2, count: 20, goodShare: 0.45 },
};

export type MultiAgencyAudit = ThemedActivity & { partners: string; grades: Record<string, number> };

/**
 * Multi-agency audits (type multi_agency_audit, Ofsted scale), done with partners; grades are fixed rather than drawn,
 * so adding one leaves every other figure of the demo as it was.
 */
export const MULTI_AGENCY_AUDITS: Record<number, MultiAgencyAudit> = {
  12: { activity: 'Multi-agency audit: neglect', area: AREA_CIN_CP, month: 1, partners: 'health, police and schools',
    grades: { outstanding: 0, good: 2, requires_improvement: 3, inadequate: 1 } },
};

export interface ScheduledActivity {
  month: string;
  activity: string;
  area: string;
}

/** Scheduled but never carried out (no results). */
export const CANCELLED: readonly ScheduledActivity[] = [
  { month: '2023-08', activity: 'Themed audit: private fostering arrangements', area: AREA_CIN_CP },
  { month: '2024-12', activity: 'Dip sample: return home interviews', area: AREA_CIC },
];

/** Planned for the months after the last demo quarter. */
export const PLANNED_AFTER: readonly ScheduledActivity[] = [
  { month: '2026-01', activity: 'Dip sample: assessments ending in no further action', area: AREA_FRONT_DOOR },
  { month: '2026-02', activity: 'Themed audit: children with disabilities', area: AREA_DISABILITIES },
  { month: '2026-03', activity: 'Dip sample: supervision records', area: ALL_AREAS },
];

// Moderation was first reported centrally from January 2023 (quarter index 1): the first quarter's file has no
// moderated_grade column, and gives the grade that stood, so the site says "moderation not reported".
export const MODERATION_REPORTED_FROM = 1;

// Family support, a partner service, began auditing with a tool that does not grade yet (as Nottinghamshire's
// family support audits in seed 003): counted as done but not graded in the two latest quarters. Fixed counts,
// so no other demo figure changes.
export const FAMILY_SUPPORT_AUDITS = 'Family support case audits';
export const FAMILY_SUPPORT_UNGRADED: Record<number, number> = { 11: 18, 12: 24 };

/** `children with disabilities` from `Themed audit: children with disabilities`. */
export const themeOf = (activity: string): string => activity.slice(activity.indexOf(':') + 2);
