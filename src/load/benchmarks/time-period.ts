// DfE's time_identifier and time_period as our quarters (issue 18). The children's social care releases are
// annual, to 31 March: "Reporting year" 2025 and "Financial year" 202425 are both the year April 2024 to March
// 2025, which ends with our Q4 2024/25, so its figures compare with that quarter's. Other time identifiers
// (academic, calendar years) would not line up with a quarter, so they are refused rather than guessed.
import { periodId, type PeriodId } from '../../domain/period.ts';

export const SUPPORTED_TIME_IDENTIFIERS = ['Reporting year', 'Financial year'] as const;

export type PeriodRead = { ok: true; period: PeriodId } | { ok: false; column: 'time_identifier' | 'time_period'; message: string };

const REDOWNLOAD = 'The file should be exactly as DfE publishes it: download it again from Explore Education Statistics.';

export function benchmarkPeriod(identifier: string, period: string): PeriodRead {
  if (identifier === 'Reporting year') {
    if (!/^\d{4}$/.test(period)) {
      return { ok: false, column: 'time_period', message: `"${period}" is not a reporting year: DfE writes the year to 31 March as 4 digits, e.g. 2025 for April 2024 to March 2025. ${REDOWNLOAD}` };
    }
    return { ok: true, period: periodId({ year: Number(period) - 1, quarter: 4 }) };
  }
  if (identifier === 'Financial year') {
    const match = /^(\d{4})(\d{2})$/.exec(period);
    if (!match || (Number(match[1]) + 1) % 100 !== Number(match[2])) {
      return { ok: false, column: 'time_period', message: `"${period}" is not a financial year: DfE writes it as 6 digits, the first year and the last two digits of the next, e.g. 202425 for April 2024 to March 2025. ${REDOWNLOAD}` };
    }
    return { ok: true, period: periodId({ year: Number(match[1]), quarter: 4 }) };
  }
  return {
    ok: false,
    column: 'time_identifier',
    message: `"${identifier}" is not a time_identifier the site reads: it reads ${SUPPORTED_TIME_IDENTIFIERS.map((t) => `"${t}"`).join(' and ')}, years to 31 March that end with a quarter 4. ` +
      'Use a file of the release that gives figures for those years, or take this file out of benchmarks.csv.',
  };
}
