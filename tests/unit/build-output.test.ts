// What `npm run build` tells an officer: by default the warnings, what changed and where the site went, with no
// log of every page written; `--verbose` adds Astro's route log for whoever needs to see it.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const temporary: string[] = [];

afterAll(async () => {
  for (const dir of temporary) await rm(dir, { recursive: true, force: true });
});

async function build(args: string[]): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'scorecard-build-output-'));
  temporary.push(folder);
  // A copy outside any repository, so no history is read: the output is the build's alone.
  const dataDir = path.join(folder, 'data');
  await cp(path.join(root, 'tests', 'fixtures', 'minimal-data'), dataDir, { recursive: true });
  const { stdout, stderr } = await run(process.execPath, [path.join(root, 'scripts', 'build.ts'), ...args], {
    cwd: root,
    // CI is cleared: what is tested is what an officer sees at their own machine.
    env: { ...process.env, CI: '', DATA_DIR: dataDir, OUT_DIR: path.join(folder, 'site'), GIT_CEILING_DIRECTORIES: tmpdir() },
  });
  return `${stdout}\n${stderr}`;
}

/** Astro's route log: one line per page written, such as `12:00:01   ├─ /index.html (+4ms)`. */
const ROUTE = /^.*[├└]─ \/\S+/m;

describe('npm run build prints', () => {
  it('by default: what changed and where the site went, and no line per page', async () => {
    const output = await build([]);
    expect(output).toMatch(/Built the site into .*site\/ from .*data\/\./);
    expect(output).toMatch(/^What changed in /m);
    expect(output).not.toMatch(ROUTE);
    expect(output).not.toMatch(/\[build\]|\[vite\]/);
  }, 120_000);

  it('with --verbose: Astro\'s log of every route as well', async () => {
    const output = await build(['--verbose']);
    expect(output).toMatch(ROUTE);
    expect(output).toMatch(/├─ \/index\.html/);
    expect(output).toMatch(/Built the site into /);
  }, 120_000);
});
