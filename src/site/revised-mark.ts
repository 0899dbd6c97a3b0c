// What the pages need to mark a revised figure with the statistical symbol r: the note saying what it was
// first published as, and the link to its latest revision on the changes page. One lookup per figure, so the
// RAG grid's tens of thousands of cells pay almost nothing when nothing was revised.
import { formatValue } from '../domain/format.ts';
import { revisedNote } from '../domain/revision-wording.ts';
import { earlierVersions, figureKey, type ChangeEvent, type Revisions } from '../domain/revisions.ts';
import type { Indicator, PeriodId } from '../domain/types.ts';

export interface RevisedMark {
  /** "Revised: first published as 11.2 on 3 February 2026." */
  note: string;
  /** Fragment id of the figure's latest revision on the changes page. */
  anchor: string;
}

/** The fragment id of an event on the changes page (ids and hashes are letters, digits, - and _ only). */
export function changeAnchor(event: ChangeEvent): string {
  return event.kind === 'publication' ? `published-${event.period}` : `revised-${event.period}-${event.indicatorId}-${event.commit.hash}`;
}

export function revisedMark(revisions: Revisions, indicator: Indicator, period: PeriodId): RevisedMark | null {
  const earlier = earlierVersions(revisions, period, indicator.id);
  if (earlier.length === 0) return null;
  const latest = revisions.versions.get(figureKey(period, indicator.id))!.at(-1)!;
  return {
    note: revisedNote(earlier, (value) => formatValue(value, indicator.unit, indicator.decimals)),
    anchor: changeAnchor({ kind: 'revision', period, indicatorId: indicator.id, previous: null, value: latest.value, commit: latest.commit }),
  };
}
