// When each quarter was first published and which of its figures were changed afterwards, worked out from
// the data's version history: one snapshot of the quarter files per commit, oldest first. Pure: reading the
// snapshots from git is src/load/history.ts's job, so these rules are tested without a repository.
import { comparePeriods } from './period.ts';
import type { PeriodId } from './types.ts';

/** A commit of the data: its short hash, its date (`YYYY-MM-DD`) and the first line of its message. */
export interface CommitInfo {
  hash: string;
  date: string;
  message: string;
}

/** The last commit that touched the data folder, and whether the folder has edits not yet committed. */
export interface DataCommit {
  hash: string;
  date: string;
  uncommitted: boolean;
}

/** The data after one commit. */
export interface Snapshot {
  commit: CommitInfo;
  /** Periods site.json listed as drafts at this commit: their files exist but are not yet published. */
  drafts: ReadonlySet<PeriodId>;
  /** Each quarter file then: indicator id to value (null: not available). */
  quarters: ReadonlyMap<PeriodId, ReadonlyMap<string, number | null>>;
}

/** A value of a figure as it was published by one commit. */
export interface FigureVersion {
  value: number | null;
  commit: CommitInfo;
  /** Not published under disclosure control (value is then null); see revision-disclosure.ts. */
  withheld?: boolean;
}

export type ChangeEvent =
  | { kind: 'publication'; period: PeriodId; commit: CommitInfo }
  | {
    kind: 'revision'; period: PeriodId; indicatorId: string; previous: number | null; value: number | null; commit: CommitInfo;
    /** Not published under disclosure control (the value is then null); see revision-disclosure.ts. */
    previousWithheld?: boolean; valueWithheld?: boolean;
  };

export interface Revisions {
  /** Every first publication and revision, newest first. */
  events: ChangeEvent[];
  /** Every published value of each figure, oldest first, keyed by `figureKey`. */
  versions: Map<string, FigureVersion[]>;
}

export function figureKey(period: PeriodId, indicatorId: string): string {
  return `${period}\u0000${indicatorId}`;
}

/**
 * A quarter is published by the first commit in which its file exists and site.json does not list it as a
 * draft; until then its values may change freely. After that, any change of a figure's value is a
 * revision, including a figure becoming blank or a row being added or removed (a missing row reads as
 * "not available", as on the pages).
 */
export function revisionsFromSnapshots(snapshots: readonly Snapshot[]): Revisions {
  const published = new Map<PeriodId, Map<string, number | null>>();
  const publishedBy = new Map<PeriodId, CommitInfo>();
  const versions = new Map<string, FigureVersion[]>();
  const perCommit: ChangeEvent[][] = [];
  for (const { commit, drafts, quarters } of snapshots) {
    const publications: ChangeEvent[] = [];
    const revisions: ChangeEvent[] = [];
    for (const [period, values] of quarters) {
      if (drafts.has(period)) continue;
      const before = published.get(period);
      if (!before) {
        published.set(period, new Map(values));
        publishedBy.set(period, commit);
        publications.push({ kind: 'publication', period, commit });
        for (const [indicatorId, value] of values) versions.set(figureKey(period, indicatorId), [{ value, commit }]);
        continue;
      }
      for (const indicatorId of new Set([...before.keys(), ...values.keys()])) {
        const previous = before.get(indicatorId) ?? null;
        const value = values.get(indicatorId) ?? null;
        if (previous === value) continue;
        before.set(indicatorId, value);
        revisions.push({ kind: 'revision', period, indicatorId, previous, value, commit });
        const key = figureKey(period, indicatorId);
        // A row added after publication was, until then, published as not available.
        const list = versions.get(key) ?? [{ value: null, commit: publishedBy.get(period)! }];
        list.push({ value, commit });
        versions.set(key, list);
      }
    }
    // Within a commit: publications, then revisions, each newest quarter first, indicators in file order.
    const newestFirst = (a: ChangeEvent, b: ChangeEvent) => comparePeriods(b.period, a.period);
    perCommit.push([...publications.sort(newestFirst), ...revisions.sort(newestFirst)]);
  }
  return { events: perCommit.reverse().flat(), versions };
}

/** The values a figure was published with before its current one, newest first; empty when never revised. */
export function earlierVersions(revisions: Revisions, period: PeriodId, indicatorId: string): FigureVersion[] {
  const list = revisions.versions.get(figureKey(period, indicatorId));
  return list ? list.slice(0, -1).reverse() : [];
}

/** Only the events and figures of the given periods (the quarters the site publishes now). */
export function revisionsForPeriods(revisions: Revisions, periods: Iterable<PeriodId>): Revisions {
  const keep = new Set(periods);
  return {
    events: revisions.events.filter((event) => keep.has(event.period)),
    versions: new Map([...revisions.versions].filter(([key]) => keep.has(key.slice(0, key.indexOf('\u0000'))))),
  };
}
