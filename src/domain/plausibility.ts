// Figures that are valid but look like a mistake: a pasted fraction, a slipped decimal point, a value far
// outside the indicator's history, commentary copied from last quarter, a red with no explanation. These are
// warnings, never errors: a real change can look like a mistake, so the officer is asked to check, not stopped.
//
// Only the newest quarter is checked. Older quarters were checked when they were published, and a warning
// about an old quarter that was right all along could never be cleared, so it would make `validate --strict`
// fail for ever and teach officers to ignore warnings.
import type { DatasetIndex } from './dataset-index.ts';
import { formatTarget, formatValue } from './format.ts';
import { periodShortLabel, previousPeriod } from './period.ts';
import { ragStatus } from './rag.ts';
import type { Indicator, PeriodId } from './types.ts';

export type PlausibilityKind =
  | 'no_figures'
  | 'pasted_fraction'
  | 'sudden_change'
  | 'outside_history'
  | 'repeated_commentary'
  | 'red_without_commentary';

export interface PlausibilityFinding {
  /** null for a finding about the whole quarter (no figures at all). */
  indicatorId: string | null;
  period: PeriodId;
  kind: PlausibilityKind;
  /** The cell to look at: the value or the commentary; null for the whole file. */
  cell: 'value' | 'commentary' | null;
  message: string;
}

/** A value more than 5 times, or less than a fifth of, the one before: a slipped decimal point is 10 times. */
export const CHANGE_RATIO = 5;
/**
 * Small figures move by big ratios without anything being wrong: 1.5% becoming 8% is a handful of cases, so a
 * change between two figures both below 10 (in the indicator's own units) is not questioned. For counts of
 * children the bar is lower still: when either count is below 10 (2 children becoming 11), the ratio means little.
 * A caseload of 15.9 typed as 159, or as 1.59, still stands out.
 */
export const SMALL_VALUE = 10;
/** A value is far outside its history only when there are enough earlier quarters to have one. */
export const HISTORY_MINIMUM = 4;
/** Three years of quarters: older figures may be on a different definition or a different service. */
export const HISTORY_LENGTH = 12;
/**
 * "Far outside" is beyond the highest or lowest earlier value by more than the whole spread of the history plus a
 * tenth of the values' size: the extra tenth keeps a steady history, or a steady improvement such as agency staff
 * falling from 28% to 22% over two years, from making an ordinary move a warning. A digit typed wrongly (85 as
 * 58) is still far outside. On the demo data and on figures shaped like councils' reports, real quarters stay inside.
 */
export const HISTORY_MARGIN = 0.1;

interface Earlier {
  period: PeriodId;
  value: number;
}

/** Numbers as an officer typed them: 0.112, 159, 15.9 (no floating-point tails such as 11.200000000000001). */
function plain(value: number): string {
  return String(Number(value.toPrecision(12)));
}

function name(indicator: Indicator): string {
  return `"${indicator.title}" (${indicator.id})`;
}

function isSmall(...values: number[]): boolean {
  return values.every((value) => Math.abs(value) < SMALL_VALUE);
}

/** The earlier values of one indicator, newest first, skipping quarters where it was blank. */
function history(index: DatasetIndex, indicatorId: string, period: PeriodId): Earlier[] {
  const earlier: Earlier[] = [];
  const periods = index.periods;
  for (let i = periods.indexOf(period) - 1; i >= 0 && earlier.length < HISTORY_LENGTH; i--) {
    const at = periods[i]!;
    const value = index.valueAt(indicatorId, at)?.value ?? null;
    if (value !== null) earlier.push({ period: at, value });
  }
  return earlier;
}

/** When the ratio is close to a power of ten, the figure the officer probably meant. */
function decimalSlip(value: number, previous: number): number | null {
  const power = Math.round(Math.log10(value / previous));
  if (power === 0 || Math.abs(Math.log10(value / previous) - power) > 0.1) return null;
  return value / 10 ** power;
}

function valueFinding(indicator: Indicator, value: number, earlier: readonly Earlier[]): { kind: PlausibilityKind; message: string } | null {
  const latest = earlier[0];
  if (latest === undefined) return null;
  const recent = earlier.slice(0, HISTORY_MINIMUM);

  // An Excel percentage cell saved as General writes 11.2% as 0.112. The value times 100 must also be nearer the
  // recent figures than the value itself is (every one above 10 times the value), so that a small percentage
  // such as child protection plans lasting two years or more falling from 1.2% to 0.8% is not taken for one.
  if (indicator.unit === 'percent' && value > 0 && value < 1 && recent.every((item) => item.value > 1 && item.value > 10 * value)) {
    const low = Math.min(...recent.map((item) => item.value));
    const high = Math.max(...recent.map((item) => item.value));
    const range = low === high ? plain(low) : `between ${plain(low)} and ${plain(high)}`;
    return {
      kind: 'pasted_fraction',
      message: `${name(indicator)}: the value ${plain(value)} is between 0 and 1, but in earlier quarters this percentage was ${range}. ` +
        `It looks like a fraction pasted from a spreadsheet percentage cell. If ${plain(value)} was meant as ${plain(value * 100)}%, write ${plain(value * 100)}.`,
    };
  }

  const previous = latest.value;
  const small = indicator.unit === 'count' ? Math.min(Math.abs(value), Math.abs(previous)) < SMALL_VALUE : isSmall(value, previous);
  if (previous !== 0 && !small && Math.sign(value) === Math.sign(previous)) {
    const ratio = value / previous;
    if (ratio > CHANGE_RATIO || ratio < 1 / CHANGE_RATIO) {
      const slip = decimalSlip(value, previous);
      const hint = slip === null
        ? 'Check the figure is for this quarter and this measure.'
        : `Check for a misplaced decimal point: if ${plain(slip)} was meant, write ${plain(slip)}.`;
      return {
        kind: 'sudden_change',
        message: `${name(indicator)}: the value ${plain(value)} is ${ratio > 1 ? `more than ${CHANGE_RATIO} times` : `less than a fifth of`} ` +
          `the ${periodShortLabel(latest.period)} value (${plain(previous)}). ${hint} If the change is real, say why in the commentary.`,
      };
    }
  }

  if (earlier.length >= HISTORY_MINIMUM) {
    const values = earlier.map((item) => item.value);
    const low = Math.min(...values);
    const high = Math.max(...values);
    if (!isSmall(value, low, high)) {
      const margin = high - low + HISTORY_MARGIN * Math.max(Math.abs(low), Math.abs(high));
      if (value > high + margin || value < low - margin) {
        return {
          kind: 'outside_history',
          message: `${name(indicator)}: the value ${plain(value)} is far ${value > high ? 'above' : 'below'} anything in the last ` +
            `${earlier.length} quarters with a figure (${plain(low)} to ${plain(high)}). Check the figure is for this quarter and this measure, ` +
            'and has not been typed wrongly. If it is right, say why in the commentary.',
        };
      }
    }
  }
  return null;
}

/** Warnings about one quarter (by default the newest), in indicators.csv order, value before commentary. */
export function plausibilityFindings(index: DatasetIndex, period: PeriodId | undefined = index.periods.at(-1)): PlausibilityFinding[] {
  if (period === undefined || !index.hasPeriod(period)) return [];
  const rows = index.indicators.map((indicator) => ({ indicator, quarter: index.valueAt(indicator.id, period) }));
  if (rows.every(({ quarter }) => (quarter?.value ?? null) === null)) {
    // A quarter just made by `npm run new-quarter`: nothing else to check until the figures are in.
    return [{
      indicatorId: null, period, kind: 'no_figures', cell: null,
      message: `${periodShortLabel(period)} has no figures yet: every value is blank, so its scorecard will show "No data" throughout. ` +
        'Fill in the values (and commentary) before publishing.',
    }];
  }

  const findings: PlausibilityFinding[] = [];
  const add = (indicator: Indicator, cell: 'value' | 'commentary', kind: PlausibilityKind, message: string) =>
    findings.push({ indicatorId: indicator.id, period, kind, cell, message });

  for (const { indicator, quarter } of rows) {
    if (quarter === null) continue;
    const value = quarter.value;
    if (value !== null) {
      const found = valueFinding(indicator, value, history(index, indicator.id, period));
      if (found) add(indicator, 'value', found.kind, found.message);
    }

    const commentary = quarter.commentary.trim();
    const before = previousPeriod(period);
    const previousCommentary = index.valueAt(indicator.id, before)?.commentary.trim() ?? '';
    if (commentary !== '' && commentary === previousCommentary) {
      add(indicator, 'commentary', 'repeated_commentary',
        `${name(indicator)}: the commentary is word for word the same as in ${periodShortLabel(before)}. ` +
        'Check the file was not copied from last quarter without updating it, and write what happened this quarter.');
    }

    const target = index.targetAt(indicator.id, period);
    if (commentary === '' && ragStatus(value, target) === 'red') {
      add(indicator, 'commentary', 'red_without_commentary',
        `${name(indicator)}: this is red (${formatValue(value, indicator.unit, indicator.decimals)} against a target of ` +
        `${formatTarget(target, indicator.unit, indicator.decimals)}) but has no commentary. Readers will ask why: ` +
        'add a sentence saying why the target was missed and what is being done.');
    }
  }
  return findings;
}
