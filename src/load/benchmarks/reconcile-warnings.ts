// Our own Q4 figure that differs from DfE's for the same year (src/domain/benchmark/reconcile.ts), as a warning
// on our cell that names DfE's file and line: an officer must be able to explain a local figure that disagrees
// with the official return, and a warning never stops the site being published.
import type { Discrepancy } from '../../domain/benchmark/reconcile.ts';
import { financialYearLabel, periodShortLabel } from '../../domain/period.ts';
import { issue, type ValidationIssue } from '../issue.ts';
import { QUARTERS_DIR, type QuarterCells } from '../quarters.ts';

export function reconcileWarnings(found: readonly Discrepancy[], cells: QuarterCells): ValidationIssue[] {
  return found.map(({ indicator, period, ours, theirs }) => {
    const place = cells.get(period)?.get(indicator.id)?.value;
    const message = `${indicator.title} (${indicator.id}): your figure for ${periodShortLabel(period)} is ${ours}, but DfE published ${theirs.value} for ${theirs.name} ` +
      `for the year ${financialYearLabel(period)} (${theirs.file}, line ${theirs.line}). They differ by more than rounding to the indicator's decimal places. ` +
      'Check your figure; if it is right (counted later, or differently), say why in the commentary, as readers will see both.';
    return place ? issue(place.file, place.line, place.column, message) : issue(`${QUARTERS_DIR}/${period}.csv`, null, null, message);
  });
}
