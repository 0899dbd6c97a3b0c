// Generates the embedded demo data for a FICTIONAL council, Kesterley Borough Council.
// Deterministic: a seeded PRNG (mulberry32) means every run writes byte-identical files.
// Run with `node scripts/make-demo-data.ts`; it overwrites data/ (or DEMO_DATA_OUT) (site.json, indicators.csv, targets.csv,
// comparators.csv and data/quarters/*.csv), then the quality assurance files: grade-scales.json,
// audits/*.csv, audit-domains/*.csv, feedback/*.csv, narrative/*.md, schedule.csv, actions.csv and glossary.csv,
// and spc-rebase.csv.
//
// The figures are invented, but sit near the published England figures and behave as a council's do (see "How the
// figures behave" below): most indicators vary around a steady level, hitting and missing their targets, a few
// step to a new level when the service changed, and they tell recognisable stories: assessment timeliness dips
// then recovers, agency use falls to a new level (and its SPC limits start again there, as contacts' do at the
// Consultation Line), re-referrals stay stubbornly above target, initial health assessments go red and recover,
// audit grades improve until they meet their target, and child protection visits slip to red in the latest quarter.
// When each quarter was published, and the one figure corrected after publication, are in
// scripts/lib/demo-history.ts: `npm run demo` replays them as the commits of a git repository of this data.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  periodEndDate,
  periodFromOrdinal,
  periodMonths,
  periodMonthsLabel,
  periodOrdinal,
  periodShortLabel,
} from '../src/domain/period.ts';
import { defaultDecimals, formatPercentOf } from '../src/domain/format.ts';
import { ragStatus } from '../src/domain/rag.ts';
import { resolveTarget } from '../src/domain/target.ts';
import type { Indicator, RagStatus, TargetRow, Unit } from '../src/domain/types.ts';
import { STATEMENT_DATES } from './lib/demo-history.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
// DEMO_DATA_OUT writes elsewhere (tests/unit/demo-data.test.ts checks that data/ is exactly what this script writes).
const DATA = process.env['DEMO_DATA_OUT'] || join(ROOT, 'data');

// ---------------------------------------------------------------------------------------------------------
// Seeded randomness

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(20251231);

function pick<T>(items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

// ---------------------------------------------------------------------------------------------------------
// Periods: 13 consecutive quarters, 2022-23-Q3 to 2025-26-Q3

const FIRST = '2022-23-Q3';
const QUARTER_COUNT = 13;
const PERIODS = Array.from({ length: QUARTER_COUNT }, (_, i) => periodFromOrdinal(periodOrdinal(FIRST) + i));
const isQ4 = (i: number): boolean => PERIODS[i]!.endsWith('Q4');

// Annual comparator publication points: year to 31 March (Q4) and the 30 September workforce census (Q2).
const ANNUAL_Q4 = ['2022-23-Q4', '2023-24-Q4', '2024-25-Q4'];
const CENSUS_Q2 = ['2023-24-Q2', '2024-25-Q2'];

// ---------------------------------------------------------------------------------------------------------
// Formatting and CSV


function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : Number(rounded.toFixed(decimals));
}

/** Plain number text: no thousands separators, no exponent, no trailing zeros. */
function num(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  return String(value);
}

function csvField(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  if (/[",\r\n]/.test(text) || text !== text.trim()) return `"${text.replace(/"/g, '""')}"`;
  return text;
}

function csv(header: string[], rows: (string | number | null | undefined)[][]): string {
  for (const row of rows) {
    if (row.length !== header.length) throw new Error(`row has ${row.length} fields, header ${header.length}`);
  }
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\n') + '\n';
}

/** Friendly value text for commentary only (commentary is prose, so a thousands separator is fine there). */
function prose(value: number, unit: Unit, decimals: number): string {
  const text = value.toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  switch (unit) {
    case 'percent': return `${text}%`;
    case 'rate_per_10000': return `${text} per 10,000`;
    case 'days': return `${text} days`;
    default: return text;
  }
}

// ---------------------------------------------------------------------------------------------------------
// How the figures behave
//
// Each indicator is a process, as a council's figures are: a level that holds for a while and steps to a new one
// when the service changes (permanent staff replacing agency workers, a new way of working), noise around that
// level from quarter to quarter, a seasonal pattern where the work is seasonal (contacts, referrals and early help
// dip in the summer holidays and peak in the autumn term), and for a percentage the sampling noise of its own
// counts: a percentage of 40 children moves by several points with nothing changing, as the quarterly figures in
// councils' reports do. Only the quarters a story depends on are fixed. Each indicator draws from a random stream
// of its own, so changing one leaves every other figure as it was.

type FinancialQuarter = 'Q1' | 'Q2' | 'Q3' | 'Q4';

/** Quarter index to financial quarter; negative indexes are the quarters before the first (for rolling figures). */
const financialQuarter = (i: number): FinancialQuarter => periodFromOrdinal(periodOrdinal(FIRST) + i).slice(-2) as FinancialQuarter;

/** FNV-1a, so that each indicator's stream is fixed by its id. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193) >>> 0;
  return h;
}

interface Stream {
  gaussian(sd: number): number;
}

function streamFor(name: string): Stream {
  const next = mulberry32((hash(name) ^ 20251231) >>> 0);
  return {
    gaussian(sd: number): number {
      const u = 1 - next();
      const v = next();
      return sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
  };
}

/** [quarter index, level]: straight lines between knots, flat before the first and after the last; two knots a quarter apart make a step. */
type Knots = [number, number][];

function levelAt(knots: Knots, i: number): number {
  const [first] = knots;
  if (!first) throw new Error('a level needs at least one knot');
  if (i <= first[0]) return first[1];
  for (let k = 1; k < knots.length; k++) {
    const [i0, v0] = knots[k - 1]!;
    const [i1, v1] = knots[k]!;
    if (i <= i1) return v0 + ((v1 - v0) * (i - i0)) / (i1 - i0);
  }
  return knots.at(-1)![1];
}

interface Model {
  level: Knots;
  /** By financial quarter: a multiplier for counts, points added for anything else. */
  season?: Partial<Record<FinancialQuarter, number>>;
  /**
   * Quarter-to-quarter noise: relative for counts (0.04 is 4%), otherwise in the indicator's units. For a percentage
   * from counts it is the service's own variation, added to the sampling noise of the counts (see Counts.cohort).
   */
  noise: number;
  /** Share of last quarter's noise carried into this one (0 to 1), for stocks such as children in care at the quarter's end. */
  carry?: number;
  /** The quarters a story depends on, at exactly these values. */
  fixed?: Record<number, number>;
  /** Quarters with no figure ("not available"). */
  blank?: number[];
}

interface Counts {
  /** The denominator each quarter: a typical size, or a function of the quarter (e.g. that quarter's referrals). */
  base: number | ((i: number) => number);
  /** Relative noise on the denominator. */
  spread?: number;
  /** Reuse another indicator's denominators (same cohort, e.g. the same audits). */
  shareWith?: string;
  /**
   * Mostly the same children from one quarter to the next (plans started in the last 12 months, care leavers aged 19
   * to 21): the percentage moves only by the model's noise, not by a new sample's.
   */
  cohort?: boolean;
}

// Children aged 0 to 17 living in Kesterley (ONS mid-year estimates), by financial year: the base of every rate.
const POPULATION: Record<string, number> = { '2021-22': 59_900, '2022-23': 60_100, '2023-24': 60_400, '2024-25': 60_600, '2025-26': 60_700 };
const populationAt = (i: number): number => POPULATION[periodFromOrdinal(periodOrdinal(FIRST) + i).slice(0, 7)]!;

// The front door, quarter by quarter, including the three quarters before the first (rolling 12-month rates need
// them). Contacts peak in the autumn term and dip in the summer holidays. From the quarter the Consultation Line
// began (index 8), professionals who only need advice ring it instead of making a contact, so about one contact in
// seven is no longer logged; those were contacts that did not become referrals, so referrals carry on as before.
const CONSULTATION_LINE_QUARTER = 8;
const AGENCY_CONVERSIONS_QUARTER = 7;
const BEFORE = 3;
const CONTACT_SEASON: Record<FinancialQuarter, number> = { Q1: 1.0, Q2: 0.86, Q3: 1.1, Q4: 1.04 };
const frontDoor = (() => {
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
  const at = (series: number[]) => (i: number): number => series[i + BEFORE]!;
  /** Per 10,000 children, over the 12 months to the end of quarter i. */
  const rolling = (series: number[]) => PERIODS.map((_, i) => {
    const year = [0, 1, 2, 3].reduce((sum, k) => sum + at(series)(i - k), 0);
    return round((10_000 * year) / populationAt(i), 1);
  });
  return { contacts: at(contacts), referrals: at(referrals), s47: at(s47), referralRate: rolling(referrals), s47Rate: rolling(s47) };
})();

// Case-file audits: about 15 a month, more in a quarter with a themed audit, fewer in 2023-24 Q2 (index 3), when
// managers covered the assessment backlog. The quality assurance section below checks it has a themed audit
// for exactly these quarters.
const THEMED_AUDIT_QUARTERS = [0, 6, 7, 9, 10, 11, 12];
const auditsDone = (i: number): number => (i === 3 ? 37 : THEMED_AUDIT_QUARTERS.includes(i) ? 66 : 47);

// ---------------------------------------------------------------------------------------------------------
// Indicator specifications

/** An indicator as indicators.csv will hold it, plus how its figures behave. */
interface Spec extends Omit<Indicator, 'partOf'> {
  /** How the figures behave; or `derived`, figures worked out from other series. */
  model?: Model;
  derived?: (number | null)[];
  /** For percentages built from counts. */
  counts?: Counts;
  /** First quarter index with a row (an indicator collected from partway). */
  start?: number;
  /** Collected once a year at 31 March: a figure only in Q4 files; the other quarters' rows are blank (no figure). */
  annual?: boolean;
  /** Hand-written officer commentary by quarter index. */
  notes?: Record<number, string>;
  /** Why a red figure missed its target and what is being done: commentary for a red quarter with no note. */
  missed?: string[];
  /** Phrases for filler commentary, by whether the movement was good or bad (or context). */
  better?: string[];
  worse?: string[];
  context?: string[];
  /** Comparator values: comparator id -> values aligned with `comparatorPeriods`. */
  comparators?: Partial<Record<'stat_neighbours' | 'region' | 'england', number[]>>;
  comparatorPeriods?: string[];
}

const LIQUIDLOGIC = 'Case management system (Liquidlogic)';
const CIN = 'DfE Children in need census; case management system (Liquidlogic)';
const SSDA903 = 'DfE Children looked after return (SSDA903); case management system (Liquidlogic)';
const WORKFORCE = 'Social work workforce census; HR and payroll system';
const EHM = 'Early help module (Liquidlogic EHM)';
const AUDIT = 'Quality assurance audit tool';

const SPECS: Spec[] = [
  // ---------------------------------------------------------------- Front door
  {
    id: 'contacts',
    title: 'Contacts received by the front door',
    theme: 'Front door',
    unit: 'count',
    polarity: 'neutral',
    amber: null,
    decimals: null,
    definition:
      'The number of contacts about a child received by the Children\'s Front Door in the quarter, from professionals, family members or the public. A contact becomes a referral when it needs a social care response.',
    source: LIQUIDLOGIC,
    derived: PERIODS.map((_, i) => frontDoor.contacts(i)),
    notes: {
      3: 'Fewer contacts over the summer holidays, as every year, while schools were closed.',
      4: 'The usual rise in the autumn term: schools were again the largest source of contacts.',
      8: 'The "Consultation Line" for professionals started in September, so contacts that only needed advice are no longer logged. Contacts from this quarter on are compared with each other, not with earlier quarters.',
      12: 'More than last autumn: since September the police share every domestic abuse incident where a child was present.',
    },
    context: [
      'Schools remain the largest source of contacts, followed by the police.',
      'Around one contact in five became a referral, in line with recent quarters.',
      'Police notifications of domestic abuse make up about a quarter of contacts.',
    ],
  },
  {
    id: 'referral-rate',
    title: 'Referrals per 10,000 children (rolling 12 months)',
    theme: 'Front door',
    unit: 'rate_per_10000',
    polarity: 'neutral',
    amber: null,
    decimals: null,
    definition:
      'Referrals to children\'s social care in the last 12 months for every 10,000 children aged 0 to 17 living in Kesterley. Judged against other councils rather than a target.',
    source: 'DfE Children in need census; ONS mid-year population estimates',
    derived: frontDoor.referralRate,
    notes: {
      5: 'Higher than statistical neighbours and England. Most referrals come from the police and schools.',
      12: 'Rising with police notifications of domestic abuse; higher than statistical neighbours and England.',
    },
    context: [
      'Still higher than statistical neighbours and England.',
      'The police remain the largest source of referrals, mostly about domestic abuse.',
    ],
    comparators: {
      stat_neighbours: [571.2, 565.9, 548.3],
      region: [589.7, 580.4, 561.2],
      england: [544.5, 556.1, 527.4],
    },
  },
  {
    id: 're-referrals-12-months',
    title: 'Re-referrals within 12 months of a previous referral',
    theme: 'Front door',
    unit: 'percent',
    polarity: 'lower_is_better',
    amber: 2,
    decimals: null,
    definition:
      'Of the referrals received in the quarter, the percentage about a child who had another referral in the previous 12 months. A high rate can mean that earlier work did not make a lasting difference.',
    source: CIN,
    model: { level: [[0, 24.6]], noise: 0.5, fixed: { 10: 24.1, 11: 25.3 } },
    counts: { base: (i) => frontDoor.referrals(i) },
    notes: {
      1: 'A dip sample of 30 re-referrals found most involved domestic abuse, where the first episode closed without a safety plan.',
      5: 'A domestic abuse practice hub started in March to strengthen safety planning before cases close.',
      7: 'No sustained change yet. Cases involving domestic abuse now need a step-down to early help, or a recorded reason, before closure.',
      10: 'Target reduced to 21% from April 2025. Still around 24%, as it has been for three years: higher than statistical neighbours, the North West and England.',
      12: 'Remains stubbornly above target. A further audit of assessments closed with no further action is planned for Q4.',
    },
    missed: [
      'Most re-referrals again involved domestic abuse; the practice hub reviews each one.',
      'Repeat referrals for neglect rose; the neglect strategy group is looking at each case.',
      'Above target. Re-referrals within three months are checked by the team manager who closed the case.',
    ],
    better: ['Slightly lower, but within the range of the last three years.'],
    worse: ['Repeat referrals for neglect rose this quarter.', 'Most re-referrals again involved domestic abuse.'],
    comparators: {
      stat_neighbours: [22.1, 22.9, 22.7],
      region: [21.0, 21.4, 20.9],
      england: [21.5, 22.4, 22.6],
    },
  },
  // ---------------------------------------------------------------- Assessment
  {
    id: 'assessments-45-days',
    title: 'Assessments completed within 45 working days',
    theme: 'Assessment',
    unit: 'percent',
    polarity: 'higher_is_better',
    amber: 3,
    decimals: null,
    definition:
      'Of the children and family assessments completed in the quarter, the percentage completed within 45 working days of the referral, the longest time allowed by Working Together to Safeguard Children.',
    source: CIN,
    // Vacancies in the Assessment Team from May 2023; weekly tracking from November 2023; the backlog cleared by spring 2024.
    model: { level: [[0, 86.5], [1, 85.5], [2, 81.5], [3, 77.5], [4, 74.5], [5, 80], [6, 87], [7, 89], [12, 89.5]], noise: 0.7, fixed: { 4: 73.8 } },
    counts: { base: (i) => 0.4 * frontDoor.referrals(i - 1) + 0.55 * frontDoor.referrals(i), spread: 0.03 },
    notes: {
      2: 'Fell as the Assessment Team carried four vacancies from May; agency cover was slow to arrive.',
      3: 'A further fall. 64 assessments had passed 45 days at the end of September; these have been allocated to a dedicated team.',
      4: 'The lowest point. Weekly tracking of every assessment past 35 days, with team manager sign-off, started in November.',
      6: 'Back to the level of 2022, and above the old 85% target: the backlog has cleared and most late assessments now finish within 50 days.',
    },
    missed: ['Late assessments were mostly for large sibling groups and children placed out of area.'],
    better: ['Permanent staff have replaced agency workers in the Assessment Team.', 'Fewer assessments delayed waiting for partner information.'],
    worse: ['A small fall, linked to sickness absence in one assessment team.', 'Some assessments waited for information from partners over the holidays.'],
    comparators: {
      stat_neighbours: [83.4, 84.9, 86.1],
      region: [84.1, 85.0, 86.3],
      england: [82.9, 85.3, 85.7],
    },
  },
  {
    id: 'assessment-average-days',
    title: 'Average working days to complete an assessment',
    theme: 'Assessment',
    unit: 'days',
    polarity: 'lower_is_better',
    amber: 3,
    decimals: 0,
    definition: 'The mean number of working days from referral to the completion of the assessment, for assessments completed in the quarter.',
    source: LIQUIDLOGIC,
    model: { level: [[0, 31], [1, 32], [2, 35], [3, 38], [4, 40], [5, 36], [6, 31], [7, 30], [12, 29.5]], noise: 0.9 },
    missed: ['Older assessments from the backlog were completed this quarter, which raises the average.'],
    better: ['Falling in step with the improvement in assessments completed within 45 days.', 'Most assessments now finish within 35 working days.'],
    worse: ['Rising as older assessments from the backlog were completed.', 'A few long assessments of large sibling groups raised the average.'],
  },
  {
    id: 'assessments-nfa',
    title: 'Assessments ending with no further action (NFA)',
    theme: 'Assessment',
    unit: 'percent',
    polarity: 'neutral',
    amber: null,
    decimals: null,
    definition:
      'Of the assessments completed in the quarter, the percentage that ended with no further action from children\'s social care, including children assessed as not in need. A high rate can mean that families are assessed when advice or early help would do.',
    source: CIN,
    model: { level: [[0, 36.8]], noise: 0.6 },
    counts: { base: 0, shareWith: 'assessments-45-days' },
    notes: {
      6: 'The council has set a ceiling of 35% for 2024/25, after a dip sample found assessments were sometimes started where advice and signposting would have been enough.',
    },
    missed: [
      'Above the 35% ceiling. Team managers now record why an assessment is needed when advice or early help might do.',
      'Above the ceiling: more assessments of police notifications of domestic abuse ended with no further action.',
    ],
    context: ['More families are offered early help at the front door instead of an assessment.', 'Most assessments closed with no further action were signposted to universal or early help services.'],
    comparators: {
      stat_neighbours: [33.9, 33.2, 32.4],
      england: [29.4, 30.1, 30.8],
    },
  },
  // ---------------------------------------------------------------- Child protection
  {
    id: 's47-rate',
    title: 'Section 47 (S47) enquiries per 10,000 children (rolling 12 months)',
    theme: 'Child protection',
    unit: 'rate_per_10000',
    polarity: 'neutral',
    amber: null,
    decimals: null,
    definition:
      'Section 47 enquiries (child protection enquiries under the Children Act 1989) started in the last 12 months, for every 10,000 children aged 0 to 17.',
    source: 'DfE Children in need census; ONS mid-year population estimates',
    derived: frontDoor.s47Rate,
    notes: {
      12: 'Rising with referrals, mostly after police notifications of domestic abuse.',
    },
    context: ['Strategy discussions are now chaired by a team manager, which has reduced enquiries that end with no further action.', 'About one referral in three leads to a section 47 enquiry, as in recent years.'],
    comparators: {
      stat_neighbours: [198.4, 196.2, 192.7],
      region: [205.3, 201.8, 197.6],
      england: [186.9, 195.6, 190.2],
    },
  },
  {
    id: 'icpc-15-days',
    title: 'Initial child protection conferences (ICPC) within 15 working days',
    theme: 'Child protection',
    unit: 'percent',
    polarity: 'higher_is_better',
    amber: 4,
    decimals: null,
    definition:
      'Of the initial child protection conferences held in the quarter, the percentage held within 15 working days of the strategy discussion that started the Section 47 enquiry.',
    source: CIN,
    // An additional conference chair from November 2023 (index 4).
    model: { level: [[0, 80], [3, 80], [4, 87.5]], noise: 1 },
    counts: { base: (i) => 0.27 * frontDoor.s47(i), spread: 0.06 },
    notes: {
      0: 'Delays in receiving reports from health partners, and limited conference chair capacity.',
      4: 'An additional conference chair started in November, so that every conference date is booked at the strategy discussion.',
      10: 'New target of 90% from April 2025, with an amber tolerance of 5 points.',
    },
    missed: [
      'Two large sibling groups needed later dates so that all parents could attend.',
      'Reports from health partners arrived late for several conferences; the named nurse now follows up every request after five days.',
    ],
    better: ['Chairs are giving initial conferences priority over review conferences.'],
    worse: ['Two large sibling groups needed later dates so that all parents could attend.'],
    comparators: {
      stat_neighbours: [79.2, 80.6, 82.3],
      region: [80.1, 81.7, 83.0],
      england: [78.4, 78.9, 81.4],
    },
  },
  {
    id: 'cp-plan-rate',
    title: 'Children on a child protection plan (CPP) per 10,000',
    theme: 'Child protection',
    unit: 'rate_per_10000',
    polarity: 'neutral',
    amber: null,
    decimals: null,
    definition: 'Children subject to a child protection plan at the end of the quarter, for every 10,000 children aged 0 to 17.',
    source: 'DfE Children in need census; ONS mid-year population estimates',
    model: { level: [[0, 45.2]], noise: 1.1, carry: 0.4 },
    context: ['The number of plans for neglect continues to fall.', 'Plans for emotional abuse, mainly domestic abuse, remain the largest category.'],
    comparators: {
      stat_neighbours: [46.3, 45.1, 44.0],
      region: [49.8, 48.2, 46.9],
      england: [42.1, 41.6, 40.9],
    },
  },
  {
    id: 'cp-visits-10-days',
    title: 'Child protection visits within 10 working days',
    theme: 'Child protection',
    unit: 'percent',
    polarity: 'higher_is_better',
    amber: 3,
    decimals: null,
    definition: 'Of the statutory visits due in the quarter to children on a child protection plan, the percentage made within 10 working days of the previous visit, with the child seen.',
    source: LIQUIDLOGIC,
    // Visits slip in the summer holidays and at Christmas, when more staff are on leave.
    model: { level: [[0, 94.6]], season: { Q2: -1.2, Q3: -0.6 }, noise: 0.7, fixed: { 3: 92.6, 12: 85.4 } },
    counts: { base: 1420, spread: 0.04 },
    notes: {
      3: 'Fewer visits on time over the summer holidays, when families were away and more staff on leave; still above target.',
      12: 'Below target in December, with long-term sickness in one child protection team over Christmas. All overdue visits have since been made; the service manager reviews visits weekly.',
    },
    better: ['Consistently above target.'],
    worse: ['A small number of visits were recorded late rather than made late; recording reminders have been sent.'],
  },
  {
    id: 'cp-second-plan',
    title: 'Child protection plans that are a second or subsequent plan',
    theme: 'Child protection',
    unit: 'percent',
    polarity: 'lower_is_better',
    amber: 3,
    decimals: null,
    definition: 'Of the child protection plans started in the last 12 months, the percentage for a child who had been on a plan before, at any time.',
    source: CIN,
    model: { level: [[0, 20.8]], noise: 1.1 },
    counts: { base: 300, spread: 0.04, cohort: true },
    notes: {
      0: 'Higher than statistical neighbours. Most repeat plans were for neglect, more than two years after the first plan ended.',
      9: 'A multi-agency review of plan endings now checks the support in place before a plan ends.',
    },
    missed: ['A sibling group of five started second plans; the multi-agency review of plan endings is looking at why the first plan ended.'],
    better: ['Fewer repeat plans, as the review of plan endings becomes routine.'],
    worse: ['A sibling group of four started second plans this quarter.'],
    comparators: {
      stat_neighbours: [24.1, 23.6, 23.0],
      england: [23.3, 23.8, 23.6],
    },
  },
  {
    id: 'cp-plans-2-years',
    title: 'Child protection plans ending after two years or more',
    theme: 'Child protection',
    unit: 'percent',
    polarity: 'lower_is_better',
    amber: 1,
    decimals: null,
    definition: 'Of the child protection plans that ended in the last 12 months, the percentage that had lasted two years or more.',
    source: CIN,
    model: { level: [[0, 4.4]], noise: 0.6 },
    counts: { base: 290, spread: 0.05, cohort: true },
    notes: {
      6: 'The target has been removed for 2024/25: every plan open for 15 months is now reviewed by the child protection panel, so this measure is kept for context.',
    },
    missed: ['Several long-running plans for one family ended this quarter; the panel now reviews every plan open for 15 months.'],
    better: ['Fewer long plans, as the panel review of plans open for 15 months takes effect.'],
    worse: ['Two long-running plans for one family ended this quarter.'],
    comparators: {
      stat_neighbours: [4.2, 4.0, 4.3],
      england: [3.9, 4.1, 4.4],
    },
  },
  // ---------------------------------------------------------------- Children in care
  {
    id: 'cic-rate',
    title: 'Children in care per 10,000',
    theme: 'Children in care',
    unit: 'rate_per_10000',
    polarity: 'neutral',
    amber: null,
    decimals: null,
    definition: 'Children looked after by the council at the end of the quarter, for every 10,000 children aged 0 to 17.',
    source: 'DfE Children looked after return (SSDA903); ONS mid-year population estimates',
    model: { level: [[0, 89.4]], noise: 0.9, carry: 0.5 },
    notes: {
      5: 'Higher than statistical neighbours and England, but below the North West average.',
    },
    context: ['More teenagers entering care, often after family breakdown.', 'Unaccompanied asylum-seeking children arrived through the National Transfer Scheme.', 'Several children returned home or left care through special guardianship orders.'],
    comparators: {
      stat_neighbours: [84.5, 85.2, 85.9],
      region: [96.8, 95.7, 93.4],
      england: [71.0, 70.0, 67.0],
    },
  },
  {
    id: 'cic-placement-stability',
    title: 'Children in care for 2.5 years or more, living in the same placement for 2 years',
    theme: 'Children in care',
    unit: 'percent',
    polarity: 'higher_is_better',
    amber: 5,
    decimals: null,
    definition:
      'Of children under 16 who have been in care for at least two and a half years, the percentage who have lived in the same placement for at least two years, or are placed for adoption.',
    source: SSDA903,
    model: { level: [[0, 70.6]], noise: 1.5 },
    counts: { base: 188, spread: 0.03, cohort: true },
    missed: ['Several long-term placements ended, two because carers retired.'],
    better: ['More children staying with their long-term foster carers.'],
    worse: ['Three long-term placements ended this quarter, two because carers retired.'],
    comparators: {
      stat_neighbours: [67.8, 68.4, 68.9],
      england: [69.0, 68.0, 68.0],
    },
  },
  {
    id: 'cic-three-placements',
    title: 'Children in care with three or more placements in the last 12 months',
    theme: 'Children in care',
    unit: 'percent',
    polarity: 'lower_is_better',
    amber: 2,
    decimals: null,
    definition: 'Of children in care at the end of the quarter, the percentage who have had three or more placements in the last 12 months (the short-term stability measure).',
    source: SSDA903,
    model: { level: [[0, 9.7]], noise: 0.6 },
    counts: { base: 540, spread: 0.02, cohort: true },
    missed: ['Several teenagers had short emergency placements; placement stability meetings are held before any planned move.'],
    better: ['Placement stability meetings are held before any planned move.'],
    worse: ['A small number of teenagers had several short emergency placements.'],
    comparators: {
      stat_neighbours: [10.4, 10.2, 10.1],
      region: [10.6, 10.3, 10.0],
      england: [10.0, 10.0, 10.0],
    },
  },
  {
    id: 'cic-health-assessments-20-days',
    title: 'Initial health assessments (IHA) within 20 working days of entering care',
    theme: 'Children in care',
    unit: 'percent',
    polarity: 'higher_is_better',
    amber: 5,
    decimals: null,
    definition:
      'Of children who entered care in the quarter, the percentage whose initial health assessment was completed within 20 working days. A local measure, shared with the Integrated Care Board; there are no national comparisons.',
    source: 'Looked after children health team (Integrated Care Board); case management system (Liquidlogic)',
    // Automatic notification to the health team from January 2024 (index 5).
    model: { level: [[0, 60], [4, 62], [5, 82], [12, 88]], noise: 1.5, fixed: { 11: 76, 12: 92 } },
    counts: { base: 42, spread: 0.12 },
    notes: {
      0: 'Requests to health are often late when children enter care in an emergency or out of hours.',
      5: 'Notification to the looked after children health team is now sent automatically from the case management system.',
      6: 'Target raised to 90% for 2024/25.',
      11: 'Below target: half of the late assessments were for children placed out of area, where appointments took longer to arrange. The health team now books them when the placement is agreed.',
      12: 'Back above target: appointments for children placed out of area are now booked when the placement is agreed.',
    },
    missed: [
      'Several children placed out of area waited for an appointment with the local health team.',
      'Late requests for children who entered care out of hours; the emergency duty team now sends the request the next working day.',
      'Paediatric clinic capacity was short over the holidays; the Integrated Care Board has added clinics.',
    ],
    better: ['Paediatric clinic capacity increased by the Integrated Care Board.'],
    worse: ['Several children placed out of area waited for an appointment with the local health team.'],
  },
  {
    id: 'cic-reviews-on-time',
    title: 'Children in care reviews held on time',
    theme: 'Children in care',
    unit: 'percent',
    polarity: 'higher_is_better',
    amber: null,
    decimals: null,
    definition: 'Of the reviews of children\'s care plans due in the quarter, the percentage chaired by an independent reviewing officer within the timescales set by regulations.',
    source: LIQUIDLOGIC,
    model: { level: [[0, 98.3]], noise: 0.2 },
    counts: { base: 350, spread: 0.05 },
    better: ['All reviews that were late were held within five working days of the due date.'],
    worse: ['Late reviews were mostly rescheduled so that the child could attend.'],
  },
  {
    id: 'cic-dental-checks',
    title: 'Children in care with an up-to-date dental check',
    theme: 'Children in care',
    unit: 'percent',
    polarity: 'higher_is_better',
    amber: null,
    decimals: null,
    definition:
      'Of children who had been in care for at least 12 months at 31 March, the percentage who had a dental check in the previous 12 months. Collected once a year, at 31 March.',
    source: SSDA903,
    model: { level: [[1, 71.8], [5, 77.4], [9, 84.1]], noise: 0, fixed: { 1: 71.8, 5: 77.4, 9: 84.1 } },
    annual: true,
    counts: { base: (i) => 330 + 4 * i, spread: 0.02 },
    notes: {
      1: 'Still affected by the shortage of NHS dental appointments after the pandemic.',
      9: 'Improved after the dental access pilot with the Integrated Care Board, which reserves appointments for children in care.',
    },
    comparators: {
      stat_neighbours: [74.9, 79.3, 81.6],
      england: [76.0, 79.0, 82.0],
    },
  },
  {
    id: 'unregistered-placements',
    title: "Children placed in unregistered children's homes",
    theme: 'Children in care',
    unit: 'count',
    polarity: 'lower_is_better',
    amber: null,
    decimals: null,
    definition:
      "Children in care living, at the end of the quarter, in a children's home that is not registered with Ofsted, usually while a registered home is found. Reported from Q3 2023/24.",
    source: LIQUIDLOGIC,
    derived: [null, null, null, null, 4, 3, 3, 2, 2, 0, 0, 0, 0],
    start: 4,
    notes: {
      4: 'Reported from this quarter. Four young people, all aged 16 or 17, placed while registered homes were sought; each placement is reviewed weekly by the Director of Children\'s Services.',
      5: 'Three young people, all aged 17; registered homes have been found for two of them from April.',
      6: 'Three young people, one of them new this quarter after an emergency. Each placement is reviewed weekly by the Director of Children\'s Services.',
      7: 'Two young people, both aged 17, waiting for a registered home near their school.',
      8: 'Two young people; both move to registered homes in January.',
      9: 'No child in an unregistered home at the end of March, for the first time.',
      11: 'None at the end of September. One young person spent two weeks in an unregistered home in August after an emergency, then moved to a registered home.',
    },
  },
  // ---------------------------------------------------------------- Care leavers
  {
    id: 'care-leavers-accommodation',
    title: 'Care leavers aged 19 to 21 in suitable accommodation',
    theme: 'Care leavers',
    unit: 'percent',
    polarity: 'higher_is_better',
    amber: 3,
    decimals: null,
    definition: 'Of care leavers aged 19, 20 or 21, the percentage the council judges to be living in suitable accommodation, at the end of the quarter.',
    source: SSDA903,
    model: { level: [[0, 87.8]], noise: 1.4 },
    counts: { base: 168, spread: 0.03, cohort: true },
    missed: ['Several young people were in custody or emergency accommodation; the housing protocol panel is finding each a tenancy.'],
    better: ['More care leavers moving into council tenancies through the housing protocol.'],
    worse: ['Two young people in custody and one in emergency accommodation this quarter.'],
    comparators: {
      stat_neighbours: [86.8, 86.2, 85.9],
      region: [85.4, 85.1, 84.7],
      england: [86.0, 85.0, 85.0],
    },
  },
  {
    id: 'care-leavers-eet',
    title: 'Care leavers aged 19 to 21 in education, employment or training (EET)',
    theme: 'Care leavers',
    unit: 'percent',
    polarity: 'higher_is_better',
    amber: 5,
    decimals: null,
    definition: 'Of care leavers aged 19, 20 or 21, the percentage in education, employment or training at the end of the quarter.',
    source: SSDA903,
    model: { level: [[0, 55.5]], noise: 1.7, blank: [7] },
    counts: { base: 168, spread: 0.03, cohort: true },
    notes: {
      0: 'Apprenticeships ring-fenced for care leavers within the council are being agreed.',
      7: 'Not available this quarter: an audit of personal adviser records found missing activity records, which are being corrected.',
      9: 'Twelve care leavers started council apprenticeships during 2024/25.',
    },
    missed: ['Several young people finished fixed-term contracts; the care leaver employment coach is working with each of them.'],
    better: ['The care leaver employment coach has supported more young people into work.', 'More care leavers starting college courses.'],
    worse: ['Several young people finished fixed-term contracts this quarter.'],
    comparators: {
      stat_neighbours: [53.2, 54.0, 55.6],
      region: [52.4, 53.5, 54.2],
      england: [56.0, 56.0, 55.0],
    },
  },
  {
    id: 'care-leavers-in-touch',
    title: 'Care leavers aged 19 to 21 the council is in touch with',
    theme: 'Care leavers',
    unit: 'percent',
    polarity: 'higher_is_better',
    amber: null,
    decimals: null,
    definition: 'Of care leavers aged 19, 20 or 21, the percentage the council was in touch with, around their birthday or in the last quarter.',
    source: SSDA903,
    model: { level: [[0, 95.3]], noise: 1.0 },
    counts: { base: 168, spread: 0.03, cohort: true },
    missed: ['Several young people declined contact; personal advisers will try again through people they trust.'],
    better: ['Personal advisers now keep in touch through a messaging app as well as visits.'],
    worse: ['Three young people declined contact this quarter; advisers will try again.'],
    comparators: {
      england: [92.0, 92.0, 93.0],
    },
  },
  // ---------------------------------------------------------------- Workforce
  {
    id: 'agency-social-workers',
    title: 'Agency social workers (FTE rate)',
    theme: 'Workforce',
    unit: 'percent',
    polarity: 'lower_is_better',
    amber: 2,
    decimals: null,
    definition:
      'Agency social workers as a percentage of all social workers (agency plus employed), counting full-time equivalents, at the end of the quarter.',
    source: WORKFORCE,
    // The regional agency pay rules from October 2023, then agency social workers converting to permanent contracts
    // from April 2024: a new level from July 2024 (index 7, where the SPC limits start again).
    model: { level: [[0, 26.8], [4, 27.2], [5, 25], [6, 21], [7, 15.8], [12, 15.1]], noise: 0.7, fixed: { 3: 28.1 } },
    notes: {
      3: 'A peak of 28.1%, as permanent staff left the Assessment Team. The regional agency pay rules apply from October.',
      5: 'Falling since the regional agency pay rules came in: several agency social workers left for councils outside the region.',
      6: 'Seven agency social workers converted to permanent contracts through the "grow your own" campaign.',
      7: 'Eight more agency social workers converted to permanent contracts, and six newly qualified social workers joined the Assessment Team.',
      11: 'Nine newly qualified social workers started their assessed and supported year in employment (ASYE) in September.\nAgency use is now mainly in the Disabled Children\'s Team.',
    },
    missed: [
      'Agency social workers still cover vacancies in the Assessment Team while permanent posts are advertised.',
      'Agency staff covered maternity leave and long-term sickness in two teams.',
      'A regional shortage of experienced social workers means agency cover is still needed for complex cases.',
      'A "grow your own" recruitment campaign is being planned with the university partnership.',
    ],
    better: ['Permanent recruitment continues to replace agency staff.'],
    worse: ['Agency staff covered maternity leave in two teams.'],
    comparatorPeriods: CENSUS_Q2,
    comparators: {
      stat_neighbours: [19.6, 17.4],
      region: [18.3, 16.2],
      england: [17.8, 16.0],
    },
  },
  {
    id: 'social-worker-vacancies',
    title: 'Social worker vacancy rate',
    theme: 'Workforce',
    unit: 'percent',
    polarity: 'lower_is_better',
    amber: 3,
    decimals: null,
    definition: 'Vacant social worker posts as a percentage of all social worker posts (vacant plus filled), counting full-time equivalents, at the end of the quarter.',
    source: WORKFORCE,
    model: { level: [[0, 17.4]], noise: 1.1 },
    missed: ['Vacancies rose as agency staff left posts that are now advertised as permanent.'],
    better: ['Vacancies filled through the permanent recruitment campaign.'],
    worse: ['Vacancies rose as agency staff left posts that are now advertised.'],
    comparatorPeriods: CENSUS_Q2,
    comparators: {
      stat_neighbours: [20.4, 18.7],
      england: [18.9, 17.1],
    },
  },
  {
    id: 'social-worker-turnover',
    title: 'Social worker turnover (rolling 12 months)',
    theme: 'Workforce',
    unit: 'percent',
    polarity: 'lower_is_better',
    amber: 2,
    decimals: null,
    definition: 'Employed social workers who left the council in the last 12 months, as a percentage of employed social workers in post, counting full-time equivalents.',
    source: WORKFORCE,
    model: { level: [[0, 17.6]], noise: 0.4 },
    notes: {
      5: 'Exit interviews show most leavers moved to neighbouring councils for higher pay or to agency work.',
      10: 'Still above the target, as it has been for three years; a retention payment for experienced social workers is being considered.',
    },
    missed: ['Several experienced social workers left for neighbouring councils; exit interviews are reviewed by the Head of Workforce Development.'],
    better: ['Exit interviews show fewer leavers citing caseloads.'],
    worse: ['Several experienced social workers retired this year.'],
    comparatorPeriods: CENSUS_Q2,
    comparators: {
      stat_neighbours: [16.8, 15.2],
      england: [15.9, 14.6],
    },
  },
  {
    id: 'average-caseload',
    title: 'Average caseload per case-holding social worker',
    theme: 'Workforce',
    unit: 'number',
    polarity: 'lower_is_better',
    amber: 2,
    decimals: 1,
    definition: 'The number of children allocated to case-holding social workers at the end of the quarter, divided by the full-time equivalent number of case-holding social workers.',
    source: 'Social work workforce census; case management system (Liquidlogic)',
    model: { level: [[0, 16.5]], noise: 0.45 },
    notes: {
      3: 'Caseloads in the Assessment Team averaged 24 children; the Head of Service reviews them weekly.',
    },
    missed: ['Higher while newly qualified social workers build up to a full caseload.'],
    better: ['Lower as new permanent social workers take on full caseloads.'],
    worse: ['Higher while newly qualified social workers build up to a full caseload.'],
    comparatorPeriods: CENSUS_Q2,
    comparators: {
      stat_neighbours: [17.1, 16.6],
      region: [17.4, 16.9],
      england: [16.0, 15.8],
    },
  },
  // ---------------------------------------------------------------- Early help
  {
    id: 'early-help-assessments',
    title: 'Early help assessments started',
    theme: 'Early help',
    unit: 'count',
    polarity: 'neutral',
    amber: null,
    decimals: null,
    definition: 'The number of early help assessments started in the quarter by the council\'s family help teams and by partners such as schools and health visitors.',
    source: EHM,
    // Family hubs opened in April 2024 (index 6).
    model: { level: [[0, 445], [5, 450], [6, 525], [12, 540]], season: { Q1: 1.0, Q2: 0.84, Q3: 1.1, Q4: 1.04 }, noise: 0.04 },
    notes: {
      6: 'More assessments started since the family hubs opened in April, mostly for families with children under five.',
    },
    context: ['Schools started almost half of all early help assessments.', 'Fewer assessments over the summer holidays, when schools are closed.', 'Family hubs are now the main route into early help for families with children under five.'],
  },
  {
    id: 'early-help-outcomes',
    title: 'Early help episodes closed with outcomes achieved',
    theme: 'Early help',
    unit: 'percent',
    polarity: 'higher_is_better',
    amber: 5,
    decimals: null,
    definition: 'Of the early help episodes closed in the quarter, the percentage closed because the goals in the family\'s plan were achieved.',
    source: EHM,
    model: { level: [[0, 74.6]], noise: 1.2, blank: [2, 3] },
    counts: { base: 380, spread: 0.06 },
    notes: {
      2: 'Not available: closure reasons could not be reported during the move to the new early help module.',
      3: 'Not available: closure reasons could not be reported during the move to the new early help module. Reporting resumes next quarter.',
    },
    missed: ['More families disengaged before their plan was complete; lead professionals now follow up missed sessions within a week.'],
    better: ['Lead professionals now review progress against the plan every eight weeks.'],
    worse: ['More families disengaged before their plan was complete.'],
  },
  {
    id: 'early-help-step-up',
    title: 'Families stepped up to social care within 12 months of early help',
    theme: 'Early help',
    unit: 'percent',
    polarity: 'lower_is_better',
    amber: 2,
    decimals: null,
    definition: 'Of the early help episodes closed 12 to 15 months ago, the percentage where the family was referred to children\'s social care within 12 months of closure.',
    source: 'Early help module (Liquidlogic EHM); case management system (Liquidlogic)',
    model: { level: [[0, 13.2]], noise: 0.4 },
    counts: { base: 340, spread: 0.06 },
    missed: ['Some families closed during the move to the new early help module were stepped up later in the year.'],
    better: ['Fewer families returning, as step-down plans now include a named contact.'],
    worse: ['Some families closed during the system move were stepped up later in the year.'],
  },
  // ---------------------------------------------------------------- Quality assurance
  {
    id: 'audits-good-or-better',
    title: 'Case-file audits graded good or better',
    theme: 'Quality assurance',
    unit: 'percent',
    polarity: 'higher_is_better',
    amber: 5,
    decimals: null,
    definition:
      'Of the case-file audits completed and moderated in the quarter, the percentage graded good or outstanding. Grades follow the Ofsted scale: outstanding, good, requires improvement to be good, inadequate.',
    source: AUDIT,
    // Audit training and moderation from 2023, the new plan template, then the new audit tool from April 2024.
    model: { level: [[0, 30], [3, 34], [5, 42], [8, 57], [12, 62]], noise: 1.5, fixed: { 8: 57.5, 10: 59.5, 12: 66.5 } },
    counts: { base: auditsDone, spread: 0.04 },
    notes: {
      0: 'Most audits were graded requires improvement to be good. Common themes: plans not specific enough, and chronologies out of date.',
      5: 'Moderation agreed with most grades; where grades changed, more moved down than up.',
      8: 'Target met for the first time. Audits found the voice of the child was clearly recorded in most cases.',
      10: 'The target rose to 65% from April. Plans and chronologies are still the weakest parts of case files.',
      12: 'The 65% target was met for the first time.',
    },
    missed: [
      'Most audited cases were graded requires improvement to be good: plans often had no timescales.',
      'Plans and chronologies remain the weakest parts of audited case files; plan-writing workshops continue.',
      'Audit training for team managers continues, and senior managers moderate a share of the grades.',
    ],
    better: ['Improvement in the quality of plans, which are now more specific and time-limited.', 'Management oversight was clear in most audited cases.'],
    worse: ['Audits this quarter focused on children with disabilities, where assessments were often out of date.'],
  },
  {
    id: 'audits-inadequate',
    title: 'Case-file audits graded inadequate',
    theme: 'Quality assurance',
    unit: 'percent',
    polarity: 'lower_is_better',
    amber: 3,
    decimals: null,
    definition: 'Of the case-file audits completed and moderated in the quarter, the percentage graded inadequate. Every inadequate case has an action plan checked by a service manager within 10 working days.',
    source: AUDIT,
    model: { level: [[0, 20], [3, 18], [5, 14], [8, 10], [12, 8.5]], noise: 1 },
    counts: { base: 0, shareWith: 'audits-good-or-better' },
    missed: [
      'Inadequate grades mostly related to drift in plans for children in need; each case has an action plan checked by a service manager.',
      'Most inadequate cases had passed between several agency social workers.',
      'Chronologies were missing in most inadequate cases; the chronology guidance is being relaunched.',
    ],
    better: ['Fewer inadequate grades for cases held in the Assessment Team.'],
    worse: ['Inadequate grades mostly related to drift in plans for children in need.'],
  },
];

// ---------------------------------------------------------------------------------------------------------
// Targets: a row applies from its period until the next row for the same indicator.
// Blank operator means the polarity's default; blank amber means the indicator's amber (then the site's).

interface TargetSpec {
  id: string;
  period: string;
  target: number | null;
  operator?: '>=' | '<=' | '>' | '<';
  amber?: number;
}

const TARGETS: TargetSpec[] = [
  { id: 're-referrals-12-months', period: '2022-23-Q3', target: 22 },
  { id: 're-referrals-12-months', period: '2025-26-Q1', target: 21, operator: '<=', amber: 1.5 },
  { id: 'assessments-45-days', period: '2022-23-Q3', target: 85 },
  { id: 'assessments-45-days', period: '2024-25-Q1', target: 88 },
  { id: 'assessments-45-days', period: '2025-26-Q1', target: 90 },
  { id: 'assessment-average-days', period: '2022-23-Q3', target: 35 },
  { id: 'assessment-average-days', period: '2025-26-Q1', target: 30, operator: '<=' },
  // A neutral measure with a council-set ceiling: the operator must be stated.
  { id: 'assessments-nfa', period: '2024-25-Q1', target: 35, operator: '<=', amber: 3 },
  { id: 'icpc-15-days', period: '2022-23-Q3', target: 85 },
  { id: 'icpc-15-days', period: '2025-26-Q1', target: 90, operator: '>=', amber: 5 },
  { id: 'cp-visits-10-days', period: '2022-23-Q3', target: 90 },
  { id: 'cp-second-plan', period: '2022-23-Q3', target: 20 },
  { id: 'cp-plans-2-years', period: '2022-23-Q3', target: 4 },
  { id: 'cp-plans-2-years', period: '2024-25-Q1', target: null },
  { id: 'cic-placement-stability', period: '2022-23-Q3', target: 70 },
  { id: 'cic-three-placements', period: '2022-23-Q3', target: 10 },
  { id: 'cic-health-assessments-20-days', period: '2022-23-Q3', target: 80, operator: '>=' },
  { id: 'cic-health-assessments-20-days', period: '2023-24-Q1', target: 85, operator: '>=' },
  { id: 'cic-health-assessments-20-days', period: '2024-25-Q1', target: 90, operator: '>=' },
  { id: 'cic-reviews-on-time', period: '2022-23-Q3', target: 95, amber: 2 },
  { id: 'cic-dental-checks', period: '2022-23-Q3', target: 80, amber: 5 },
  { id: 'unregistered-placements', period: '2023-24-Q3', target: 0, operator: '<=' },
  { id: 'care-leavers-accommodation', period: '2022-23-Q3', target: 88 },
  { id: 'care-leavers-eet', period: '2022-23-Q3', target: 50 },
  { id: 'care-leavers-eet', period: '2024-25-Q1', target: 55 },
  { id: 'care-leavers-eet', period: '2025-26-Q1', target: 58 },
  { id: 'care-leavers-in-touch', period: '2022-23-Q3', target: 95, amber: 3 },
  { id: 'agency-social-workers', period: '2022-23-Q3', target: 20 },
  { id: 'agency-social-workers', period: '2024-25-Q1', target: 16 },
  { id: 'agency-social-workers', period: '2025-26-Q1', target: 14 },
  { id: 'social-worker-vacancies', period: '2022-23-Q3', target: 18 },
  { id: 'social-worker-turnover', period: '2022-23-Q3', target: 16 },
  { id: 'average-caseload', period: '2022-23-Q3', target: 18 },
  { id: 'average-caseload', period: '2023-24-Q1', target: 17 },
  { id: 'average-caseload', period: '2024-25-Q1', target: 16, operator: '<=', amber: 1.5 },
  { id: 'early-help-outcomes', period: '2022-23-Q3', target: 75 },
  { id: 'early-help-step-up', period: '2022-23-Q3', target: 15 },
  { id: 'early-help-step-up', period: '2025-26-Q1', target: 12.5 },
  { id: 'audits-good-or-better', period: '2022-23-Q3', target: 50 },
  { id: 'audits-good-or-better', period: '2024-25-Q1', target: 55 },
  { id: 'audits-good-or-better', period: '2025-26-Q1', target: 65 },
  { id: 'audits-inadequate', period: '2022-23-Q3', target: 10, operator: '<=' },
];

// ---------------------------------------------------------------------------------------------------------
// Generate quarter values

interface Row {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  commentary: string;
}

const byId = new Map(SPECS.map((spec) => [spec.id, spec]));
const denominators = new Map<string, number[]>();
const rows = new Map<string, (Row | undefined)[]>(); // id -> per quarter (undefined = no row)

function decimalsOf(spec: Spec): number {
  return spec.decimals ?? defaultDecimals(spec.unit);
}

function denominatorsFor(spec: Spec, stream: Stream): number[] {
  const counts = spec.counts!;
  if (counts.shareWith) {
    const shared = denominators.get(counts.shareWith);
    if (!shared) throw new Error(`${spec.id} shares denominators with ${counts.shareWith}, which is not generated yet`);
    return shared;
  }
  const result = PERIODS.map((_, i) => {
    const base = typeof counts.base === 'number' ? counts.base : counts.base(i);
    return Math.max(5, Math.round(base * (1 + stream.gaussian(counts.spread ?? 0))));
  });
  denominators.set(spec.id, result);
  return result;
}

/** The figure a model gives for quarter i, with this quarter's noise, before any sampling noise of its counts. */
function modelValue(spec: Spec, model: Model, i: number, noise: number): number {
  const level = levelAt(model.level, i);
  const season = model.season?.[financialQuarter(i)];
  if (spec.unit === 'count') return level * (season ?? 1) * (1 + noise);
  return level + (season ?? 0) + noise;
}

for (const spec of SPECS) {
  if (!spec.model === !spec.derived) throw new Error(`${spec.id}: needs a model or derived figures, not both`);
  const stream = streamFor(spec.id);
  const dens = spec.counts ? denominatorsFor(spec, stream) : null;
  const decimals = decimalsOf(spec);
  const model = spec.model;
  const carry = model?.carry ?? 0;
  let noise = 0;
  const perQuarter: (Row | undefined)[] = PERIODS.map((_, i) => {
    // Every quarter draws its noise, used or not, so a fixed or blank quarter leaves the others' draws as they were.
    noise = model ? carry * noise + stream.gaussian(model.noise * Math.sqrt(1 - carry * carry)) : 0;
    const sampling = stream.gaussian(1);
    if (spec.start !== undefined && i < spec.start) return undefined;
    if (spec.annual && !isQ4(i)) return undefined;
    const blank = { value: null, numerator: null, denominator: null, commentary: '' };
    if (model?.blank?.includes(i)) return blank;
    const fixed = model?.fixed?.[i];
    let intended: number;
    if (spec.derived) {
      const derived = spec.derived[i];
      if (derived === null || derived === undefined) return blank;
      intended = derived;
    } else {
      intended = fixed ?? modelValue(spec, model!, i, noise);
    }
    if (dens) {
      const denominator = dens[i]!;
      let p = Math.min(100, Math.max(0, intended));
      // A new sample each quarter also varies by chance, as a binomial count does (its normal approximation).
      if (fixed === undefined && !spec.counts!.cohort) p += sampling * 100 * Math.sqrt((p / 100) * (1 - p / 100) / denominator);
      const numerator = Math.min(denominator, Math.max(0, Math.round((denominator * p) / 100)));
      return { value: round((100 * numerator) / denominator, 1), numerator, denominator, commentary: '' };
    }
    const clamped = spec.unit === 'percent' ? Math.min(100, Math.max(0, intended)) : Math.max(0, intended);
    const value = spec.unit === 'count' ? Math.round(clamped) : round(clamped, decimals);
    return { value, numerator: null, denominator: null, commentary: '' };
  });
  rows.set(spec.id, perQuarter);
}

// ---------------------------------------------------------------------------------------------------------
// RAG, as the site rates it, for the commentary and the story checks below

const resolvedTargetRows: TargetRow[] = TARGETS.map((t) => ({ indicatorId: t.id, period: t.period, target: t.target, operator: t.operator ?? null, amber: t.amber ?? null }));
function ragAt(spec: Spec, i: number): RagStatus | null {
  const row = rows.get(spec.id)![i];
  if (!row) return null;
  const target = resolveTarget(resolvedTargetRows.filter((t) => t.indicatorId === spec.id), { ...spec, partOf: null }, null, PERIODS[i]!);
  return ragStatus(row.value, target);
}

// ---------------------------------------------------------------------------------------------------------
// Commentary: hand-written story notes; then, for every red without a note, why the target was missed (councillors
// always ask); then filler to reach about a third of rows per quarter.

for (const spec of SPECS) {
  const perQuarter = rows.get(spec.id)!;
  for (const [key, text] of Object.entries(spec.notes ?? {})) {
    const row = perQuarter[Number(key)];
    if (!row) throw new Error(`${spec.id}: a note for quarter ${key}, which has no row`);
    row.commentary = text;
  }
}

for (const spec of SPECS) {
  const perQuarter = rows.get(spec.id)!;
  let said = 0;
  perQuarter.forEach((row, i) => {
    if (!row || row.commentary !== '' || ragAt(spec, i) !== 'red') return;
    if (!spec.missed?.length) throw new Error(`${spec.id} is red in ${PERIODS[i]} and has no note: give it \`missed\` phrases`);
    const target = resolveTarget(resolvedTargetRows.filter((t) => t.indicatorId === spec.id), { ...spec, partOf: null }, null, PERIODS[i]!)!;
    const targetText = `${prose(target.value, spec.unit, String(target.value).split('.')[1]?.length ?? 0)} or ${target.operator.startsWith('<') ? 'less' : 'more'}`;
    const previous = perQuarter[i - 1];
    const movement = previous?.value === null || previous?.value === undefined
      ? ''
      : ` ${row.value! > previous.value ? 'Up' : row.value! < previous.value ? 'Down' : 'Unchanged'} from ${prose(previous.value, spec.unit, decimalsOf(spec))} last quarter.`;
    // Rotate through the phrases, so that two reds running never repeat word for word.
    row.commentary = `Missed the target of ${targetText}.${movement} ${spec.missed[said++ % spec.missed.length]}`;
  });
}

function fillerFor(spec: Spec, i: number): string | null {
  const perQuarter = rows.get(spec.id)!;
  const row = perQuarter[i];
  const previous = perQuarter[i - 1];
  if (!row || row.value === null || !previous || previous.value === null) return null;
  const decimals = decimalsOf(spec);
  const was = prose(previous.value, spec.unit, decimals);
  const change = row.value - previous.value;
  if (Math.abs(change) < 10 ** -decimals / 2) return spec.context?.length ? `Unchanged from last quarter. ${pick(spec.context)}` : null;
  const movement = `${change > 0 ? 'Up' : 'Down'} from ${was} last quarter.`;
  if (spec.polarity === 'neutral') return spec.context?.length ? `${movement} ${pick(spec.context)}` : null;
  const improved = spec.polarity === 'higher_is_better' ? change > 0 : change < 0;
  const phrases = improved ? spec.better : spec.worse;
  return phrases?.length ? `${movement} ${pick(phrases)}` : null;
}

for (let i = 0; i < QUARTER_COUNT; i++) {
  const present = SPECS.filter((spec) => rows.get(spec.id)![i] !== undefined);
  const wanted = Math.round(present.length / 3);
  let have = present.filter((spec) => rows.get(spec.id)![i]!.commentary !== '').length;
  // Shuffle candidates deterministically, then add filler until about a third have commentary.
  const candidates = present.filter((spec) => rows.get(spec.id)![i]!.commentary === '');
  for (let j = candidates.length - 1; j > 0; j--) {
    const k = Math.floor(random() * (j + 1));
    [candidates[j], candidates[k]] = [candidates[k]!, candidates[j]!];
  }
  for (const spec of candidates) {
    if (have >= wanted) break;
    const text = fillerFor(spec, i);
    if (text) {
      rows.get(spec.id)![i]!.commentary = text;
      have++;
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// The stories the notes and narratives tell must be what the figures show: a change to a model that breaks one
// stops the script here, naming it, rather than writing a note that the figures contradict.

const valueAt = (id: string, i: number): number => {
  const value = rows.get(id)![i]?.value;
  if (value === null || value === undefined) throw new Error(`${id} has no figure in ${PERIODS[i]}`);
  return value;
};
const rag = (id: string, i: number): RagStatus | null => ragAt(byId.get(id)!, i);
const STORY_CHECKS: [string, () => boolean][] = [
  ['re-referrals are red for the three quarters of 2025-26', () => [10, 11, 12].every((i) => rag('re-referrals-12-months', i) === 'red')],
  ['assessments within 45 days fall for three quarters to their lowest in 2023-24 Q3, then rise for two',
    () => [1, 2, 3, 4].every((i) => valueAt('assessments-45-days', i) < valueAt('assessments-45-days', i - 1)) &&
      PERIODS.every((_, i) => valueAt('assessments-45-days', i) >= valueAt('assessments-45-days', 4)) &&
      valueAt('assessments-45-days', 5) > valueAt('assessments-45-days', 4) && valueAt('assessments-45-days', 6) > valueAt('assessments-45-days', 5) &&
      valueAt('assessments-45-days', 6) >= 85],
  ['child protection visits are newly red in the latest quarter', () => rag('cp-visits-10-days', 12) === 'red' && rag('cp-visits-10-days', 11) !== 'red'],
  ['initial health assessments are red in 2025-26 Q2 and green in Q3', () => rag('cic-health-assessments-20-days', 11) === 'red' && rag('cic-health-assessments-20-days', 12) === 'green'],
  ['case-file audits meet their target for the first time in 2024-25 Q3',
    () => rag('audits-good-or-better', 8) === 'green' && [0, 1, 2, 3, 4, 5, 6, 7].every((i) => rag('audits-good-or-better', i) !== 'green')],
  ['case-file audits miss the new 65% target in 2025-26 Q1 and meet it in Q3 for the first time',
    () => rag('audits-good-or-better', 10) !== 'green' && rag('audits-good-or-better', 11) !== 'green' && rag('audits-good-or-better', 12) === 'green'],
  ['agency social workers peak at 28.1% in 2023-24 Q2', () => PERIODS.every((_, i) => valueAt('agency-social-workers', i) <= 28.1)],
  ['referrals per 10,000 are above statistical neighbours and England in 2023-24 Q4', () => valueAt('referral-rate', 5) > 565.9],
  ['children in care per 10,000 are between statistical neighbours and the North West in 2023-24 Q4', () => valueAt('cic-rate', 5) > 85.2 && valueAt('cic-rate', 5) < 95.7],
  ['social worker turnover is above target in 2025-26 Q1', () => rag('social-worker-turnover', 10) !== 'green'],
  ['referrals per 10,000 rise in 2025-26 Q2 and Q3', () => valueAt('referral-rate', 12) > valueAt('referral-rate', 11) && valueAt('referral-rate', 11) > valueAt('referral-rate', 10)],
  ['section 47 enquiries per 10,000 rise in 2025-26 Q3', () => valueAt('s47-rate', 12) > valueAt('s47-rate', 11)],
  ['contacts are higher than a year earlier in 2025-26 Q3', () => valueAt('contacts', 12) > valueAt('contacts', 8)],
];
const broken = STORY_CHECKS.filter(([, holds]) => !holds()).map(([story]) => story);
if (broken.length > 0) throw new Error(`The figures no longer tell these stories:\n- ${broken.join('\n- ')}`);


// ---------------------------------------------------------------------------------------------------------
// Write files

const site = {
  organisation: 'Kesterley Borough Council',
  title: "Children's services performance",
  description:
    "This scorecard shows how Kesterley Borough Council's children's services are doing, quarter by quarter: how quickly we respond when there are worries about a child, how well we protect children and look after children in our care, how we support young people leaving care, and the stability of our social work workforce. Each measure is compared with the target set by councillors, with the previous quarter and the same quarter last year, and with similar councils, the North West and England. Kesterley is a fictional council: these figures are invented to demonstrate the scorecard.",
  contact: 'performance@kesterley.example.org',
  licence: 'OGL-UK-3.0',
  // Reviewed every January (scripts/lib/demo-history.ts), so the demo's history shows each review in turn.
  statement_date: STATEMENT_DATES.at(-1)!,
  amber: null,
  comparators: [
    { id: 'stat_neighbours', label: 'Statistical neighbours' },
    { id: 'region', label: 'North West' },
    { id: 'england', label: 'England' },
  ],
};

const indicatorsCsv = csv(
  ['id', 'title', 'theme', 'unit', 'polarity', 'amber', 'decimals', 'definition', 'source'],
  SPECS.map((s) => [s.id, s.title, s.theme, s.unit, s.polarity, num(s.amber), num(s.decimals), s.definition, s.source]),
);

for (const t of TARGETS) {
  if (!byId.has(t.id)) throw new Error(`target for unknown indicator ${t.id}`);
}
const targetRows = [...TARGETS]
  .sort((a, b) => SPECS.indexOf(byId.get(a.id)!) - SPECS.indexOf(byId.get(b.id)!) || periodOrdinal(a.period) - periodOrdinal(b.period))
  .map((t) => [t.id, t.period, num(t.target), t.operator ?? '', num(t.amber)]);
const targetsCsv = csv(['indicator_id', 'period', 'target', 'operator', 'amber'], targetRows);

const comparatorRows: string[][] = [];
for (const spec of SPECS) {
  if (!spec.comparators) continue;
  const periods = spec.comparatorPeriods ?? ANNUAL_Q4;
  for (const comparator of ['stat_neighbours', 'region', 'england'] as const) {
    const values = spec.comparators[comparator];
    if (!values) continue;
    if (values.length !== periods.length) throw new Error(`${spec.id}/${comparator}: ${values.length} values for ${periods.length} periods`);
    values.forEach((value, k) => comparatorRows.push([spec.id, comparator, periods[k]!, num(value)]));
  }
}
const comparatorsCsv = csv(['indicator_id', 'comparator', 'period', 'value'], comparatorRows);

mkdirSync(DATA, { recursive: true });
const quartersDir = join(DATA, 'quarters');
rmSync(quartersDir, { recursive: true, force: true });
mkdirSync(quartersDir, { recursive: true });

writeFileSync(join(DATA, 'site.json'), JSON.stringify(site, null, 2) + '\n');
writeFileSync(join(DATA, 'indicators.csv'), indicatorsCsv);
writeFileSync(join(DATA, 'targets.csv'), targetsCsv);
writeFileSync(join(DATA, 'comparators.csv'), comparatorsCsv);

PERIODS.forEach((period, i) => {
  const quarterRows: string[][] = [];
  for (const spec of SPECS) {
    const row = rows.get(spec.id)![i];
    if (!row) {
      // Every indicator has a row in every quarter once it is collected (validate warns of a missing one);
      // a blank value says there is no figure. Written here, after the commentary, so no draw moves.
      if (spec.annual && (spec.start === undefined || i >= spec.start)) quarterRows.push([spec.id, '', '', '', '']);
      continue;
    }
    quarterRows.push([spec.id, num(row.value), num(row.numerator), num(row.denominator), row.commentary]);
  }
  writeFileSync(join(quartersDir, `${period}.csv`), csv(['indicator_id', 'value', 'numerator', 'denominator', 'commentary'], quarterRows));
});

console.log(
  `Wrote data/ for ${site.organisation}: ${SPECS.length} indicators, ${TARGETS.length} target rows, ` +
    `${comparatorRows.length} comparator values, quarters ${PERIODS[0]} to ${PERIODS.at(-1)} (${readdirSync(quartersDir).length} files).`,
);

// =========================================================================================================
// Quality assurance: grade scales, audit results, practice domains, narrative, schedule, actions, glossary.
// These use their own seeded stream, so adding or changing them never moves the scorecard files above.
// Case-file audit (type `audit`) final grades reproduce the audits-good-or-better and audits-inadequate
// numerators and denominators exactly.

const qaRandom = mulberry32(20260331);

function qaGaussian(sd: number): number {
  const u = 1 - qaRandom();
  const v = qaRandom();
  return sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

function qaShuffle<T>(items: T[]): T[] {
  for (let j = items.length - 1; j > 0; j--) {
    const k = Math.floor(qaRandom() * (j + 1));
    [items[j], items[k]] = [items[k]!, items[j]!];
  }
  return items;
}

function qaWeighted<T>(items: readonly T[], weights: readonly number[]): T {
  const total = weights.reduce((a, b) => a + b, 0);
  let r = qaRandom() * total;
  for (let j = 0; j < items.length; j++) {
    r -= weights[j]!;
    if (r < 0) return items[j]!;
  }
  return items.at(-1)!;
}

const pct = (part: number, whole: number): number => (whole === 0 ? 0 : Math.round((100 * part) / whole));

// ---------------------------------------------------------------------------------------------------------
// Grade scales (best grade first)

interface Grade {
  id: string;
  label: string;
  good: boolean;
}

interface Scale {
  id: string;
  label: string;
  /** The scale's own pass-line words; left out for the default "good or better". */
  headline?: string;
  grades: Grade[];
}

const GRADE_SCALES: Scale[] = [
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

function gradeIndex(scaleId: string, gradeId: string): number {
  const index = scaleById.get(scaleId)!.grades.findIndex((g) => g.id === gradeId);
  if (index < 0) throw new Error(`grade ${gradeId} is not on scale ${scaleId}`);
  return index;
}

function gradeAt(scaleId: string, index: number): string {
  return scaleById.get(scaleId)!.grades[index]!.id;
}

function isGood(scaleId: string, gradeId: string): boolean {
  return scaleById.get(scaleId)!.grades[gradeIndex(scaleId, gradeId)]!.good;
}

// ---------------------------------------------------------------------------------------------------------
// Months, service areas and activities

type ActivityType = 'audit' | 'observation' | 'dip_sample' | 'multi_agency_audit';

const CASE_FILE_AUDITS = 'Monthly case file audits';
const PRACTICE_OBSERVATIONS = 'Practice observations';
const ALL_AREAS = 'All service areas';

const AREA_FRONT_DOOR = 'Front door and assessment';
const AREA_CIN_CP = 'Child in need and protection';
const AREA_CIC = 'Children in care';
const AREA_CARE_LEAVERS = 'Care leavers';
const AREA_EARLY_HELP = 'Early help';
const AREA_DISABILITIES = 'Children with disabilities';
const SERVICE_AREAS = [AREA_FRONT_DOOR, AREA_CIN_CP, AREA_CIC, AREA_CARE_LEAVERS, AREA_EARLY_HELP, AREA_DISABILITIES, ALL_AREAS];

/** Calendar months `YYYY-MM` of a quarter, in order. */
function quarterMonths(period: string): string[] {
  const { start } = periodMonths(period);
  return [0, 1, 2].map((k) => {
    const absolute = start.year * 12 + start.month + k;
    return `${Math.floor(absolute / 12)}-${String((absolute % 12) + 1).padStart(2, '0')}`;
  });
}

function monthLabel(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return new Date(Date.UTC(year!, m! - 1, 1)).toLocaleString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** Every month of the demo quarters and the three months after the last one. */
const SCHEDULE_MONTHS = [...PERIODS.flatMap(quarterMonths), ...quarterMonths(periodFromOrdinal(periodOrdinal(PERIODS.at(-1)!) + 1))];

/** Practice observations focus on one service area each month, in rotation. */
const OBSERVATION_ROTATION = [AREA_CIN_CP, AREA_CIC, AREA_FRONT_DOOR, AREA_EARLY_HELP, AREA_CARE_LEAVERS];
const observationArea = (month: string): string => OBSERVATION_ROTATION[SCHEDULE_MONTHS.indexOf(month) % OBSERVATION_ROTATION.length]!;

interface ThemedActivity {
  activity: string;
  area: string;
  /** 0, 1 or 2: which month of the quarter. */
  month: number;
  /** Dip samples only: number of cases and the share judged to meet good or better. */
  count?: number;
  goodShare?: number;
}

/** Themed audits (type audit, Ofsted scale) take the case-file audits above the monthly quota. */
const THEMED_AUDITS: Record<number, ThemedActivity> = {
  0: { activity: 'Themed audit: children with disabilities', area: AREA_DISABILITIES, month: 1 },
  6: { activity: 'Themed audit: children subject to a second child protection plan', area: AREA_CIN_CP, month: 1 },
  7: { activity: 'Themed audit: unaccompanied asylum-seeking children', area: AREA_CIC, month: 0 },
  9: { activity: 'Themed audit: pre-birth assessments', area: AREA_FRONT_DOOR, month: 1 },
  10: { activity: 'Themed audit: children in care placed out of borough', area: AREA_CIC, month: 2 },
  11: { activity: 'Themed audit: children missing from home and care', area: AREA_CIN_CP, month: 1 },
  12: { activity: 'Themed audit: care leavers not in education, employment or training', area: AREA_CARE_LEAVERS, month: 0 },
};

/** Dip samples (meets good scale) in some quarters. */
const DIP_SAMPLES: Record<number, ThemedActivity> = {
  1: { activity: 'Dip sample: re-referrals within 12 months', area: AREA_FRONT_DOOR, month: 1, count: 30, goodShare: 0.4 },
  3: { activity: 'Dip sample: initial health assessments for children entering care', area: AREA_CIC, month: 1, count: 20, goodShare: 0.55 },
  5: { activity: 'Dip sample: assessments ending in no further action', area: AREA_FRONT_DOOR, month: 1, count: 25, goodShare: 0.6 },
  7: { activity: 'Dip sample: strategy discussions and section 47 enquiries', area: AREA_CIN_CP, month: 1, count: 20, goodShare: 0.65 },
  9: { activity: 'Dip sample: step-down from social care to early help', area: AREA_EARLY_HELP, month: 2, count: 20, goodShare: 0.7 },
  11: { activity: 'Dip sample: pathway plans for care leavers', area: AREA_CARE_LEAVERS, month: 2, count: 15, goodShare: 0.72 },
  12: { activity: 'Dip sample: child protection visits', area: AREA_CIN_CP, month: 2, count: 20, goodShare: 0.45 },
};

/**
 * Multi-agency audits (type multi_agency_audit, Ofsted scale), done with partners; grades are fixed rather than drawn,
 * so adding one leaves every other figure of the demo as it was.
 */
const MULTI_AGENCY_AUDITS: Record<number, ThemedActivity & { partners: string; grades: Record<string, number> }> = {
  12: { activity: 'Multi-agency audit: neglect', area: AREA_CIN_CP, month: 1, partners: 'health, police and schools',
    grades: { outstanding: 0, good: 2, requires_improvement: 3, inadequate: 1 } },
};

/** Scheduled but never carried out (no results). */
const CANCELLED: { month: string; activity: string; area: string }[] = [
  { month: '2023-08', activity: 'Themed audit: private fostering arrangements', area: AREA_CIN_CP },
  { month: '2024-12', activity: 'Dip sample: return home interviews', area: AREA_CIC },
];

/** Planned for the months after the last demo quarter. */
const PLANNED_AFTER: { month: string; activity: string; area: string }[] = [
  { month: '2026-01', activity: 'Dip sample: assessments ending in no further action', area: AREA_FRONT_DOOR },
  { month: '2026-02', activity: 'Themed audit: children with disabilities', area: AREA_DISABILITIES },
  { month: '2026-03', activity: 'Dip sample: supervision records', area: ALL_AREAS },
];

// ---------------------------------------------------------------------------------------------------------
// Individual audited cases per quarter, then counted into rows

interface AuditCase {
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

const AREA_WEIGHTS: Record<string, number> = {
  [AREA_FRONT_DOOR]: 0.22,
  [AREA_CIN_CP]: 0.3,
  [AREA_CIC]: 0.25,
  [AREA_CARE_LEAVERS]: 0.1,
  [AREA_EARLY_HELP]: 0.13,
};

/** Service area for a monthly audit: inadequate grades lean to child in need and protection, the best to care. */
function areaForGrade(final: string): string {
  const areas = Object.keys(AREA_WEIGHTS);
  const weights = areas.map((area) => {
    const w = AREA_WEIGHTS[area]!;
    if (final === 'inadequate') return area === AREA_CIN_CP ? w * 1.7 : area === AREA_FRONT_DOOR ? w * 1.3 : w * 0.7;
    if (final === 'outstanding' || final === 'good') return area === AREA_CIC ? w * 1.3 : area === AREA_CARE_LEAVERS ? w * 1.2 : w;
    return w;
  });
  return qaWeighted(areas, weights);
}

interface QuarterQa {
  period: string;
  cases: AuditCase[];
  monthlyCount: number;
  themed?: ThemedActivity;
  dip?: ThemedActivity;
  multiAgency?: (typeof MULTI_AGENCY_AUDITS)[number];
}

function indicatorCounts(id: string, i: number): { numerator: number; denominator: number } {
  const row = rows.get(id)![i];
  if (!row || row.numerator === null || row.denominator === null) throw new Error(`${id} has no counts in ${PERIODS[i]}`);
  return { numerator: row.numerator, denominator: row.denominator };
}

const qaQuarters: QuarterQa[] = PERIODS.map((period, i) => {
  const months = quarterMonths(period);
  const t = i / (QUARTER_COUNT - 1);
  const cases: AuditCase[] = [];

  // Case-file audits: final grades fixed by the indicator counts.
  const { numerator: goodOrBetter, denominator: total } = indicatorCounts('audits-good-or-better', i);
  const { numerator: inadequate } = indicatorCounts('audits-inadequate', i);
  const outstanding = i < 4 ? 0 : Math.round(goodOrBetter * (0.02 + (i - 4) * 0.01));
  const finals = qaShuffle([
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
      area: monthly ? areaForGrade(final) : themed!.area,
      month: monthly ? months[k % 3]! : months[themed!.month]!,
      scale: 'ofsted',
      auditor: final,
      moderated: null,
      final,
    });
  });

  // Moderation: a rising share of case-file audits; agreement rising; changes mostly downwards.
  const share = Math.min(0.6, Math.max(0.2, 0.22 + 0.36 * t + qaGaussian(0.02)));
  const agreeRate = 0.7 + 0.16 * t;
  // Every quarter more grades are moved down than up (moderators find the impact on the child not evidenced).
  const moderated = qaShuffle(cases.filter((c) => c.type === 'audit')).slice(0, Math.round(total * share));
  const changed = Math.max(1, Math.round(moderated.length * (1 - agreeRate) + qaGaussian(0.8)));
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
  const observations = Math.max(4, Math.round(5 + 9 * t + qaGaussian(0.8)));
  const pMeets = 0.5 + 0.32 * t;
  const pExceeds = 0.03 + 0.1 * t;
  for (let k = 0; k < observations; k++) {
    const month = months[k % 3]!;
    const r = qaRandom();
    const grade = r < pExceeds ? 'exceeds_good' : r < pMeets ? 'meets_good' : 'does_not_meet_good';
    cases.push({ activity: PRACTICE_OBSERVATIONS, type: 'observation', area: observationArea(month), month, scale: 'meets_good', auditor: grade, moderated: null, final: grade });
  }

  // Dip sample on a theme.
  const dip = DIP_SAMPLES[i];
  if (dip) {
    const count = dip.count!;
    const meets = Math.round(count * (dip.goodShare! + qaGaussian(0.03)));
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

function activityOrder(q: QuarterQa): string[] {
  return [CASE_FILE_AUDITS, ...(q.themed ? [q.themed.activity] : []), PRACTICE_OBSERVATIONS, ...(q.dip ? [q.dip.activity] : []),
    ...(q.multiAgency ? [q.multiAgency.activity] : [])];
}

// Moderation was first reported centrally from January 2023 (quarter index 1): the first quarter's file has no
// moderated_grade column, and gives the grade that stood, so the site says "moderation not reported".
const MODERATION_REPORTED_FROM = 1;

// Family support, a partner service, began auditing with a tool that does not grade yet (as Nottinghamshire's
// family support audits in seed 003): counted as done but not graded in the two latest quarters. Fixed counts,
// so no other demo figure changes.
const FAMILY_SUPPORT_AUDITS = 'Family support case audits';
const FAMILY_SUPPORT_UNGRADED: Record<number, number> = { 11: 18, 12: 24 };

/**
 * One row per distinct set of `grades`, with how many cases share it, in the audits file's order: activity, month,
 * service area, then each grade on its scale (an unmoderated case, grade null, first).
 */
function countedRows(q: QuarterQa, grades: (c: AuditCase) => (string | null)[]): (string | number)[][] {
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

function auditRows(q: QuarterQa): (string | number)[][] {
  return countedRows(q, (c) => [c.auditor, c.moderated]);
}

/** Rows giving only the grade that stood, for a quarter whose moderation was not reported. */
function finalGradeRows(q: QuarterQa): (string | number)[][] {
  return countedRows(q, (c) => [c.final]);
}

// ---------------------------------------------------------------------------------------------------------
// Practice domains for the monthly case-file audits, from the new audit tool (April 2024 onwards)

const DOMAINS_FROM = 6; // 2024-25-Q1
/** Positive offset: the domain tends to grade better than the case overall. */
const DOMAINS: { name: string; offset: number }[] = [
  { name: 'Voice of the child', offset: 0.75 },
  { name: 'Assessment', offset: 0.05 },
  { name: 'Planning', offset: -0.45 },
  { name: 'Management oversight', offset: -0.4 },
  { name: 'Chronology', offset: -0.5 },
  { name: 'Risk identification and reduction', offset: 0.15 },
  { name: 'Diversity and identity', offset: -0.05 },
  { name: 'Multi-agency working', offset: 0.6 },
  { name: 'Recording', offset: -0.1 },
  { name: 'Impact and outcomes', offset: 0 },
];

function domainCounts(q: QuarterQa): Map<string, number[]> {
  const monthly = q.cases.filter((c) => c.activity === CASE_FILE_AUDITS);
  const result = new Map<string, number[]>();
  for (const domain of DOMAINS) {
    const counts = [0, 0, 0, 0];
    for (const c of monthly) {
      const v = gradeIndex('ofsted', c.final) - domain.offset + qaGaussian(0.45);
      const grade = v < -0.2 ? 0 : v < 1.5 ? 1 : v < 2.5 ? 2 : 3;
      counts[grade]!++;
    }
    result.set(domain.name, counts);
  }
  return result;
}

const domainsByPeriod = new Map<string, Map<string, number[]>>();
qaQuarters.forEach((q, i) => {
  if (i >= DOMAINS_FROM) domainsByPeriod.set(q.period, domainCounts(q));
});

// ---------------------------------------------------------------------------------------------------------
// Quarter statistics, for the narrative

interface QaStats {
  audits: number;
  monthly: number;
  goodOrBetter: number;
  outstanding: number;
  inadequate: number;
  moderated: number;
  agreed: number;
  down: number;
  up: number;
  themedCount: number;
  themedGood: number;
  observations: number;
  observationsGood: number;
  dipCount: number;
  dipGood: number;
  multiAgencyCount: number;
  multiAgencyGood: number;
}

function statsFor(q: QuarterQa): QaStats {
  const audits = q.cases.filter((c) => c.type === 'audit');
  const moderated = audits.filter((c) => c.moderated !== null);
  const themed = audits.filter((c) => c.activity !== CASE_FILE_AUDITS);
  const observations = q.cases.filter((c) => c.type === 'observation');
  const dip = q.cases.filter((c) => c.type === 'dip_sample');
  const multiAgency = q.cases.filter((c) => c.type === 'multi_agency_audit');
  const good = (list: AuditCase[]): number => list.filter((c) => isGood(c.scale, c.final)).length;
  return {
    audits: audits.length,
    monthly: q.monthlyCount,
    goodOrBetter: good(audits),
    outstanding: audits.filter((c) => c.final === 'outstanding').length,
    inadequate: audits.filter((c) => c.final === 'inadequate').length,
    moderated: moderated.length,
    agreed: moderated.filter((c) => c.auditor === c.moderated).length,
    down: moderated.filter((c) => gradeIndex(c.scale, c.moderated!) > gradeIndex(c.scale, c.auditor)).length,
    up: moderated.filter((c) => gradeIndex(c.scale, c.moderated!) < gradeIndex(c.scale, c.auditor)).length,
    themedCount: themed.length,
    themedGood: good(themed),
    observations: observations.length,
    observationsGood: good(observations),
    dipCount: dip.length,
    dipGood: good(dip),
    multiAgencyCount: multiAgency.length,
    multiAgencyGood: good(multiAgency),
  };
}

const qaStats = qaQuarters.map(statsFor);

/** `the children with disabilities` from `Themed audit: children with disabilities`. */
const themeOf = (activity: string): string => activity.slice(activity.indexOf(':') + 2);

const numberWords = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const words = (n: number): string => numberWords[n] ?? String(n);
const plural = (n: number, one: string, many: string): string => `${words(n)} ${n === 1 ? one : many}`;
/** `a, b and c`. */
const listText = (items: string[]): string => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

// ---------------------------------------------------------------------------------------------------------
// Narrative: what changed each quarter, in the plain words of a QA report

interface Quote {
  text: string;
  who: string;
}

interface Story {
  headline: string;
  strengths: string[];
  improve: string[];
  feedback: string;
  quotes: Quote[];
  next: string[];
}

const STORIES: Story[] = [
  {
    headline: 'Most audited cases still require improvement to be good; plans and chronologies are the main weaknesses.',
    strengths: [
      'Children were seen regularly, and alone where appropriate, and their wishes and feelings were recorded in most files.',
      'Schools and health visitors attended core groups, and their views were recorded.',
    ],
    improve: [
      'Plans are not specific enough: actions often have no timescale or named person.',
      'Chronologies were missing or out of date in more than half of the files audited.',
      'The themed audit of children with disabilities found assessments that had not been updated for more than a year.',
    ],
    feedback: 'The Participation Officer spoke to nine children and young people whose child protection plans had ended in the last two months.',
    quotes: [
      { text: 'She always came when she said she would and she explained things.', who: 'boy aged 11, child protection plan ended' },
      { text: 'I had three social workers this year. I had to tell my story again every time.', who: 'girl aged 14, child in need' },
    ],
    next: [
      'Audit training for all team managers, run by the Principal Social Worker, from January.',
      'A new plan template with specific, time-limited actions, tested first in two child protection teams.',
    ],
  },
  {
    headline: 'A dip sample of re-referrals found that most families came back because of domestic abuse.',
    strengths: [
      'Management oversight at the point of allocation was clear in most front door audits.',
      'Visits to children in care were on time, and children\'s views were shared at their reviews.',
    ],
    improve: [
      'The re-referrals dip sample found that the first episode had often closed without a safety plan where there was domestic abuse.',
      'Chronologies remain weak; few were updated after significant events.',
    ],
    feedback: 'Fourteen parents and carers gave feedback by telephone after their child\'s assessment ended.',
    quotes: [
      { text: 'The social worker was honest with us from the start, even when it was hard to hear.', who: 'parent, assessment ended' },
      { text: 'Nobody told me what happened after the meeting.', who: 'young person aged 15, child in need' },
    ],
    next: [
      'Share the re-referral findings with the Domestic Abuse Partnership and agree safety planning before a case closes.',
      'Extend the audit pool to service managers and heads of service.',
    ],
  },
  {
    headline: 'Vacancies in the Assessment Team from May delayed assessments, and audits found management oversight without clear actions.',
    strengths: [
      'Audits of children in care found stable placements and warm relationships with carers.',
      'Independent reviewing officers knew the children well, and review records were written to the child.',
    ],
    improve: [
      'Some audited assessments took more than 60 working days because of vacancies in the Assessment Team.',
      'Management oversight was recorded but did not always set actions or timescales.',
    ],
    feedback: 'The Children in Care Council met the Director of Children\'s Services in May.',
    quotes: [
      { text: 'My carer is like my real family now. I want to stay here.', who: 'young person aged 13, in care' },
      { text: 'I don\'t like it when my review is at school. Everyone knows where I\'m going.', who: 'girl aged 12, in care' },
    ],
    next: [
      'Reviews to be held outside school hours unless the child chooses otherwise.',
      'Team managers to record a clear next action and timescale in every supervision note.',
    ],
  },
  {
    headline: 'Fewer audits were completed while managers covered the assessment backlog; the health assessments dip sample found late requests.',
    strengths: [
      'Observed child protection conferences were chaired well, and parents were helped to take part.',
      'Once a request reached health, most children had their initial health assessment promptly.',
    ],
    improve: [
      'Fewer audits were completed because managers were covering the assessment backlog.',
      'Requests for initial health assessments were late when children entered care in an emergency or out of hours.',
      'Plans for children in need drifted where the case had passed between agency workers.',
    ],
    feedback: 'Six families gave feedback after observed child protection conferences.',
    quotes: [
      { text: 'I understood the plan because they wrote it in normal words.', who: 'parent, initial child protection conference' },
      { text: 'It was a lot of people in one room. I didn\'t want to talk.', who: 'boy aged 10, child protection plan' },
    ],
    next: [
      'Ask for an automatic notification to the health team when a child enters care.',
      'Offer every child a meeting with the conference chair before their conference.',
    ],
  },
  {
    headline: 'Assessment timeliness was at its lowest point, and audits found late assessments thin on analysis.',
    strengths: [
      'Practice week in November reached more than 400 staff, and families shared their experience at two events.',
      'Recent work on audited cases was consistently better than older work on the same file.',
    ],
    improve: [
      'Late assessments were often thin on analysis and did not say what life was like for the child.',
      'Chronologies and plans remain the weakest parts of case files.',
    ],
    feedback: 'Young people from the care leavers\' forum told us about pathway planning.',
    quotes: [
      { text: 'My PA texts me back the same day. That matters.', who: 'care leaver aged 19' },
      { text: 'I only saw my pathway plan when I asked for it.', who: 'care leaver aged 18' },
    ],
    next: [
      'Weekly tracking of every assessment past 35 working days, with team manager sign-off.',
      'Chronology guidance and a short training session for all social workers.',
    ],
  },
  {
    headline: 'Moderators agreed with most grades; a dip sample found some assessments were started where advice would have been enough.',
    strengths: [
      'Auditors are applying the standard more consistently, and most moderated grades were agreed.',
      'In the no further action dip sample, fathers were spoken to and their views recorded in most cases.',
    ],
    improve: [
      'Some assessments ending in no further action were started where advice and signposting would have been enough.',
      'Where moderation changed a grade it was usually lowered, because the difference made for the child was not evidenced.',
    ],
    feedback: 'Twelve children completed the Three Houses tool with their social worker.',
    quotes: [
      { text: 'My worries are smaller now. Mum is not shouting any more.', who: 'girl aged 8, child in need' },
      { text: 'I want to see my dad more. I told them but nothing happened.', who: 'boy aged 9, child protection plan' },
    ],
    next: [
      'The domestic abuse practice hub started in March to strengthen safety planning before cases close.',
      'A ceiling of 35% for assessments ending with no further action from April.',
      'A new audit tool that grades ten practice domains, from April.',
    ],
  },
  {
    headline: 'In the first quarter of the new audit tool, the voice of the child is a clear strength and plans and chronologies are not.',
    strengths: [
      'Seven agency social workers became permanent, and audits found fewer changes of worker.',
      'Children\'s own words were quoted in most assessments.',
    ],
    improve: [
      'The themed audit of second child protection plans found the first plan often ended before change had lasted.',
      'Supervision records did not always show challenge when actions were missed.',
    ],
    feedback: 'Parents were asked about their experience of child protection through a short survey.',
    quotes: [
      { text: 'For the first time someone asked me what I thought would help.', who: 'parent, child protection plan' },
      { text: 'I still don\'t know why our case was opened again.', who: 'parent, second child protection plan' },
    ],
    next: [
      'A multi-agency check of the support in place before a child protection plan ends.',
      'Plan-writing workshops for social workers and child protection chairs.',
      'Domain results to be fed back to each team every month.',
    ],
  },
  {
    headline: 'Good support for unaccompanied children; strategy discussions were timely, but life story work was often missing.',
    strengths: [
      'Unaccompanied children had good support with education and health, and interpreters were used at every visit.',
      'Strategy discussions in the dip sample were timely and well attended by the police and health.',
    ],
    improve: [
      'Life story work was missing for most of the children in care audited.',
      'The reason for starting a section 47 enquiry was not always recorded.',
    ],
    feedback: 'Young people who came to the UK alone told us about their first months in care, with help from interpreters.',
    quotes: [
      { text: 'They helped me find a college and a mosque near my house.', who: 'young man aged 17, unaccompanied asylum-seeking child' },
      { text: 'I waited a long time for my age assessment. Nobody explained why.', who: 'young man aged 16, unaccompanied asylum-seeking child' },
    ],
    next: [
      'Life story work training for social workers in the children in care teams.',
      'A prompt in the strategy discussion form to record why a section 47 enquiry is needed.',
    ],
  },
  {
    headline: 'The case-file audit target was met for the first time, with the voice of the child clearly recorded in most cases.',
    strengths: [
      'The voice of the child was clearly recorded in most audited cases, often in the child\'s own words.',
      'Multi-agency working remains strong, especially with schools.',
    ],
    improve: [
      'Management oversight was graded good or better in only about a third of audited cases.',
      'The planned dip sample of return home interviews was cancelled because of auditor capacity.',
    ],
    feedback: 'Children\'s comments were gathered through the Mind of My Own app.',
    quotes: [
      { text: 'My social worker is kind and she listens. She does what she says.', who: 'girl aged 10, in care' },
      { text: 'I don\'t like it when they write about me and I can\'t read it.', who: 'boy aged 13, child in need' },
    ],
    next: [
      'Case records to be written to the child in all children in care teams.',
      'Reflective supervision to be the focus of the management audit pool.',
    ],
  },
  {
    headline: 'Pre-birth assessments started early and involved fathers; most families stepped down had a named early help worker.',
    strengths: [
      'Pre-birth assessments started early in pregnancy and involved midwives and fathers.',
      'Most families stepped down to early help met their family worker before the social care case closed.',
    ],
    improve: [
      'Chronologies are better for new cases, but older cases still have gaps.',
      'Step-down plans did not always say what would happen if worries returned.',
    ],
    feedback: 'Families stepped down to early help were asked about the move.',
    quotes: [
      { text: 'We met the family worker before the social worker left, so it didn\'t feel like starting again.', who: 'parent, stepped down to early help' },
      { text: 'Early help was better. They came when my son was at home.', who: 'parent, early help' },
    ],
    next: [
      'Step-down plans to say what the family should do if worries return.',
      'The target for audits graded good or better rises to 65% from April.',
    ],
  },
  {
    headline: 'Children placed out of borough were visited on time, but case-file audit grades are below the new 65% target.',
    strengths: [
      'Children placed out of borough were visited on time, and most had stable school places.',
      'Multi-agency working remains a clear strength in audits.',
    ],
    improve: [
      'Children placed out of borough waited longer for emotional wellbeing support.',
      'Plans for brothers and sisters to see each other were not always recorded.',
    ],
    feedback: 'Children in care completed the annual Your Life, Your Care survey.',
    quotes: [
      { text: 'I like my school and my foster family. I just miss my brother.', who: 'girl aged 11, in care out of borough' },
      { text: 'I have had the same social worker for two years. She knows me.', who: 'boy aged 14, in care' },
    ],
    next: [
      'Contact plans for brothers and sisters to be checked at every review.',
      'Agree with the Integrated Care Board how children placed out of borough get emotional wellbeing support.',
    ],
  },
  {
    headline: 'Return home interviews were offered to every missing child audited; pathway plans were written with young people.',
    strengths: [
      'Every child in the themed audit of missing episodes was offered a return home interview.',
      'Pathway plans were written with the young person and reflected their goals.',
    ],
    improve: [
      'Information from return home interviews was not always used to update the child\'s plan.',
      'Pathway plans for young people not in education, employment or training had few concrete actions.',
    ],
    feedback: 'Care leavers gave feedback at the summer care leavers\' event.',
    quotes: [
      { text: 'My PA helped me get my provisional licence and open a bank account.', who: 'care leaver aged 18' },
      { text: 'I want more help to find a job, not just a list of websites.', who: 'care leaver aged 20' },
    ],
    next: [
      'Return home interview findings to be discussed in supervision within five working days.',
      'Pathway plans for young people not in education, employment or training to name a next step and a date.',
    ],
  },
  {
    headline: 'The 65% target for case-file audits graded good or better was met; child protection visits slipped in December.',
    strengths: [
      'Personal advisers were in regular touch with care leavers, and most young people audited lived in suitable homes.',
      'Observed practice was strong, with social workers confident in direct work with children.',
    ],
    improve: [
      'Visits were missed in one child protection team in December because of sickness, and records did not always say whether the child was seen alone.',
      'Plans for children in need still too often list services rather than the changes needed for the child.',
    ],
    feedback: 'Children on child protection plans were asked about their social worker\'s visits.',
    quotes: [
      { text: 'When my social worker was off, someone new came and didn\'t know me.', who: 'girl aged 12, child protection plan' },
      { text: 'He plays football with me and then we talk. That\'s the best bit.', who: 'boy aged 8, child protection plan' },
    ],
    next: [
      'The service manager reviews child protection visits weekly until performance is back above target.',
      'A cover rota so that a known worker visits when the allocated social worker is absent.',
    ],
  },
];

// ---------------------------------------------------------------------------------------------------------
// Feedback from children and families (feedback/<period>.csv): the counts behind each story's feedback
// sentence (the numbers asked match its words), and from 2024-25 Q3, when the Mind of My Own app came in,
// the same two questions every quarter so the site shows a trend. Fixed, not drawn, so no other figure moves.

type FeedbackRow = [source: string, method: string, question: string, agreed: number, asked: number];
const CYP = 'Children and young people';
const PARENTS = 'Parents and carers';
const STORY_FEEDBACK: FeedbackRow[][] = [
  [[CYP, 'Interview', 'I knew why I had a child protection plan', 6, 9], [CYP, 'Interview', 'My social worker listened to me', 7, 9]],
  [[PARENTS, 'Telephone interview', 'The assessment explained clearly what would happen next', 10, 14], [PARENTS, 'Telephone interview', 'I was treated with respect', 12, 14]],
  [], // The Children in Care Council met the Director: a conversation, not a count.
  [[PARENTS, 'Feedback form after conference', 'I read the reports before the conference', 3, 6], [PARENTS, 'Feedback form after conference', 'I was able to say what I thought', 4, 6]],
  [['Care leavers', 'Forum discussion', 'I helped to write my pathway plan', 8, 13]],
  [[CYP, 'Three Houses tool', 'I feel safe at home', 9, 12], [CYP, 'Three Houses tool', 'I know who to talk to if I am worried', 11, 12]],
  [[PARENTS, 'Survey', 'The social worker explained the worries clearly', 15, 23], [PARENTS, 'Survey', 'I was treated with respect', 17, 23]],
  [['Young people who came to the UK alone', 'Interview with an interpreter', 'I was helped to understand what would happen to me', 5, 7]],
  [],
  [[PARENTS, 'Telephone interview', 'The move to early help was explained to me', 11, 16], [PARENTS, 'Telephone interview', 'Early help has made a difference for my family', 12, 16]],
  [['Children in care', 'Your Life, Your Care survey', 'I feel settled where I live', 53, 64], ['Children in care', 'Your Life, Your Care survey', 'I trust my social worker', 49, 64]],
  [['Care leavers', 'Questionnaire at the care leavers\' event', 'I know what support I am entitled to', 13, 19]],
  [[CYP, 'Interview', 'My social worker sees me on my own', 15, 18]],
];
const MIND_OF_MY_OWN_FROM = 8;
/** [listens agreed, sees enough agreed, asked] for each quarter from MIND_OF_MY_OWN_FROM. */
const MIND_OF_MY_OWN: [number, number, number][] = [[31, 24, 40], [36, 28, 44], [41, 33, 51], [40, 34, 49], [47, 39, 55]];

function feedbackRows(i: number): FeedbackRow[] {
  const rows = [...STORY_FEEDBACK[i]!];
  const app = MIND_OF_MY_OWN[i - MIND_OF_MY_OWN_FROM];
  if (app) {
    rows.push([CYP, 'Mind of My Own app', 'My social worker listens to me', app[0], app[2]]);
    rows.push([CYP, 'Mind of My Own app', 'I see my social worker often enough', app[1], app[2]]);
  }
  return rows;
}

if (STORY_FEEDBACK.length !== QUARTER_COUNT) throw new Error(`need feedback (or none) for each of the ${QUARTER_COUNT} quarters`);
if (STORIES.length !== QUARTER_COUNT) throw new Error(`need a story for each of the ${QUARTER_COUNT} quarters`);

/** Schedule entries for a month (filled in below). */
const scheduleRows: { month: string; activity: string; area: string; status: string }[] = [];

function domainSummary(period: string): { best: string[]; worst: string[] } | null {
  const domains = domainsByPeriod.get(period);
  if (!domains) return null;
  const ranked = [...domains.entries()]
    .map(([name, counts]) => ({ name, share: pct(counts[0]! + counts[1]!, counts.reduce((a, b) => a + b, 0)) }))
    .sort((a, b) => b.share - a.share || DOMAINS.findIndex((d) => d.name === a.name) - DOMAINS.findIndex((d) => d.name === b.name));
  const text = (d: { name: string; share: number }): string => `${d.name.toLowerCase()} (${d.share}%)`;
  return { best: ranked.slice(0, 2).map(text), worst: ranked.slice(-3).reverse().map(text) };
}

function narrative(i: number): string {
  const q = qaQuarters[i]!;
  const s = qaStats[i]!;
  const story = STORIES[i]!;
  const prev = i > 0 ? qaStats[i - 1]! : null;
  // Shares in the narrative are whole percents, rounded as the site rounds every share (formatPercentOf).
  const gob = formatPercentOf(s.goodOrBetter, s.audits)!;
  const inad = formatPercentOf(s.inadequate, s.audits)!;
  const prevGob = prev ? formatPercentOf(prev.goodOrBetter, prev.audits)! : null;
  const domains = domainSummary(q.period);

  const activities = [`${s.audits} case-file audits`, `${s.observations} practice observations`];
  if (q.dip) activities.push(`a dip sample of ${s.dipCount} cases`);
  if (q.multiAgency) activities.push(`a multi-agency audit of ${s.multiAgencyCount} cases`);
  const summary =
    `In ${periodMonthsLabel(q.period)} we completed ${listText(activities)}. ` +
    // No share here: the page opens with each pass line on the same base as its tile, so a share of
    // case-file audits alone would state "good or better" on a second base.
    story.headline;

  const movement =
    prevGob === null || prev === null
      ? ''
      : gob === prevGob
        ? ', the same share as last quarter'
        : s.goodOrBetter / s.audits > prev.goodOrBetter / prev.audits
          ? `, up from ${prevGob} last quarter`
          : `, down from ${prevGob} last quarter`;
  const gradeMix =
    s.outstanding > 0 ? ` ${capitalise(plural(s.outstanding, 'case was', 'cases were'))} graded outstanding.` : ' No case was graded outstanding.';
  const strengths = [
    `${s.goodOrBetter} of the ${s.audits} case-file audits (${gob}) were graded good or outstanding${movement}.${gradeMix} ` +
      `${s.observationsGood} of the ${s.observations} practice observations were judged to meet good or better.`,
    '',
    ...story.strengths.map((b) => `- ${b}`),
  ];
  if (domains) strengths.push(`- The strongest practice domains were ${listText(domains.best)} graded good or better.`);
  if (q.dip && s.dipGood >= s.dipCount / 2) strengths.push(`- In the dip sample of ${themeOf(q.dip.activity)}, ${s.dipGood} of ${s.dipCount} cases met good or better.`);

  const moderationText =
    i < MODERATION_REPORTED_FROM
      ? 'Moderation by senior managers was not yet recorded centrally, so it is not reported for this quarter; it is from January 2023.'
      : `${s.moderated} audits (${pct(s.moderated, s.audits)}%) were moderated by a senior manager: ` +
        `${s.agreed} grades were agreed, ${s.down} moved down and ${s.up} moved up.`;
  const improve = [
    `${s.inadequate} audits (${inad}) were graded inadequate; each has an action plan checked by a service manager. ${moderationText}`,
    '',
    ...story.improve.map((b) => `- ${b}`),
  ];
  if (domains) improve.push(`- The weakest practice domains were ${listText(domains.worst)} graded good or better.`);
  if (q.themed) improve.push(`- The themed audit of ${themeOf(q.themed.activity)} looked at ${s.themedCount} cases; ${s.themedGood} were graded good or better.`);
  if (q.multiAgency) {
    improve.push(`- The multi-agency audit of ${themeOf(q.multiAgency.activity)}, with ${q.multiAgency.partners}, looked at ${s.multiAgencyCount} cases; ` +
      `${s.multiAgencyGood} were graded good or better. Partners shared information well, but plans did not always say who would do what by when.`);
  }
  const familySupport = FAMILY_SUPPORT_UNGRADED[i];
  if (familySupport) {
    improve.push(`- Family support, our partner service, completed ${familySupport} case audits with its new audit tool. They were not graded, ` +
      'because the tool does not grade cases yet, so they are counted but not in any share.');
  }
  if (q.dip && s.dipGood < s.dipCount / 2) improve.push(`- In the dip sample of ${themeOf(q.dip.activity)}, only ${s.dipGood} of ${s.dipCount} cases met good.`);

  const feedback = [story.feedback, '', ...story.quotes.map((quote) => `- *"${quote.text}"* (${quote.who})`)];

  const nextPeriod = periodFromOrdinal(periodOrdinal(q.period) + 1);
  const nextMonths = quarterMonths(nextPeriod);
  const planned = scheduleRows
    .filter((r) => nextMonths.includes(r.month) && r.activity !== CASE_FILE_AUDITS && r.activity !== PRACTICE_OBSERVATIONS && r.status !== 'cancelled')
    .map((r) => `${r.activity.toLowerCase().replace(/:.*$/, '')} of ${themeOf(r.activity)} (${monthLabel(r.month)})`);
  const next = [
    ...story.next.map((b) => `- ${b}`),
    `- Monthly case-file audits and practice observations continue in ${periodShortLabel(nextPeriod)}${planned.length ? `, with ${listText(planned.map((p) => `a ${p}`))}` : ''}.`,
  ];

  for (const text of [summary]) {
    if (/: |\s#|^["'&*!|>%@`{[\-?]/.test(text) || text.includes('\n')) throw new Error(`${q.period}: summary is not a plain YAML scalar: ${text}`);
  }
  return [
    '---',
    `summary: ${summary}`,
    '---',
    '',
    '## Strengths',
    '',
    ...strengths,
    '',
    '## Areas for improvement',
    '',
    ...improve,
    '',
    '## Feedback from children and families',
    '',
    ...feedback,
    '',
    '## Next steps',
    '',
    ...next,
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------------------
// Schedule: every month of the demo quarters and the next three months

const lastMonth = quarterMonths(PERIODS.at(-1)!)[2]!;
const statusFor = (month: string): string => (month <= lastMonth ? 'complete' : 'planned');
for (const month of SCHEDULE_MONTHS) {
  scheduleRows.push({ month, activity: CASE_FILE_AUDITS, area: ALL_AREAS, status: statusFor(month) });
  scheduleRows.push({ month, activity: PRACTICE_OBSERVATIONS, area: observationArea(month), status: statusFor(month) });
}
qaQuarters.forEach((q) => {
  const months = quarterMonths(q.period);
  for (const extra of [q.themed, q.dip, q.multiAgency]) {
    if (extra) scheduleRows.push({ month: months[extra.month]!, activity: extra.activity, area: extra.area, status: 'complete' });
  }
});
for (const c of CANCELLED) scheduleRows.push({ ...c, status: 'cancelled' });
for (const p of PLANNED_AFTER) scheduleRows.push({ ...p, status: 'planned' });
const scheduleKind = (activity: string): number =>
  activity === CASE_FILE_AUDITS ? 0 : activity === PRACTICE_OBSERVATIONS ? 1 : activity.startsWith('Themed audit') ? 2 : 3;
scheduleRows.sort((a, b) => a.month.localeCompare(b.month) || scheduleKind(a.activity) - scheduleKind(b.activity) || a.activity.localeCompare(b.activity));

// ---------------------------------------------------------------------------------------------------------
// Improvement actions

interface Action {
  id: string;
  title: string;
  owner: string;
  raised: string;
  due: string;
  status: 'not_started' | 'on_track' | 'at_risk' | 'complete';
  /** The day a complete action was completed: each quarter shows it as it stood at its end. */
  completed?: string;
  indicators: string[];
}

const ACTIONS: Action[] = [
  {
    id: 'A01',
    title: 'Audit training for all team managers, and senior manager moderation of audits',
    owner: 'Principal Social Worker',
    raised: '2022-23-Q3',
    due: '2023-12-31',
    status: 'complete',
    completed: '2023-10-27',
    indicators: ['audits-good-or-better', 'audits-inadequate'],
  },
  {
    id: 'A02',
    title: 'Safety plan in place before closing any case involving domestic abuse',
    owner: 'Head of Service, Front Door and Assessment',
    raised: '2022-23-Q4',
    due: '2025-09-30',
    status: 'at_risk',
    indicators: ['re-referrals-12-months'],
  },
  {
    id: 'A03',
    title: 'New plan template with specific, time-limited actions, and plan-writing workshops',
    owner: 'Head of Service, Child in Need and Child Protection',
    raised: '2022-23-Q3',
    due: '2025-06-30',
    status: 'at_risk',
    indicators: ['audits-good-or-better', 'cp-second-plan', 'cp-plans-2-years'],
  },
  {
    id: 'A04',
    title: 'Automatic notification to the health team when a child enters care',
    owner: 'Head of Service, Children in Care',
    raised: '2023-24-Q2',
    due: '2024-03-31',
    status: 'complete',
    completed: '2024-01-08',
    indicators: ['cic-health-assessments-20-days'],
  },
  {
    id: 'A05',
    title: 'Weekly tracking of assessments past 35 working days, with team manager sign-off',
    owner: 'Head of Service, Front Door and Assessment',
    raised: '2023-24-Q3',
    due: '2024-03-31',
    status: 'complete',
    completed: '2024-03-22',
    indicators: ['assessments-45-days', 'assessment-average-days'],
  },
  {
    id: 'A06',
    title: 'Chronology tool in the case management system that builds a chronology from recorded events',
    owner: 'Service Manager, Quality Assurance',
    raised: '2024-25-Q1',
    due: '2025-10-31',
    status: 'not_started',
    indicators: [],
  },
  {
    id: 'A07',
    title: 'Recruit and keep permanent social workers, and convert agency workers to permanent contracts',
    owner: 'Head of Workforce Development',
    raised: '2023-24-Q1',
    due: '2026-03-31',
    status: 'on_track',
    indicators: ['agency-social-workers', 'social-worker-vacancies', 'social-worker-turnover', 'average-caseload'],
  },
  {
    id: 'A08',
    title: 'Step-down plans agreed with early help before a social care case closes',
    owner: 'Head of Early Help',
    raised: '2024-25-Q1',
    due: '2025-03-31',
    status: 'complete',
    completed: '2025-04-25',
    indicators: ['early-help-step-up', 're-referrals-12-months'],
  },
  {
    id: 'A09',
    title: 'Ring-fenced council apprenticeships and a work experience offer for care leavers',
    owner: 'Service Manager, Leaving Care',
    raised: '2024-25-Q2',
    due: '2026-06-30',
    status: 'on_track',
    indicators: ['care-leavers-eet'],
  },
  {
    id: 'A10',
    title: 'Record children\'s views in their own words through the Mind of My Own app',
    owner: 'Participation Lead',
    raised: '2024-25-Q3',
    due: '2025-09-30',
    status: 'complete',
    completed: '2025-06-27',
    indicators: [],
  },
  {
    id: 'A11',
    title: 'Enough registered local homes for 16 and 17 year olds, so that no child is placed in an unregistered home',
    owner: 'Head of Commissioning and Sufficiency',
    raised: '2023-24-Q3',
    due: '2026-09-30',
    status: 'on_track',
    indicators: ['unregistered-placements', 'cic-placement-stability'],
  },
  {
    id: 'A12',
    title: 'Recover child protection visits: weekly service manager review and a cover rota for absent workers',
    owner: 'Head of Service, Child in Need and Child Protection',
    raised: '2025-26-Q3',
    due: '2026-03-31',
    status: 'on_track',
    indicators: ['cp-visits-10-days'],
  },
  {
    id: 'A13',
    title: 'Reflective supervision every four to six weeks, recorded with clear actions and timescales',
    owner: 'Assistant Director, Safeguarding and Quality Assurance',
    raised: '2024-25-Q1',
    due: '2025-12-31',
    status: 'at_risk',
    indicators: ['audits-good-or-better'],
  },
];

for (const action of ACTIONS) {
  for (const id of action.indicators) if (!byId.has(id)) throw new Error(`action ${action.id}: unknown indicator ${id}`);
  if ((action.status === 'complete') !== (action.completed !== undefined)) throw new Error(`action ${action.id}: a completed date exactly when complete`);
  if (action.completed !== undefined && action.completed > periodEndDate(PERIODS.at(-1)!)) throw new Error(`action ${action.id}: completed after the demo's latest quarter`);
}

// ---------------------------------------------------------------------------------------------------------
// Glossary of abbreviations in QA reports and our indicators

const GLOSSARY: [string, string, string][] = [
  ['ASYE', 'Assessed and supported year in employment', 'The first year of work for a newly qualified social worker, with extra supervision, training and a protected caseload.'],
  ['CAF', 'Common Assessment Framework', 'An older shared form used by schools, health and other services to assess a family\'s needs for early help. Most councils have replaced it with an early help assessment.'],
  ['ChAT', 'Children\'s services analysis tool', 'A spreadsheet that brings together a council\'s children\'s social care figures in a standard format, used to track performance and prepare for inspection.'],
  ['CiC', 'Child in care', 'A child looked after by the council. Many councils, and children themselves, prefer this term to "looked after child".'],
  ['CIN', 'Child in need', 'A child whose health or development is likely to suffer without help from services, as defined in section 17 of the Children Act 1989. CIN also names the plan and support that follow.'],
  ['CLA', 'Child looked after', 'A child in the care of the council, either under a care order from the court or with their parents\' agreement. The term used in government statistics.'],
  ['CP', 'Child protection', 'Work to protect a child who is suffering, or is likely to suffer, significant harm.'],
  ['CPP', 'Child protection plan', 'A multi-agency plan agreed at a child protection conference, setting out how a child will be kept safe and how their family will be helped.'],
  ['CSE', 'Child sexual exploitation', 'A form of child sexual abuse where a child is manipulated or forced into sexual activity in exchange for something they need or want, or for the benefit of the abuser.'],
  ['CSPR', 'Child safeguarding practice review', 'A review of a serious case to learn how agencies can better protect children. It replaced the serious case review in 2018.'],
  ['DA', 'Domestic abuse', 'Abusive behaviour between people aged 16 or over who are, or have been, partners or family members. Children who see or hear it are victims in their own right.'],
  ['DBS', 'Disclosure and Barring Service', 'The national body that checks criminal records and keeps lists of people barred from working with children or vulnerable adults.'],
  ['DCS', 'Director of Children\'s Services', 'The senior officer every council must appoint, legally responsible for its education and children\'s social care services.'],
  ['DfE', 'Department for Education', 'The government department responsible for children\'s services and education in England. It collects and publishes the national children\'s statistics.'],
  ['EET', 'Education, employment or training', 'Whether a young person is studying, working or training. Care leavers\' EET is a national measure.'],
  ['EHA', 'Early help assessment', 'An assessment, agreed with the family, of what help a child and family need before problems get worse. Often completed by a school or early help worker.'],
  ['EHAF', 'Early help assessment form', 'The form used to record an early help assessment and the family\'s action plan.'],
  ['EHC', 'Education, health and care', 'As in an EHC plan: a legal document for a child or young person aged up to 25 with special educational needs, setting out the support they must receive.'],
  ['FTE', 'Full-time equivalent', 'A way of counting staff that adds up part-time hours, so two half-time workers count as one FTE.'],
  ['HoS', 'Head of Service', 'A senior manager responsible for one part of children\'s services, such as children in care or the front door.'],
  ['ICPC', 'Initial child protection conference', 'The first meeting of family and professionals after a section 47 enquiry, to decide whether the child needs a child protection plan. It should be held within 15 working days of the strategy discussion.'],
  ['IHA', 'Initial health assessment', 'A health check by a doctor for every child who comes into care, due within 20 working days.'],
  ['ILACS', 'Inspection of local authority children\'s services', 'Ofsted\'s framework for inspecting councils\' children\'s social care, including full inspections, focused visits and monitoring visits.'],
  ['IRO', 'Independent reviewing officer', 'A social worker, independent of the child\'s case, who chairs the reviews of a child in care\'s plan and checks that the council is acting in the child\'s interests.'],
  ['KPI', 'Key performance indicator', 'One of the main measures used to judge how well a service is doing.'],
  ['LA', 'Local authority', 'A council. The local authority has legal duties to safeguard children and to look after children in its care.'],
  ['LAC', 'Looked after child', 'A child in the care of the council. An older term; many councils now say child in care.'],
  ['LADO', 'Local authority designated officer', 'The officer who manages allegations that an adult who works or volunteers with children has harmed a child or may pose a risk to children.'],
  ['LSCB', 'Local Safeguarding Children Board', 'The former statutory partnership of agencies that oversaw safeguarding in an area. Replaced from 2019 by local safeguarding partnerships.'],
  ['MASH', 'Multi-agency safeguarding hub', 'A team where social care, police, health and other agencies share information to decide quickly how to respond to worries about a child.'],
  ['NEET', 'Not in education, employment or training', 'A young person who is not studying, working or training.'],
  ['NFA', 'No further action', 'The outcome when a contact, referral or assessment ends without further involvement from children\'s social care, although the family may be signposted to other help.'],
  ['NRPF', 'No recourse to public funds', 'An immigration condition that stops a person claiming most benefits. Councils may still support families with children in need.'],
  ['Ofsted', 'Office for Standards in Education, Children\'s Services and Skills', 'The national inspectorate for schools, children\'s social care and children\'s homes in England. It grades councils\' children\'s services outstanding, good, requires improvement to be good or inadequate.'],
  ['PA', 'Personal adviser', 'The named worker who supports a care leaver up to age 25 and helps them carry out their pathway plan.'],
  ['PLO', 'Public Law Outline', 'The court process for care proceedings. The pre-proceedings stage is a formal letter and meeting giving parents a last chance to make changes before the council applies to court.'],
  ['POT', 'Position of trust', 'A role that gives an adult power or responsibility over children, such as a teacher, coach or carer. A POT meeting considers an allegation against such an adult.'],
  ['PSW', 'Principal social worker', 'A senior practitioner who leads on the quality of social work practice and represents front-line social workers to senior managers.'],
  ['QA', 'Quality assurance', 'Checking the quality of work with children and families, for example through case-file audits, moderation, practice observations, dip samples and feedback, and using what is found to improve practice.'],
  ['RAG', 'Red, amber, green', 'A traffic-light rating of performance against a target: green when the target is met, amber when close to it, red when well short of it.'],
  ['RCPC', 'Review child protection conference', 'A meeting to review a child protection plan: first within three months of the initial conference, then at least every six months.'],
  ['RI', 'Requires improvement to be good', 'The Ofsted grade, and audit grade, for work that is not yet good but where children are not left at risk of harm.'],
  ['S47', 'Section 47 enquiry', 'An enquiry under section 47 of the Children Act 1989, made when there is reasonable cause to suspect that a child is suffering, or is likely to suffer, significant harm.'],
  ['SCR', 'Serious case review', 'A review held when a child died or was seriously harmed and abuse or neglect was suspected. Replaced in 2018 by child safeguarding practice reviews.'],
  ['SEND', 'Special educational needs and disabilities', 'Learning difficulties or disabilities that make it harder for a child to learn than most children of the same age.'],
  ['SGO', 'Special guardianship order', 'A court order that makes a relative or other carer a child\'s special guardian until they are 18, giving them parental responsibility without ending the legal tie to the birth parents.'],
  ['SMART', 'Specific, measurable, achievable, realistic and time-bound', 'A test of a good plan: each action says exactly what will be done, by whom and by when, and how everyone will know it has worked.'],
  ['SN', 'Statistical neighbours', 'The ten councils most similar to ours on factors such as deprivation and population, chosen by a model commissioned by the Department for Education. Used to compare performance fairly.'],
  ['SoS', 'Signs of Safety', 'A strengths-based approach to child protection work that asks what is working well, what the worries are and what needs to happen.'],
  ['SSDA903', 'Children looked after return', 'The yearly return that every council sends to the Department for Education about the children in its care.'],
  ['UASC', 'Unaccompanied asylum-seeking child', 'A child under 18 who has come to the UK to claim asylum without a parent or carer. The council looks after them.'],
];

// ---------------------------------------------------------------------------------------------------------
// Write the quality assurance files

const auditsDir = join(DATA, 'audits');
const domainsDir = join(DATA, 'audit-domains');
const narrativeDir = join(DATA, 'narrative');
const feedbackDir = join(DATA, 'feedback');
for (const dir of [auditsDir, domainsDir, narrativeDir, feedbackDir]) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
}

writeFileSync(join(DATA, 'grade-scales.json'), JSON.stringify(GRADE_SCALES, null, 2) + '\n');

qaQuarters.forEach((q, i) => {
  const rows = auditRows(q);
  const ungraded = FAMILY_SUPPORT_UNGRADED[i];
  if (ungraded) rows.push([FAMILY_SUPPORT_AUDITS, 'audit', AREA_EARLY_HELP, '', '', '', '', ungraded]);
  writeFileSync(
    join(auditsDir, `${q.period}.csv`),
    i < MODERATION_REPORTED_FROM
      ? // Moderation not reported: the grade that stood, and no moderated_grade column at all.
        csv(['activity', 'type', 'service_area', 'month', 'scale', 'auditor_grade', 'count'], finalGradeRows(q))
      : csv(['activity', 'type', 'service_area', 'month', 'scale', 'auditor_grade', 'moderated_grade', 'count'], rows),
  );
  const domains = domainsByPeriod.get(q.period);
  if (domains) {
    const domainRows: (string | number)[][] = [];
    for (const [domain, counts] of domains) {
      counts.forEach((count, g) => {
        if (count > 0) domainRows.push([CASE_FILE_AUDITS, domain, gradeAt('ofsted', g), count]);
      });
    }
    writeFileSync(join(domainsDir, `${q.period}.csv`), csv(['activity', 'domain', 'grade', 'count'], domainRows));
  }
  writeFileSync(join(narrativeDir, `${q.period}.md`), narrative(i));
  const feedback = feedbackRows(i);
  if (feedback.length > 0) writeFileSync(join(feedbackDir, `${q.period}.csv`), csv(['source', 'method', 'question', 'agreed', 'asked'], feedback));
});

writeFileSync(
  join(DATA, 'schedule.csv'),
  csv(['month', 'activity', 'service_area', 'status'], scheduleRows.map((r) => [r.month, r.activity, r.area, r.status])),
);
writeFileSync(
  join(DATA, 'actions.csv'),
  csv(
    ['id', 'title', 'owner', 'raised', 'due', 'status', 'completed', 'indicators'],
    ACTIONS.map((a) => [a.id, a.title, a.owner, a.raised, a.due, a.status, a.completed ?? '', a.indicators.join(';')]),
  ),
);
writeFileSync(join(DATA, 'glossary.csv'), csv(['term', 'expansion', 'definition'], GLOSSARY));

// Changes to a service, from which SPC limits start again: the Consultation Line (the contacts note for the quarter
// it took effect) means fewer contacts are logged, and from April 2024 most agency social workers were permanent
// staff, so the figures before and after do not share limits.
writeFileSync(
  join(DATA, 'spc-rebase.csv'),
  csv(['indicator_id', 'period', 'reason'], [
    ['contacts', PERIODS[CONSULTATION_LINE_QUARTER]!, 'Consultation Line for professionals from September 2024'],
    ['agency-social-workers', PERIODS[AGENCY_CONVERSIONS_QUARTER]!, 'Agency social workers converted to permanent contracts from April to June 2024'],
  ]),
);

const asAt = periodEndDate(PERIODS.at(-1)!);
const overdue = ACTIONS.filter((a) => (a.completed === undefined || a.completed > asAt) && a.due < asAt).map((a) => a.id);
console.log(
  `Wrote quality assurance data: ${GRADE_SCALES.length} grade scales, ${qaQuarters.length} audit files, ` +
    `${domainsByPeriod.size} audit-domain files, ${qaQuarters.length} narratives, ${scheduleRows.length} schedule rows, ` +
    `${ACTIONS.length} actions (overdue at ${asAt}: ${overdue.join(', ') || 'none'}), ${GLOSSARY.length} glossary terms.`,
);
