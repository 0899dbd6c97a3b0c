// Finding and opening data files: shared by every loader so missing, misnamed and unreadable files are
// explained the same way everywhere.
import { readdir } from 'node:fs/promises';
import { parseCsv, type CsvSpec, type CsvTable } from './csv.ts';
import { issue, type ValidationIssue } from './issue.ts';
import { readDataFile } from './text.ts';

/** The names in a folder, or none when it cannot be read. */
export async function listNames(directory: string): Promise<string[]> {
  try {
    return await readdir(directory);
  } catch {
    return [];
  }
}

/** Explains a missing file, spotting the usual causes: wrong capitals, or saved as a workbook instead of CSV. */
export function missingMessage(name: string, siblings: readonly string[], what: string): string {
  const base = `this file is missing. ${what}`;
  const sameName = siblings.find((sibling) => sibling.toLowerCase() === name.toLowerCase());
  if (sameName) return `${base} There is a file called "${sameName}": rename it "${name}" (names must match exactly, in lower case).`;
  const stem = name.replace(/\.[^.]+$/, '').toLowerCase();
  const otherFormat = siblings.find((sibling) => sibling.replace(/\.[^.]+$/, '').toLowerCase() === stem);
  if (otherFormat) {
    return `${base} There is a file called "${otherFormat}": save it as "${name}" instead (in Excel: File > Save As > "CSV UTF-8 (Comma delimited)").`;
  }
  return base;
}

/** Reads a text file; `undefined` when it does not exist, null when it exists but cannot be used. */
export async function loadText(dataDir: string, relative: string, issues: ValidationIssue[], kind = 'a file'): Promise<string | null | undefined> {
  const read = await readDataFile(dataDir, relative, issues);
  if (read.kind === 'missing') return undefined;
  if (read.kind === 'not_a_file') {
    issues.push(issue(relative, null, null, `this should be ${kind}, but it is a folder. Rename or remove the folder.`));
    return null;
  }
  if (read.kind === 'failed') return null;
  return read.text;
}

/**
 * Reads and parses a CSV file; `undefined` when it does not exist, null when it exists but cannot be used.
 * `warnings` receives the columns that are not read.
 */
export async function loadCsv(
  dataDir: string, relative: string, spec: CsvSpec, issues: ValidationIssue[], warnings: ValidationIssue[],
): Promise<CsvTable | null | undefined> {
  const text = await loadText(dataDir, relative, issues, 'a CSV file');
  if (text === undefined || text === null) return text;
  return parseCsv(text, relative, spec, issues, warnings);
}
