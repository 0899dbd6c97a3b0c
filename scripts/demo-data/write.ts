// Writes the generated demo data into a folder (the per-quarter folders emptied first, every file overwritten), or
// compares it with what a folder holds, for `--check`.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PERIOD_FOLDERS } from './generate.ts';

export function writeDemoData(dir: string, files: ReadonlyMap<string, string>): void {
  mkdirSync(dir, { recursive: true });
  for (const folder of PERIOD_FOLDERS) {
    rmSync(path.join(dir, folder), { recursive: true, force: true });
    mkdirSync(path.join(dir, folder), { recursive: true });
  }
  for (const [name, text] of files) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
}

/** Every file under `dir`, by its path there with forward slashes. */
function readTree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file).split(path.sep).join('/'), readFileSync(file, 'utf8'));
  }
  return files;
}

/**
 * How `dir` differs from the generated files, one line a file, sorted: `changed: x`, `missing: x` (generated, not in
 * the folder) or `extra: x` (in the folder, not generated); [] when they are the same.
 */
export function compareDemoData(dir: string, files: ReadonlyMap<string, string>): string[] {
  const present = readTree(dir);
  const differences: string[] = [];
  for (const [name, text] of files) {
    const there = present.get(name);
    if (there === undefined) differences.push(`missing: ${name}`);
    else if (there !== text) differences.push(`changed: ${name}`);
  }
  for (const name of present.keys()) if (!files.has(name)) differences.push(`extra: ${name}`);
  return differences.sort((a, b) => a.slice(a.indexOf(' ')).localeCompare(b.slice(b.indexOf(' '))));
}
