// Writes the generated demo data into a folder: the per-quarter folders emptied first, every file overwritten.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
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
