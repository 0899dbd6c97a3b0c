// The warnings banner is for the officer previewing with `npm run dev` (tests/e2e/dev-server.spec.ts): a build
// prints the warnings and never puts them on a page.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
let folder: string | undefined;

afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('npm run build with a warning', () => {
  it('prints the warning and shows it on no page', async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'scorecard-warned-'));
    const dataDir = path.join(folder, 'data');
    await cp(path.join(root, 'tests', 'fixtures', 'minimal-data'), dataDir, { recursive: true });
    await writeFile(path.join(dataDir, 'figures.xlsx'), 'PK');
    const outDir = path.join(folder, 'dist');
    const { stderr } = await run(process.execPath, [path.join(root, 'scripts', 'build.ts')],
      { cwd: root, env: { ...process.env, DATA_DIR: dataDir, OUT_DIR: outDir, GIT_CEILING_DIRECTORIES: folder } });
    expect(stderr).toContain('Warning: figures.xlsx: this file is not read');
    const pages = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const html = await readFile(path.join(outDir, page), 'utf8');
      expect(html, page).not.toContain('data-dev-warnings');
      expect(html, page).not.toContain('figures.xlsx');
    }
  }, 120_000);
});
