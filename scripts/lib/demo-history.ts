// When the fictional Kesterley Borough Council published each quarter of the demo data, and the one figure it
// corrected afterwards: the history `npm run demo` replays as the commits of a git repository of the demo
// (scripts/lib/demo-repo.ts), so the demo's changes page, revision marks and data version read as a council's would.
// The demo generator dates the data by it too (site.json's statement_date, scripts/demo-data/site.ts).

export const DEMO_AUTHOR = { name: 'Kesterley performance team', email: 'performance@kesterley.example.org' };

export interface Publication {
  period: string;
  /** When the commit was made, with the UK's offset from UTC that day (BST from late March to late October). */
  at: string;
}

/**
 * Each quarter first published on a working day five to seven weeks after it ended, once the figures were
 * checked and the commentary written, in time for the scrutiny committee's papers.
 */
export const PUBLICATIONS: readonly Publication[] = [
  { period: '2022-23-Q3', at: '2023-02-09T14:05:00+00:00' },
  { period: '2022-23-Q4', at: '2023-05-10T11:40:00+01:00' },
  { period: '2023-24-Q1', at: '2023-08-08T15:20:00+01:00' },
  { period: '2023-24-Q2', at: '2023-11-09T10:35:00+00:00' },
  { period: '2023-24-Q3', at: '2024-02-06T16:10:00+00:00' },
  { period: '2023-24-Q4', at: '2024-05-15T12:25:00+01:00' },
  { period: '2024-25-Q1', at: '2024-08-08T10:50:00+01:00' },
  { period: '2024-25-Q2', at: '2024-11-12T14:45:00+00:00' },
  { period: '2024-25-Q3', at: '2025-02-12T11:15:00+00:00' },
  { period: '2024-25-Q4', at: '2025-05-13T15:30:00+01:00' },
  { period: '2025-26-Q1', at: '2025-08-07T10:20:00+01:00' },
  { period: '2025-26-Q2', at: '2025-11-12T13:55:00+00:00' },
  { period: '2025-26-Q3', at: '2026-02-10T11:05:00+00:00' },
];

/**
 * When the council first committed DfE's benchmark files (benchmarks.csv, benchmarks/ and site.json's
 * "local_authority" and "statistical_neighbours"): DfE publishes each year's children in need figures in the autumn,
 * and the demo's copy, to 31 March 2025, is first published with the quarter after that release. Before it the
 * demo's history has no benchmarks.
 */
export const BENCHMARKS_FROM = '2025-11-01';

/** The accessibility statement (site.json's statement_date): prepared, then reviewed every January. */
export const STATEMENT_DATES: readonly string[] = ['2023-01-24', '2024-01-23', '2025-01-21', '2026-01-20'];

export interface Correction {
  period: string;
  indicatorId: string;
  at: string;
  /** The figure's numerator as first published, against the one in data/; the denominator did not change. */
  firstNumeratorChange: number;
  /** The commit message, which the changes page shows as the reason. */
  message: string;
}

/** A published figure corrected three weeks later, when assessments completed in time were found recorded late. */
export const CORRECTION: Correction = {
  period: '2025-26-Q2',
  indicatorId: 'assessments-45-days',
  at: '2025-12-03T10:15:00+00:00',
  firstNumeratorChange: -23,
  message: 'Correct Q2 2025/26 assessments within 45 working days: 23 assessments completed in time were recorded after the figures were taken',
};

/** The commit message that first publishes a quarter, e.g. "Publish Q3 2025/26 (October to December 2025)". */
export function publicationMessage(shortLabel: string, monthsLabel: string): string {
  return `Publish ${shortLabel} (${monthsLabel}): figures, commentary and quality assurance`;
}
