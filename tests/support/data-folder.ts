// The compact but complete data folder the property tests start from (tests/fixtures/property-data: seven
// indicators, three quarters, every quality assurance file and the glossary), read into memory, and written
// back out to temporary folders.
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A data folder in memory: forward-slash path → file bytes, or 'folder' for an empty folder. */
export type DataTree = Map<string, Uint8Array | 'folder'>;

export const FIXTURE_DIR = path.resolve(import.meta.dirname, '../fixtures/property-data');

function walk(directory: string, prefix: string, tree: DataTree): void {
  for (const name of readdirSync(directory).sort()) {
    const full = path.join(directory, name);
    const relative = prefix === '' ? name : `${prefix}/${name}`;
    if (statSync(full).isDirectory()) walk(full, relative, tree);
    else tree.set(relative, new Uint8Array(readFileSync(full)));
  }
}

/** The fixture folder as a tree of file bytes. */
export function readFixture(): DataTree {
  const tree: DataTree = new Map();
  walk(FIXTURE_DIR, '', tree);
  return tree;
}

/** Writes `tree` into the (existing, empty) folder `directory`. */
export function writeTree(directory: string, tree: DataTree): void {
  // Folders first, so a file inside a name that is also a folder elsewhere in the tree cannot clash by order.
  const entries = [...tree].sort(([a], [b]) => a.localeCompare(b));
  for (const [name, content] of entries) {
    const target = path.join(directory, ...name.split('/'));
    try {
      mkdirSync(path.dirname(target), { recursive: true });
      if (content === 'folder') mkdirSync(target, { recursive: true });
      else writeFileSync(target, content);
    } catch (error) {
      // Two mutations can ask for a file and a folder of the same name; the first one written wins.
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST' && code !== 'EISDIR' && code !== 'ENOTDIR') throw error;
    }
  }
}
