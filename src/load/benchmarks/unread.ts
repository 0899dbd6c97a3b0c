// Files in benchmarks/ that no line of benchmarks.csv names are not read: said, as for every other folder, so that
// an officer who adds a file but not its line is not left wondering why nothing changed. A warning never blocks.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { issue, type ValidationIssue } from '../issue.ts';
import { BENCHMARKS_DIR, BENCHMARKS_FILE } from './mapping.ts';
import { NEIGHBOURS_FILE } from './neighbours-file.ts';

/** `named`: the files benchmarks.csv names, relative to benchmarks/; `neighboursRead` whether the model file is read. */
export async function unreadBenchmarkFiles(dataDir: string, named: ReadonlySet<string>, neighboursRead: boolean): Promise<ValidationIssue[]> {
  const folder = path.join(dataDir, BENCHMARKS_DIR);
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  const warnings: ValidationIssue[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || entry.name.startsWith('.') || /^readme(\.md|\.txt)?$/i.test(entry.name)) continue;
    const relative = path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    const file = `${BENCHMARKS_DIR}/${relative}`;
    if (named.has(relative) || (file === NEIGHBOURS_FILE && neighboursRead)) continue;
    warnings.push(issue(file, null, null, file === NEIGHBOURS_FILE
      ? 'this file is not read: site.json lists the statistical neighbours itself ("statistical_neighbours"). Delete the file, or the list in site.json to read the neighbours from it.'
      : `this file is not read: no line of ${BENCHMARKS_FILE} names it. Add a line for each indicator it holds (see docs/data-format.md), or move it out of the data folder.`));
  }
  return warnings.sort((a, b) => (a.file < b.file ? -1 : 1));
}
