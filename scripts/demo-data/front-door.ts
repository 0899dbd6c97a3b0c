// The front door and the volume of case-file audits, quarter by quarter: the counts several indicators are worked out
// from (contacts, rolling rates per 10,000) or take as the size of their cohort (a percentage of referrals). The
// catalogue names them (`"series"`, and `"base"` of `"counts"`); this module is what those names mean.
import { PERIODS, QUARTER_COUNT, financialQuarter, periodAt, type FinancialQuarter } from './periods.ts';
import { streamFor } from './random.ts';
import { round } from './text.ts';

// Children aged 0 to 17 living in Kesterley (ONS mid-year estimates), by financial year: the base of every rate.
const POPULATION: Record<string, number> = { '2021-22': 59_900, '2022-23': 60_100, '2023-24': 60_400, '2024-25': 60_600, '2025-26': 60_700 };
const populationAt = (i: number): number => POPULATION[periodAt(i).slice(0, 7)]!;

// The front door, quarter by quarter, including the three quarters before the first (rolling 12-month rates need
// them). Contacts peak in the autumn term and dip in the summer holidays. From the quarter the Consultation Line
// began (index 8), professionals who only need advice ring it instead of making a contact, so about one contact in
// seven is no longer logged; those were contacts that did not become referrals, so referrals carry on as before.
export const CONSULTATION_LINE_QUARTER = 8;
/** From July 2024 most agency social workers had become permanent staff (spc-rebase.csv starts their limits again). */
export const AGENCY_CONVERSIONS_QUARTER = 7;
const BEFORE = 3;
const CONTACT_SEASON: Record<FinancialQuarter, number> = { Q1: 1.0, Q2: 0.86, Q3: 1.1, Q4: 1.04 };

/** A figure for each quarter index. */
export type QuarterSeries = (i: number) => number;

function frontDoor() {
  const stream = streamFor('front door');
  const contacts: number[] = [];
  const referrals: number[] = [];
  const s47: number[] = [];
  for (let i = -BEFORE; i < QUARTER_COUNT; i++) {
    const line = i >= CONSULTATION_LINE_QUARTER;
    const contact = Math.round(4600 * CONTACT_SEASON[financialQuarter(i)] * (line ? 0.86 : 1) * (1 + stream.gaussian(0.03)));
    const referral = Math.round(contact * (line ? 0.19 / 0.86 : 0.19) * (1 + stream.gaussian(0.03)));
    contacts.push(contact);
    referrals.push(referral);
    s47.push(Math.round(referral * 0.33 * (1 + stream.gaussian(0.05))));
  }
  const at = (series: number[]): QuarterSeries => (i) => series[i + BEFORE]!;
  /** Per 10,000 children, over the 12 months to the end of quarter i. */
  const rolling = (series: number[]): QuarterSeries => {
    const rates = PERIODS.map((_, i) => {
      const year = [0, 1, 2, 3].reduce((sum, k) => sum + at(series)(i - k), 0);
      return round((10_000 * year) / populationAt(i), 1);
    });
    return (i) => rates[i]!;
  };
  return { contacts: at(contacts), referrals: at(referrals), s47: at(s47), referralRate: rolling(referrals), s47Rate: rolling(s47) };
}

// Case-file audits: about 15 a month, more in a quarter with a themed audit, fewer in 2023-24 Q2 (index 3), when
// managers covered the assessment backlog. qa/activities.ts plans a themed audit for exactly these quarters.
export const THEMED_AUDIT_QUARTERS: readonly number[] = [0, 6, 7, 9, 10, 11, 12];
const auditsDone: QuarterSeries = (i) => (i === 3 ? 37 : THEMED_AUDIT_QUARTERS.includes(i) ? 66 : 47);

export const SERIES_NAMES = ['contacts', 'referrals', 's47', 'referral-rate', 's47-rate', 'case-file-audits'] as const;
export type SeriesName = (typeof SERIES_NAMES)[number];

/** The named series, drawn afresh (the same every time: the front door has a stream of its own). */
export function quarterSeries(): Record<SeriesName, QuarterSeries> {
  const door = frontDoor();
  return {
    contacts: door.contacts,
    referrals: door.referrals,
    s47: door.s47,
    'referral-rate': door.referralRate,
    's47-rate': door.s47Rate,
    'case-file-audits': auditsDone,
  };
}
