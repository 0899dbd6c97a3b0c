// The build never replaces an officer's files, and a build killed at any moment leaves a whole site
// published (the old one or the new one), with its leftovers cleaned up by the next build.
import { execFile, spawn } from 'node:child_process';
import { cp, lstat, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  MARKER, cleanLeftovers, cleanWorkFolders, isCompleteSite, newBuildFolder, outDirProblem, publish, storeFor, type PublishStep,
} from '../../scripts/lib/publish.ts';

const root = path.resolve(import.meta.dirname, '../..');
const data = path.join(root, 'data');
const run = promisify(execFile);

async function fakeBuild(outDir: string, words: string): Promise<string> {
  const folder = await newBuildFolder(storeFor(outDir));
  await mkdir(folder);
  await writeFile(path.join(folder, 'index.html'), words);
  return folder;
}

describe('outDirProblem', () => {
  it.each([
    ['the project folder', '.'],
    ['a folder holding the project', '..'],
    ['the data folder', 'data'],
    ['a folder inside the data folder', 'data/site'],
    ['src', 'src'],
    ['inside src', 'src/pages'],
    ['public', 'public'],
    ['scripts', 'scripts'],
    ['tests', 'tests'],
    ['docs', 'docs'],
    ['node_modules', 'node_modules'],
    ['.git', '.git'],
    ['inside .git', '.git/objects'],
  ])('refuses %s', async (_, relative) => {
    expect(await outDirProblem(path.join(root, relative), root, data)).toMatch(/^OUT_DIR .* (is the project folder|is, holds or lies inside)/);
  });

  it('refuses a folder that holds a data folder kept elsewhere', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'scorecard-guard-'));
    expect(await outDirProblem(outside, root, path.join(outside, 'council-data'))).toMatch(/lies inside the data folder/);
  });

  it('refuses a link into a guarded folder', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'scorecard-guard-'));
    await symlink(path.join(root, 'src'), path.join(outside, 'dist'));
    expect(await outDirProblem(path.join(outside, 'dist'), root, data)).toMatch(/the project's src folder/);
  });

  it('refuses an existing folder or file no build wrote, and accepts a new path, an empty folder and its own builds', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'scorecard-guard-'));
    const theirs = path.join(outside, 'reports');
    await mkdir(theirs);
    await writeFile(path.join(theirs, 'budget.xlsx'), 'x');
    expect(await outDirProblem(theirs, root, data)).toMatch(/was not written by this build/);
    await writeFile(path.join(outside, 'file'), 'x');
    expect(await outDirProblem(path.join(outside, 'file'), root, data)).toMatch(/was not written by this build/);

    expect(await outDirProblem(path.join(outside, 'new'), root, data)).toBeNull();
    await mkdir(path.join(outside, 'empty'));
    expect(await outDirProblem(path.join(outside, 'empty'), root, data)).toBeNull();
    const ours = path.join(outside, 'site');
    await publish(storeFor(ours), await fakeBuild(ours, 'v1'));
    expect(await outDirProblem(ours, root, data)).toBeNull();
  });
});

describe('publish', () => {
  it('swaps the published link to the new build and removes the old one', async () => {
    const outDir = path.join(await mkdtemp(path.join(tmpdir(), 'scorecard-publish-')), 'dist');
    const store = storeFor(outDir);
    await publish(store, await fakeBuild(outDir, 'v1'));
    await publish(store, await fakeBuild(outDir, 'v2'));
    expect(await readFile(path.join(outDir, 'index.html'), 'utf8')).toBe('v2');
    expect((await lstat(outDir)).isSymbolicLink()).toBe(true);
    expect(await readdir(store.builds)).toHaveLength(1);
    expect(await isCompleteSite(outDir)).toBe(true);
  });

  it('replaces an empty folder the officer made for the site', async () => {
    const outDir = path.join(await mkdtemp(path.join(tmpdir(), 'scorecard-publish-')), 'site');
    await mkdir(outDir);
    await publish(storeFor(outDir), await fakeBuild(outDir, 'v1'));
    expect(await readFile(path.join(outDir, 'index.html'), 'utf8')).toBe('v1');
  });

  it.each<PublishStep>(['marked', 'linked', 'swapped', 'cleaned'])(
    'killed straight after "%s", leaves a whole site published, and the next build cleans up',
    async (step) => {
      const outDir = path.join(await mkdtemp(path.join(tmpdir(), 'scorecard-kill-')), 'dist');
      const store = storeFor(outDir);
      await publish(store, await fakeBuild(outDir, 'old'));
      const folder = await fakeBuild(outDir, 'new');

      const child = await run(process.execPath, [path.join(root, 'tests/unit/publish-child.ts'), outDir, folder, step]).catch((error: { signal?: string }) => error);
      expect((child as { signal?: string }).signal).toBe('SIGKILL');

      expect(await isCompleteSite(outDir)).toBe(true);
      expect(['old', 'new']).toContain(await readFile(path.join(outDir, 'index.html'), 'utf8'));
      if (step === 'swapped' || step === 'cleaned') expect(await readFile(path.join(outDir, 'index.html'), 'utf8')).toBe('new');

      await cleanLeftovers(store);
      expect(await readdir(store.builds)).toHaveLength(1);
      expect((await readdir(path.dirname(outDir))).sort()).toEqual(['.dist.builds', 'dist']);
      expect(await isCompleteSite(outDir)).toBe(true);
    },
  );
});

describe('npm run build, killed while Astro is building', () => {
  it('keeps the published site, and the next build removes what the killed one left', async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'scorecard-killed-build-'));
    const outDir = path.join(parent, 'dist');
    const store = storeFor(outDir);
    await publish(store, await fakeBuild(outDir, 'published'));
    // The earlier scheme's scratch folder, from a build killed long ago.
    await mkdir(path.join(parent, 'dist.building-999999999'));

    const build = spawn(process.execPath, [path.join(root, 'scripts/build.ts')], {
      cwd: root, env: { ...process.env, OUT_DIR: outDir, DATA_DIR: data, CI: '1' }, stdio: 'ignore',
    });
    const exited = new Promise((resolve) => build.on('exit', resolve));
    // Kill it once its own build folder has files in it: Astro is writing.
    const deadline = Date.now() + 30_000;
    for (;;) {
      const folders = await readdir(store.builds);
      const own = folders.find((name) => name.startsWith(`${build.pid}-`));
      if (own && (await readdir(path.join(store.builds, own)).catch(() => [])).length > 0) break;
      if (Date.now() > deadline) throw new Error('the build never started writing');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    build.kill('SIGKILL');
    await exited;

    expect(await readFile(path.join(outDir, 'index.html'), 'utf8')).toBe('published');
    expect(await readdir(store.builds)).toHaveLength(2);
    // The killed build had already cleared the old scheme's leftover when it started.
    expect(await readdir(parent)).not.toContain('dist.building-999999999');
    const removed = await cleanLeftovers(store);
    expect(removed.map((file) => path.basename(file))).toEqual([expect.stringMatching(new RegExp(`^${build.pid}-`))]);
    expect(await readdir(store.builds)).toHaveLength(1);
    expect(existsSync(path.join(root, '.astro', `build-${build.pid}`))).toBe(true);
    expect(await cleanWorkFolders(root)).toContain(path.join(root, '.astro', `build-${build.pid}`));
    expect(await readFile(path.join(outDir, MARKER), 'utf8')).not.toBe('');
    await rm(parent, { recursive: true, force: true });
  }, 60_000);
});

describe('the build refuses a guarded OUT_DIR before writing anything', () => {
  it('exits 1 with the reason, and the data folder is untouched', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'scorecard-guarded-data-'));
    await cp(data, dataDir, { recursive: true });
    const before = (await readdir(dataDir, { recursive: true })).sort();
    const result = await run(process.execPath, [path.join(root, 'scripts/build.ts')], {
      cwd: root, env: { ...process.env, OUT_DIR: dataDir, DATA_DIR: dataDir },
    }).catch((error: { code: number; stderr: string }) => error);
    expect((result as { code: number }).code).toBe(1);
    expect((result as { stderr: string }).stderr).toMatch(/The site was not built: OUT_DIR .* lies inside the data folder/);
    expect((await readdir(dataDir, { recursive: true })).sort()).toEqual(before);
  });
});
