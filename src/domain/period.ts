// Council financial-year quarters. `2016-17-Q3` is the third quarter of the year starting April 2016,
// i.e. October to December 2016. Periods compare by a single ordinal so gaps are easy to see.

/** A period id, written `YYYY-YY-Qn` (council financial year starting April YYYY). */
export type PeriodId = string;

export interface Period {
  /** First calendar year of the financial year (2016 for 2016/17). */
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

const PERIOD_PATTERN = /^(\d{4})-(\d{2})-Q([1-4])$/;

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** Parses `YYYY-YY-Qn`; returns null when the text is not a period or the two years do not follow on. */
export function parsePeriod(text: string): Period | null {
  const match = PERIOD_PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const nextYear = Number(match[2]);
  if ((year + 1) % 100 !== nextYear) return null;
  return { year, quarter: Number(match[3]) as Period['quarter'] };
}

export function isPeriodId(text: string): boolean {
  return parsePeriod(text) !== null;
}

export function periodId(period: Period): PeriodId {
  const next = String((period.year + 1) % 100).padStart(2, '0');
  return `${period.year}-${next}-Q${period.quarter}`;
}

function mustParse(id: PeriodId): Period {
  const period = parsePeriod(id);
  if (!period) throw new Error(`"${id}" is not a period; write periods as YYYY-YY-Qn, e.g. 2024-25-Q1`);
  return period;
}

// Remembered: a county's build compares periods a million times (latest comparator values, sorting).
const ordinals = new Map<PeriodId, number>();

/** A number that increases by one each quarter, for ordering and for finding gaps. */
export function periodOrdinal(id: PeriodId): number {
  let ordinal = ordinals.get(id);
  if (ordinal === undefined) {
    const { year, quarter } = mustParse(id);
    ordinal = year * 4 + (quarter - 1);
    ordinals.set(id, ordinal);
  }
  return ordinal;
}

export function periodFromOrdinal(ordinal: number): PeriodId {
  const year = Math.floor(ordinal / 4);
  return periodId({ year, quarter: ((ordinal % 4) + 1) as Period['quarter'] });
}

export function comparePeriods(a: PeriodId, b: PeriodId): number {
  return periodOrdinal(a) - periodOrdinal(b);
}

export function previousPeriod(id: PeriodId): PeriodId {
  return periodFromOrdinal(periodOrdinal(id) - 1);
}

export function nextPeriod(id: PeriodId): PeriodId {
  return periodFromOrdinal(periodOrdinal(id) + 1);
}

/** The same quarter a year earlier. */
export function samePeriodLastYear(id: PeriodId): PeriodId {
  return periodFromOrdinal(periodOrdinal(id) - 4);
}

/** Calendar months covered, as [year, monthIndex 0-11] of the first and last month. */
export function periodMonths(id: PeriodId): { start: { year: number; month: number }; end: { year: number; month: number } } {
  const { year, quarter } = mustParse(id);
  // Q1 starts in April (month 3); Q4 starts in January of the following calendar year.
  const startMonthAbsolute = year * 12 + 3 + (quarter - 1) * 3;
  const endMonthAbsolute = startMonthAbsolute + 2;
  return {
    start: { year: Math.floor(startMonthAbsolute / 12), month: startMonthAbsolute % 12 },
    end: { year: Math.floor(endMonthAbsolute / 12), month: endMonthAbsolute % 12 },
  };
}

/** First day of the quarter, `YYYY-MM-DD`. */
export function periodStartDate(id: PeriodId): string {
  const { start } = periodMonths(id);
  return `${start.year}-${String(start.month + 1).padStart(2, '0')}-01`;
}

/** Last day of the quarter, `YYYY-MM-DD`. */
export function periodEndDate(id: PeriodId): string {
  const { end } = periodMonths(id);
  const lastDay = new Date(Date.UTC(end.year, end.month + 1, 0)).getUTCDate();
  return `${end.year}-${String(end.month + 1).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
}

/** `2016/17`, the financial year as councils write it. */
export function financialYearLabel(id: PeriodId): string {
  const { year } = mustParse(id);
  return `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}

/** `Q3 2016/17`. */
export function periodShortLabel(id: PeriodId): string {
  return `Q${mustParse(id).quarter} ${financialYearLabel(id)}`;
}

/** `October to December 2016`; a quarter never spans two calendar years, so one year suffices. */
export function periodMonthsLabel(id: PeriodId): string {
  const { start, end } = periodMonths(id);
  return `${MONTHS[start.month]} to ${MONTHS[end.month]} ${end.year}`;
}

/** `Q3 2016/17 (October to December 2016)`. */
export function periodLabel(id: PeriodId): string {
  return `${periodShortLabel(id)} (${periodMonthsLabel(id)})`;
}

/** Sorts and removes duplicates, oldest first. */
export function sortPeriods(ids: Iterable<PeriodId>): PeriodId[] {
  return [...new Set(ids)].sort(comparePeriods);
}

/** The quarter a `YYYY-MM` month falls in; null when the text is not a month. */
export function periodOfMonth(month: string): PeriodId | null {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!match) return null;
  const year = Number(match[1]);
  const monthIndex = Number(match[2]) - 1;
  // January to March belong to the financial year that began the April before.
  const financialYear = monthIndex < 3 ? year - 1 : year;
  const quarter = (Math.floor(((monthIndex + 9) % 12) / 3) + 1) as Period['quarter'];
  return periodId({ year: financialYear, quarter });
}
