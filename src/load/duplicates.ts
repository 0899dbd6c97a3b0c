// Repeats: a row (or list item, or heading) whose key was already given earlier in the same file. The officer is
// told where the first one is, so that the two can be compared and one merged or deleted; every loader says so
// in its own words, but the bookkeeping is this one register.
import type { CsvCell } from './csv.ts';
import { issue, type ValidationIssue } from './issue.ts';

/** What identifies a row: one value, or several (e.g. indicator, comparator and period) compared together. */
export type DuplicateKey = string | readonly string[];

/** Where each key was first seen: a line, a place in a list, or whatever the caller needs to name it by. */
export class FirstSeen<Place> {
  readonly #places = new Map<string, Place>();

  /** Where `key` was seen before; undefined the first time, when `place` is remembered as where it was first seen. */
  before(key: DuplicateKey, place: Place): Place | undefined {
    // As a JSON list, so that parts holding any characters (even a separator) never run together.
    const id = JSON.stringify(typeof key === 'string' ? [key] : key);
    const earlier = this.#places.get(id);
    if (earlier === undefined) this.#places.set(id, place);
    return earlier;
  }
}

/** The rows of one CSV file, by key: a later row with a key already used is reported with the first row's line. */
export class DuplicateRows {
  readonly #lines = new FirstSeen<number>();
  readonly #file: string;
  readonly #issues: ValidationIssue[];

  constructor(file: string, issues: ValidationIssue[]) {
    this.#file = file;
    this.#issues = issues;
  }

  /**
   * True when no earlier row had `key` (this row, on `line`, is then the first). Otherwise an issue is reported
   * at `cell` reading `message(firstLine)`, and false is returned.
   */
  check(key: DuplicateKey, line: number, cell: CsvCell, message: (firstLine: number) => string): boolean {
    const firstLine = this.#lines.before(key, line);
    if (firstLine === undefined) return true;
    this.#issues.push(issue(this.#file, cell.line, cell.column, message(firstLine)));
    return false;
  }
}
