import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareDemoData, writeDemoData } from '../../../../scripts/demo-data/write.ts';

const files = new Map([['site.json', '{}\n'], ['quarters/2024-25-Q1.csv', 'indicator_id\n'], ['glossary.csv', 'term\n']]);
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'demo-data-write-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('writing the demo data', () => {
  it('writes every file, and empties a per-quarter folder first so a quarter taken out leaves no file', async () => {
    await writeFile(path.join(dir, 'glossary.csv'), 'old\n');
    writeDemoData(dir, new Map([...files, ['quarters/2024-25-Q2.csv', 'x\n']]));
    writeDemoData(dir, files);
    expect(await readFile(path.join(dir, 'glossary.csv'), 'utf8')).toBe('term\n');
    expect(compareDemoData(dir, files)).toEqual([]);
  });

  it('names each file changed, missing or extra', async () => {
    writeDemoData(dir, files);
    await writeFile(path.join(dir, 'glossary.csv'), 'edited by hand\n');
    await writeFile(path.join(dir, 'quarters', '2030-31-Q1.csv'), 'indicator_id\n');
    await rm(path.join(dir, 'site.json'));
    expect(compareDemoData(dir, files)).toEqual(['changed: glossary.csv', 'extra: quarters/2030-31-Q1.csv', 'missing: site.json']);
  });
});
