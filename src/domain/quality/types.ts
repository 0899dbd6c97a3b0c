// The shapes of validated quality assurance data. The loader checks references (scales, grades, periods)
// before anything here runs, so the rules can trust ids; they still refuse an unknown one loudly rather
// than publish a wrong count.
import type { PeriodId } from '../period.ts';

export interface Grade {
  id: string;
  label: string;
  /** True for "good or better" grades, so scales with their own wording still answer the Ofsted question. */
  good: boolean;
}

export interface GradeScale {
  id: string;
  label: string;
  /** Best first; the last grade is the lowest (e.g. Inadequate, Does not meet good). */
  grades: Grade[];
  /**
   * The words for its grades marked `good`, the scale's own pass line ("adequate or good"); DEFAULT_HEADLINE
   * when the file gives none. Shares are only added across scales with the same words.
   */
  headline: string;
}

export const DEFAULT_HEADLINE = 'good or better';

// From councils' QA frameworks (e.g. Leicester's, seed 002): monthly thematic spotlights, multi-agency
// audits and learning reviews are graded case by case like audits, so they share the audit format.
export const AUDIT_TYPES = ['audit', 'observation', 'dip_sample', 'thematic_review', 'multi_agency_audit', 'learning_review'] as const;
export type AuditType = (typeof AUDIT_TYPES)[number];

/**
 * How many audits of one activity the auditor graded `auditorGrade` and a moderator then graded
 * `moderatedGrade`. Counts are held as a movement (from, to) because that is the only form from which
 * both "before and after moderation" mixes and the agreed/up/down counts can be derived.
 */
export interface AuditRow {
  period: PeriodId;
  activity: string;
  type: AuditType;
  /** A GradeScale id. */
  scale: string;
  auditorGrade: string;
  /** null: not moderated, so the auditor's grade stands. */
  moderatedGrade: string | null;
  count: number;
  /** '' when the data does not split the activity by service area. */
  serviceArea: string;
  /** `YYYY-MM`, when the data says which month the audits were done. */
  month: string | null;
  /** False when the file has no moderated_grade column: moderation was not reported, not "none moderated". */
  moderationReported: boolean;
}

/** Audits done but not graded (blank scale and grade): they count in what was done, never in a share. */
export interface UngradedRow {
  period: PeriodId;
  activity: string;
  type: AuditType;
  count: number;
  serviceArea: string;
  month: string | null;
}

/** Grades for each practice domain (e.g. the 12 areas of Coventry's audit tool). */
export interface DomainGradeRow {
  period: PeriodId;
  activity: string;
  domain: string;
  grade: string;
  count: number;
}

export const SCHEDULE_STATUSES = ['planned', 'complete', 'cancelled'] as const;
export type ScheduleStatus = (typeof SCHEDULE_STATUSES)[number];

export interface ScheduleItem {
  /** `YYYY-MM`. */
  month: string;
  activity: string;
  serviceArea: string;
  status: ScheduleStatus;
}

export const ACTION_STATUSES = ['not_started', 'on_track', 'at_risk', 'complete'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export interface Action {
  id: string;
  title: string;
  owner: string;
  raised: PeriodId;
  /** `YYYY-MM-DD`. */
  due: string;
  /**
   * The status now. Whether it was complete at a date comes from `completed`; the progress of an action not yet
   * complete (not started, on track, at risk) has no date, so it is the one given now.
   */
  status: ActionStatus;
  /** The day it was completed, `YYYY-MM-DD`: given exactly when `status` is `complete`, else null. */
  completed: string | null;
  /** Indicator ids the action is meant to move. */
  indicators: string[];
}

export interface Narrative {
  period: PeriodId;
  summary: string;
  /** `html` is rendered from Markdown by the loader, not here. */
  sections: { heading: string; html: string }[];
}

/**
 * One question put to children, young people, parents or carers in a quarter (feedback/<period>.csv), and how
 * many of those asked agreed, e.g. Children, Interview, "I felt listened to", 12 of 14.
 */
export interface FeedbackRow {
  period: PeriodId;
  /** Who was asked, e.g. Children and young people, Parents and carers. */
  source: string;
  /** How, e.g. Interview, Questionnaire, Telephone interview. */
  method: string;
  question: string;
  /** 0 to asked. */
  agreed: number;
  /** 1 or more. */
  asked: number;
}

export interface QualityData {
  scales: GradeScale[];
  audits: AuditRow[];
  ungraded: UngradedRow[];
  domainGrades: DomainGradeRow[];
  /** Feedback from children and families, in each file's row order, oldest quarter first. */
  feedback: FeedbackRow[];
  schedule: ScheduleItem[];
  actions: Action[];
  narratives: Narrative[];
  /** Images the narratives show, read from the data folder, published under media/<path>. */
  media: MediaFile[];
}

export interface MediaFile {
  /** Relative to the data folder, e.g. `narrative/images/audits.png`. */
  path: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/** A count out of a base. `percent` is unrounded (0-100) and null when the base is 0. */
export interface Share {
  count: number;
  total: number;
  percent: number | null;
}

/** Audits per grade id; every grade of the scale is present, 0 when none. */
export type GradeMix = Record<string, number>;
