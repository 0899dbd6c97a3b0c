// Plausibility findings (src/domain/plausibility.ts) placed on the cell to check, as warnings that never block.
import { indexDataset } from '../domain/dataset-index.ts';
import { plausibilityFindings } from '../domain/plausibility.ts';
import type { Dataset } from '../domain/types.ts';
import { issue, type ValidationIssue } from './issue.ts';
import { QUARTERS_DIR, type QuarterCells } from './quarters.ts';

export function plausibilityWarnings(dataset: Dataset, cells: QuarterCells): ValidationIssue[] {
  // Officers check the figures as typed, including any disclosure control will hold back: a mistyped small
  // count is still a mistake.
  const asTyped = indexDataset({ ...dataset, site: { ...dataset.site, disclosure: null } });
  return plausibilityFindings(asTyped).map((finding) => {
    const place = finding.indicatorId === null || finding.cell === null ? undefined : cells.get(finding.period)?.get(finding.indicatorId)?.[finding.cell];
    return place === undefined
      ? issue(`${QUARTERS_DIR}/${finding.period}.csv`, null, null, finding.message)
      : issue(place.file, place.line, place.column, finding.message);
  });
}
