// Folders holding one file per quarter, named after it (quarters/2024-25-Q1.csv, audits/2024-25-Q1.csv,
// narrative/2024-25-Q1.md): which files count, what period each holds, and one file per period.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { comparePeriods, isPeriodId } from '../domain/period.ts';
import type { PeriodId } from '../domain/types.ts';
import { suggestPeriod } from './cells.ts';
import { issue, type ValidationIssue } from './issue.ts';

export type FileNamePeriod = { ok: true; period: PeriodId } | { ok: false; message: string };

/** Whether a file is looked at at all: the right extension, but not hidden files or Excel lock files. */
export function isPeriodFileCandidate(name: string, extension: string): boolean {
  return name.toLowerCase().endsWith(`.${extension}`) && !name.startsWith('.') && !name.startsWith('~$');
}

/** The period a file holds, from its name (`2024-25-Q1.csv` in `quarters`), or a message saying how to rename it. */
export function periodFromFileName(name: string, folder: string, extension: string): FileNamePeriod {
  const stem = name.slice(0, name.length - extension.length - 1);
  if (isPeriodId(stem)) return { ok: true, period: stem };
  const suggestion = suggestPeriod(stem.replace(/[()]/g, ' ').trim());
  const base = `the file name "${name}" is not a quarter. Name each file in ${folder}/ after the quarter it holds, ` +
    `written YYYY-YY-Qn.${extension}, e.g. 2024-25-Q1.${extension} for April to June 2024.`;
  if (suggestion) return { ok: false, message: `${base} Did you mean ${suggestion}.${extension}?` };
  const years = /^(\d{4})-(\d{2})-Q[1-4]$/.exec(stem);
  if (years) {
    const next = String((Number(years[1]) + 1) % 100).padStart(2, '0');
    return { ok: false, message: `${base} The two years must follow on: ${years[1]}-${next}.` };
  }
  return { ok: false, message: base };
}

export interface PeriodFile {
  /** The file name inside the folder. */
  name: string;
  /** Path relative to the data folder, e.g. `audits/2024-25-Q1.csv`. */
  relative: string;
  period: PeriodId;
}

export interface PeriodFolder {
  /** `missing` or `not_a_folder` when there is no such folder; nothing has been reported for either. */
  status: 'ok' | 'missing' | 'not_a_folder';
  /** Files with the right extension, including those whose names are not periods. */
  candidates: number;
  /** Files named after a period, oldest first, one per period. */
  files: PeriodFile[];
}

export interface PeriodFolderOptions {
  extension: string;
  /** File names (lower case) that are never data, e.g. readme.md. */
  ignore?: readonly string[];
}

/** Lists a folder of period files, reporting badly named files and second files for the same period. */
export async function listPeriodFiles(
  dataDir: string, folder: string, options: PeriodFolderOptions, issues: ValidationIssue[],
): Promise<PeriodFolder> {
  const directory = path.join(dataDir, folder);
  const info = await stat(directory).catch(() => null);
  if (info === null) return { status: 'missing', candidates: 0, files: [] };
  if (!info.isDirectory()) return { status: 'not_a_folder', candidates: 0, files: [] };
  const entries = await readdir(directory, { withFileTypes: true });
  const ignore = new Set(options.ignore ?? []);
  const candidates = entries
    // A link is listed too: read if it leads to a file inside the data folder, refused by name if it leads outside.
    .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && isPeriodFileCandidate(entry.name, options.extension) && !ignore.has(entry.name.toLowerCase()))
    .map((entry) => entry.name)
    .sort();
  const files: PeriodFile[] = [];
  const byPeriod = new Map<PeriodId, string>();
  for (const name of candidates) {
    const relative = `${folder}/${name}`;
    const named = periodFromFileName(name, folder, options.extension);
    if (!named.ok) {
      issues.push(issue(relative, null, null, named.message));
      continue;
    }
    const other = byPeriod.get(named.period);
    if (other !== undefined) {
      issues.push(issue(relative, null, null,
        `this is a second file for ${named.period} (the other is ${folder}/${other}). Keep one file per quarter and delete the other.`));
      continue;
    }
    byPeriod.set(named.period, name);
    files.push({ name, relative, period: named.period });
  }
  files.sort((a, b) => comparePeriods(a.period, b.period));
  return { status: 'ok', candidates: candidates.length, files };
}
