// The changes to published figures as data (/api/changes.json), and the data version every scorecard file
// names: the same events the changes page lists, newest first.
import { periodLabel } from '../domain/period.ts';
import type { ChangeEvent, DataCommit } from '../domain/revisions.ts';
import type { Indicator } from '../domain/types.ts';

/** `{ hash, date, uncommitted_changes }`, or null when the build has no version history. */
export function dataCommitJson(dataCommit: DataCommit | null) {
  return dataCommit && { hash: dataCommit.hash, date: dataCommit.date, uncommitted_changes: dataCommit.uncommitted };
}

export interface ChangesJsonInput {
  dataCommit: DataCommit | null;
  events: readonly ChangeEvent[];
  licence: string;
  indicator: (id: string) => Indicator | null;
}

export function changesJson({ dataCommit, events, licence, indicator }: ChangesJsonInput) {
  return {
    licence,
    history_available: dataCommit !== null,
    data_commit: dataCommitJson(dataCommit),
    changes: events.map((event) => ({
      type: event.kind === 'publication' ? 'first_publication' : 'revision',
      period: event.period,
      label: periodLabel(event.period),
      indicator_id: event.kind === 'revision' ? event.indicatorId : null,
      indicator: event.kind === 'revision' ? (indicator(event.indicatorId)?.title ?? null) : null,
      previous_value: event.kind === 'revision' ? event.previous : null,
      value: event.kind === 'revision' ? event.value : null,
      // Withheld under disclosure control: the value is null, as in the scorecard files.
      previous_suppressed: event.kind === 'revision' && event.previousWithheld === true,
      suppressed: event.kind === 'revision' && event.valueWithheld === true,
      date: event.commit.date,
      commit: event.commit.hash,
      message: event.commit.message,
    })),
  };
}
