// Individual audited cases per quarter, then counted into the rows of audits/<period>.csv. Case-file audit (type
// `audit`) final grades reproduce the audits-good-or-better and audits-inadequate numerators and denominators exactly;
// moderation, observations and dip samples are drawn from the quality assurance stream, which no scorecard figure
// uses, so adding or changing them never moves the scorecard files.
import { THEMED_AUDIT_QUARTERS } from '../front-door.ts';
import { PERIODS, QUARTER_COUNT, quarterMonths } from '../periods.ts';
import type { Random } from '../random.ts';
import type { Figures } from '../series.ts';
import { csv, type Cell } from '../text.ts';
import {
  AREA_CARE_LEAVERS, AREA_CIC, AREA_CIN_CP, AREA_EARLY_HELP, AREA_FRONT_DOOR, CASE_FILE_AUDITS, DIP_SAMPLES, FAMILY_SUPPORT_AUDITS,
  FAMILY_SUPPORT_UNGRADED, MODERATION_REPORTED_FROM, MULTI_AGENCY_AUDITS, PRACTICE_OBSERVATIONS, SERVICE_AREAS, THEMED_AUDITS,
  observationArea, type ActivityType, type MultiAgencyAudit, type ThemedActivity,
} from './activities.ts';
import { gradeAt, gradeIndex } from './grades.ts';

export interface AuditCase {
  activity: string;
  type: ActivityType;
  area: string;
  month: string;
  scale: string;
  auditor: string;
  moderated: string | null;
  /** Final grade: moderated if moderated, otherwise the auditor's. */
  final: string;
}

export interface QuarterQa {
  period: string;
  cases: AuditCase[];
  monthlyCount: number;
  themed?: ThemedActivity;
  dip?: ThemedActivity;
  multiAgency?: MultiAgencyAudit;
}

const AREA_WEIGHTS: Record<string, number> = {
  [AREA_FRONT_DOOR]: 0.22,
  [AREA_CIN_CP]: 0.3,
  [AREA_CIC]: 0.25,
  [AREA_CARE_LEAVERS]: 0.1,
  [AREA_EARLY_HELP]: 0.13,
};

/** Service area for a monthly audit: inadequate grades lean to child in need and protection, the best to care. */
function areaForGrade(final: string, random: Random): string {
  const areas = Object.keys(AREA_WEIGHTS);
  const weights = areas.map((area) => {
    const w = AREA_WEIGHTS[area]!;
    if (final === 'inadequate') return area === AREA_CIN_CP ? w * 1.7 : area === AREA_FRONT_DOOR ? w * 1.3 : w * 0.7;
    if (final === 'outstanding' || final === 'good') return area === AREA_CIC ? w * 1.3 : area === AREA_CARE_LEAVERS ? w * 1.2 : w;
    return w;
  });
  return random.weighted(areas, weights);
}

function indicatorCounts(figures: Figures, id: string, i: number): { numerator: number; denominator: number } {
  const row = figures.get(id)![i];
  if (!row || row.numerator === null || row.denominator === null) throw new Error(`${id} has no counts in ${PERIODS[i]}`);
  return { numerator: row.numerator, denominator: row.denominator };
}

/** Every quarter's audited cases: case-file audits graded to match the indicators, moderated, then the other activities. */
export function auditQuarters(figures: Figures, random: Random): QuarterQa[] {
  return PERIODS.map((period, i) => {
    const months = quarterMonths(period);
    const t = i / (QUARTER_COUNT - 1);
    const cases: AuditCase[] = [];

    // Case-file audits: final grades fixed by the indicator counts.
    const { numerator: goodOrBetter, denominator: total } = indicatorCounts(figures, 'audits-good-or-better', i);
    const { numerator: inadequate } = indicatorCounts(figures, 'audits-inadequate', i);
    const outstanding = i < 4 ? 0 : Math.round(goodOrBetter * (0.02 + (i - 4) * 0.01));
    const finals = random.shuffle([
      ...Array<string>(outstanding).fill('outstanding'),
      ...Array<string>(goodOrBetter - outstanding).fill('good'),
      ...Array<string>(total - goodOrBetter - inadequate).fill('requires_improvement'),
      ...Array<string>(inadequate).fill('inadequate'),
    ]);
    const themed = THEMED_AUDITS[i];
    if (Boolean(themed) !== THEMED_AUDIT_QUARTERS.includes(i)) throw new Error(`${period}: THEMED_AUDITS and THEMED_AUDIT_QUARTERS disagree`);
    if (themed && total <= 58) throw new Error(`${period}: themed audit planned but only ${total} audits`);
    if (!themed && total > 58) throw new Error(`${period}: ${total} audits need a themed audit to keep the monthly audits near 30-60`);
    const monthlyCount = themed ? Math.round(total * 0.7) : total;
    finals.forEach((final, k) => {
      const monthly = k < monthlyCount;
      cases.push({
        activity: monthly ? CASE_FILE_AUDITS : themed!.activity,
        type: 'audit',
        area: monthly ? areaForGrade(final, random) : themed!.area,
        month: monthly ? months[k % 3]! : months[themed!.month]!,
        scale: 'ofsted',
        auditor: final,
        moderated: null,
        final,
      });
    });

    // Moderation: a rising share of case-file audits; agreement rising; changes mostly downwards.
    const share = Math.min(0.6, Math.max(0.2, 0.22 + 0.36 * t + random.gaussian(0.02)));
    const agreeRate = 0.7 + 0.16 * t;
    // Every quarter more grades are moved down than up (moderators find the impact on the child not evidenced).
    const moderated = random.shuffle(cases.filter((c) => c.type === 'audit')).slice(0, Math.round(total * share));
    const changed = Math.max(1, Math.round(moderated.length * (1 - agreeRate) + random.gaussian(0.8)));
    let down = Math.max(Math.ceil(changed * 0.7), Math.floor(changed / 2) + 1);
    let up = changed - down;
    for (const c of moderated) {
      c.moderated = c.final;
      const f = gradeIndex('ofsted', c.final);
      if (down > 0 && f > 0) {
        c.auditor = gradeAt('ofsted', f - 1); // the auditor's grade was one better; the moderator lowered it
        down--;
      } else if (up > 0 && f < 3) {
        c.auditor = gradeAt('ofsted', f + 1);
        up--;
      }
    }

    // Practice observations: one service area a month, quality rising.
    const observations = Math.max(4, Math.round(5 + 9 * t + random.gaussian(0.8)));
    const pMeets = 0.5 + 0.32 * t;
    const pExceeds = 0.03 + 0.1 * t;
    for (let k = 0; k < observations; k++) {
      const month = months[k % 3]!;
      const r = random.next();
      const grade = r < pExceeds ? 'exceeds_good' : r < pMeets ? 'meets_good' : 'does_not_meet_good';
      cases.push({ activity: PRACTICE_OBSERVATIONS, type: 'observation', area: observationArea(month), month, scale: 'meets_good', auditor: grade, moderated: null, final: grade });
    }

    // Dip sample on a theme.
    const dip = DIP_SAMPLES[i];
    if (dip) {
      const count = dip.count!;
      const meets = Math.round(count * (dip.goodShare! + random.gaussian(0.03)));
      const exceeds = Math.min(meets, Math.round(count * 0.05 * t));
      const grades = [
        ...Array<string>(exceeds).fill('exceeds_good'),
        ...Array<string>(meets - exceeds).fill('meets_good'),
        ...Array<string>(count - meets).fill('does_not_meet_good'),
      ];
      for (const grade of grades) {
        cases.push({ activity: dip.activity, type: 'dip_sample', area: dip.area, month: months[dip.month]!, scale: 'meets_good', auditor: grade, moderated: null, final: grade });
      }
    }
    // Multi-agency audit with partners, after every random draw.
    const multiAgency = MULTI_AGENCY_AUDITS[i];
    if (multiAgency) {
      for (const [grade, count] of Object.entries(multiAgency.grades)) {
        for (let k = 0; k < count; k++) {
          cases.push({ activity: multiAgency.activity, type: 'multi_agency_audit', area: multiAgency.area, month: months[multiAgency.month]!, scale: 'ofsted', auditor: grade, moderated: null, final: grade });
        }
      }
    }
    return { period, cases, monthlyCount, themed, dip, multiAgency };
  });
}

function activityOrder(q: QuarterQa): string[] {
  return [CASE_FILE_AUDITS, ...(q.themed ? [q.themed.activity] : []), PRACTICE_OBSERVATIONS, ...(q.dip ? [q.dip.activity] : []),
    ...(q.multiAgency ? [q.multiAgency.activity] : [])];
}

/**
 * One row per distinct set of `grades`, with how many cases share it, in the audits file's order: activity, month,
 * service area, then each grade on its scale (an unmoderated case, grade null, first).
 */
function countedRows(q: QuarterQa, grades: (c: AuditCase) => (string | null)[]): Cell[][] {
  const order = activityOrder(q);
  const counts = new Map<string, { c: AuditCase; count: number }>();
  for (const c of q.cases) {
    const key = [c.activity, c.type, c.area, c.month, c.scale, ...grades(c).map((g) => g ?? '')].join('\u0000');
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { c, count: 1 });
  }
  const rank = (c: AuditCase): number[] => grades(c).map((g) => (g === null ? -1 : gradeIndex(c.scale, g)));
  const byGrades = (a: AuditCase, b: AuditCase): number => {
    const [ra, rb] = [rank(a), rank(b)];
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! - rb[i]!;
    return 0;
  };
  return [...counts.values()]
    .sort(
      (a, b) =>
        order.indexOf(a.c.activity) - order.indexOf(b.c.activity) ||
        a.c.month.localeCompare(b.c.month) ||
        SERVICE_AREAS.indexOf(a.c.area) - SERVICE_AREAS.indexOf(b.c.area) ||
        byGrades(a.c, b.c),
    )
    .map(({ c, count }) => [c.activity, c.type, c.area, c.month, c.scale, ...grades(c).map((g) => g ?? ''), count]);
}

/** audits/<period>.csv for quarter index i: both grades once moderation is reported, only the grade that stood before. */
export function auditsCsv(q: QuarterQa, i: number): string {
  if (i < MODERATION_REPORTED_FROM) {
    // Moderation not reported: the grade that stood, and no moderated_grade column at all.
    return csv(['activity', 'type', 'service_area', 'month', 'scale', 'auditor_grade', 'count'], countedRows(q, (c) => [c.final]));
  }
  const rows = countedRows(q, (c) => [c.auditor, c.moderated]);
  const ungraded = FAMILY_SUPPORT_UNGRADED[i];
  if (ungraded) rows.push([FAMILY_SUPPORT_AUDITS, 'audit', AREA_EARLY_HELP, '', '', '', '', ungraded]);
  return csv(['activity', 'type', 'service_area', 'month', 'scale', 'auditor_grade', 'moderated_grade', 'count'], rows);
}
