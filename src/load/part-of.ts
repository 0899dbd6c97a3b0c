// indicators.csv's optional part_of column: this count is one part of another count indicator, and the parts
// add up to it. Disclosure control needs this to stop a hidden part being worked out from the total and
// the other parts (see src/domain/disclosure.ts).
import type { QuarterValue, Unit } from '../domain/types.ts';
import type { CsvTable } from './csv.ts';
import { issue, type ValidationIssue } from './issue.ts';

export interface PartOfCell {
  /** The part's indicator id. */
  id: string;
  /** The total it names, as written. */
  total: string;
  line: number;
  column: string;
}

/** Checks every part_of cell; returns part id -> total id for the ones that can be used. */
export function checkPartOf(cells: readonly PartOfCell[], units: ReadonlyMap<string, Unit>, file: string, issues: ValidationIssue[]): Map<string, string> {
  const partOf = new Map<string, string>();
  for (const cell of cells) {
    const where = (message: string) => issues.push(issue(file, cell.line, cell.column, message));
    const totalUnit = units.get(cell.total);
    if (cell.total === cell.id) {
      where(`"${cell.id}" cannot be a part of itself. Write the id of the indicator it is one part of, or leave part_of blank.`);
    } else if (totalUnit === undefined) {
      where(`"${cell.total}" is not an indicator in this file. Write the id of the count this indicator is one part of, or leave part_of blank.`);
    } else if (units.get(cell.id) !== 'count' || totalUnit !== 'count') {
      where(`only a count can be a part of another count, and "${cell.id}" is ${units.get(cell.id)} while "${cell.total}" is ${totalUnit}. Leave part_of blank.`);
    } else {
      partOf.set(cell.id, cell.total);
    }
  }
  // A loop (a is part of b, b is part of a) cannot add up; name it once, on its first row.
  const reported = new Set<string>();
  for (const cell of cells) {
    const chain = [cell.id];
    let next = partOf.get(cell.id);
    while (next !== undefined && !chain.includes(next)) {
      chain.push(next);
      next = partOf.get(next);
    }
    if (next !== cell.id || reported.has(cell.id)) continue;
    const loop = chain;
    loop.forEach((id) => reported.add(id));
    issues.push(issue(file, cell.line, cell.column,
      `part_of goes round in a loop (${[...loop, next].join(' is part of ')}). A total cannot be a part of its own parts; correct one of these part_of cells.`));
  }
  for (const id of reported) partOf.delete(id);
  return partOf;
}

/**
 * In one quarter file, a total and its parts are given together or not at all, and the parts add up to the
 * total: a total with one part missing would publish that part by subtraction, and parts that do not add
 * up mean part_of is wrong.
 */
export function checkPartsAddUp(table: CsvTable, values: readonly QuarterValue[], parts: ReadonlyMap<string, readonly string[]>, issues: ValidationIssue[]): void {
  if (parts.size === 0) return;
  const byId = new Map(values.map((value) => [value.indicatorId, value.value]));
  const lineOf = new Map(table.rows.map((row) => [row.cell('indicator_id').text, row]));
  for (const [total, partIds] of parts) {
    const ids = [total, ...partIds];
    const given = ids.filter((id) => (byId.get(id) ?? null) !== null);
    if (given.length === 0) continue;
    const row = lineOf.get(given[0]!);
    const cell = row?.cell('value');
    const at = (message: string) => issues.push(issue(table.file, cell?.line ?? null, cell?.column ?? null, message));
    if (given.length < ids.length) {
      const missing = ids.filter((id) => !given.includes(id));
      at(`"${total}" and its parts (${partIds.join(', ')}) must all have a value in the quarter or all be blank, but ${missing.map((id) => `"${id}"`).join(', ')} ${missing.length === 1 ? 'has' : 'have'} none. ` +
        'A missing part could be worked out from the total and the others; give every figure (0 where there are none).');
      continue;
    }
    const sum = partIds.reduce((acc, id) => acc + byId.get(id)!, 0);
    if (sum !== byId.get(total)) {
      at(`the parts of "${total}" (${partIds.join(', ')}) add up to ${sum}, but "${total}" is ${byId.get(total)}. ` +
        'Parts named in part_of must add up to their total: correct the figures, or add a part for the rest (e.g. "other").');
    }
  }
}
