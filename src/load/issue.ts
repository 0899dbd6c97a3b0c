// A problem found in the data, described so that the officer who edits the files can find and fix it.

export interface ValidationIssue {
  /** Path relative to the data directory, with forward slashes (e.g. `quarters/2024-25-Q1.csv`); '' for the directory itself. */
  file: string;
  /** 1-based line in the file (a CSV header is line 1); null when the problem is with the whole file. */
  line: number | null;
  /** CSV: Excel column letter and header name, e.g. `C (value)`. site.json: the key, e.g. `comparators[1].label`, or the character position for a syntax error. */
  column: string | null;
  /** Plain words saying what is wrong and how to fix it. */
  message: string;
}

export function issue(file: string, line: number | null, column: string | null, message: string): ValidationIssue {
  return { file, line, column, message };
}

/** `quarters/2024-25-Q1.csv, line 7, column C (value): "12.5x" is not a number. ...` */
export function formatIssue(item: ValidationIssue): string {
  const where: string[] = [];
  if (item.file !== '') where.push(item.file);
  if (item.line !== null) where.push(`line ${item.line}`);
  if (item.column !== null) where.push(`column ${item.column}`);
  return where.length === 0 ? item.message : `${where.join(', ')}: ${item.message}`;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** `3 problems in 2 files`. */
export function summariseIssues(issues: readonly ValidationIssue[]): string {
  if (issues.length === 0) return 'No problems';
  const files = new Set(issues.map((item) => item.file).filter((file) => file !== ''));
  const problems = plural(issues.length, 'problem', 'problems');
  return files.size === 0 ? problems : `${problems} in ${plural(files.size, 'file', 'files')}`;
}

/** Every issue on its own line, then the summary line. */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  return [...issues.map(formatIssue), `${summariseIssues(issues)}.`].join('\n');
}

/** Thrown by loadDatasetOrThrow when the data has problems; the message lists them all. */
export class DataValidationError extends Error {
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[]) {
    super(`The data has problems:\n${formatIssues(issues)}`);
    this.name = 'DataValidationError';
    this.issues = issues;
  }
}

/** Excel column letter for a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  let n = index + 1;
  while (n > 0) {
    const remainder = (n - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
