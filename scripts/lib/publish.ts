// Where a build may write, and how a finished build replaces the published one.
//
// The published path (dist/ by default) is a symbolic link to one complete build kept beside it in
// `.dist.builds/`. A new build is made in a folder of its own there, marked complete last of all, and
// published by renaming a new link over the old one: rename(2) replaces a link in one step, so at every
// moment the published path is a whole site, the old one or the new one, however the build is stopped.
// Node offers no exchange-rename for two folders, which is why the link is the unit that is swapped.
import { existsSync } from 'node:fs';
import { lstat, mkdir, readdir, readlink, realpath, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Written into a build's folder once it is complete; a folder without it was never a finished build. */
export const MARKER = '.scorecard-build';

export type PublishStep = 'marked' | 'linked' | 'swapped' | 'cleaned';

export interface Store {
  /** The published path, e.g. /project/dist. */
  outDir: string;
  /** The folder of complete and in-progress builds beside it, e.g. /project/.dist.builds. */
  builds: string;
}

export function storeFor(outDir: string): Store {
  return { outDir, builds: path.join(path.dirname(outDir), `.${path.basename(outDir)}.builds`) };
}

/** The real path of `target`, resolving links in the part that exists (so a link cannot smuggle it elsewhere). */
async function realPathOf(target: string): Promise<string> {
  const missing: string[] = [];
  let current = path.resolve(target);
  for (;;) {
    try {
      return path.join(await realpath(current), ...missing.reverse());
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return path.resolve(target);
      missing.push(path.basename(current));
      current = parent;
    }
  }
}

const within = (child: string, parent: string) => child === parent || child.startsWith(parent.endsWith(path.sep) ? parent : parent + path.sep);

/**
 * Why the build must not write to `outDir`, or null when it may: the officer's files are never replaced.
 * Refused: the project root or any folder holding it; the data folder and the project's own folders, or
 * anything inside or holding them; and an existing folder or file that no build of ours wrote.
 */
export async function outDirProblem(outDir: string, root: string, dataDir: string): Promise<string | null> {
  const out = await realPathOf(outDir);
  const projectRoot = await realPathOf(root);
  if (within(projectRoot, out)) {
    return `OUT_DIR ${outDir} is the project folder or holds it, so building there would replace the project's own files. Choose a new folder, e.g. OUT_DIR=dist.`;
  }
  const guarded: [string, string][] = [
    ['the data folder', dataDir],
    ...['src', 'public', 'scripts', 'tests', 'docs', 'node_modules', '.git'].map((name): [string, string] => [`the project's ${name} folder`, path.join(root, name)]),
  ];
  for (const [name, folder] of guarded) {
    const real = await realPathOf(folder);
    if (within(out, real) || within(real, out)) {
      return `OUT_DIR ${outDir} is, holds or lies inside ${name} (${folder}); building there would replace those files. Choose a folder of its own, e.g. OUT_DIR=dist.`;
    }
  }
  const info = await lstat(outDir).catch(() => null);
  if (info === null) return null;
  if (info.isSymbolicLink()) {
    const target = await realpath(outDir).catch(() => null);
    const { builds } = storeFor(outDir);
    if (target !== null && within(target, await realPathOf(builds)) && existsSync(path.join(target, MARKER))) return null;
    return `OUT_DIR ${outDir} is a link this build did not make. Remove it, or choose another OUT_DIR.`;
  }
  if (info.isDirectory() && (await readdir(outDir)).length === 0) return null;
  return `OUT_DIR ${outDir} already exists and was not written by this build (it has no ${MARKER} marker), so it is left alone. ` +
    'If it is an old copy of the site, delete it and build again; otherwise choose another OUT_DIR.';
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The build a published link points at, by folder name; null when nothing is published. */
async function publishedBuild(store: Store): Promise<string | null> {
  const link = await readlink(store.outDir).catch(() => null);
  return link === null ? null : path.basename(link);
}

/**
 * Removes the entries of `folder` that belong to builds no longer running. `pidOf` reads the process id in a
 * name: null for entries that are not a build's (left alone), NaN for a build's entry with no id (removed).
 * This process's own leftovers from an earlier build in the same run go too; `keep` is never removed.
 */
async function removeStale(folder: string, pidOf: (name: string) => number | null, keep = ''): Promise<string[]> {
  const removed: string[] = [];
  for (const name of await readdir(folder).catch(() => [] as string[])) {
    const pid = pidOf(name);
    if (pid === null || name === keep) continue;
    if (Number.isInteger(pid) && pid !== process.pid && isRunning(pid)) continue;
    await rm(path.join(folder, name), { recursive: true, force: true });
    removed.push(path.join(folder, name));
  }
  return removed;
}

/** The process id in `name` when it is `prefix` followed by digits (and `rest`), else null. */
function pidAfter(name: string, prefix: string, rest = '$'): number | null {
  if (!name.startsWith(prefix)) return null;
  const match = new RegExp(`^(\\d+)${rest}`).exec(name.slice(prefix.length));
  return match ? Number(match[1]) : null;
}

/**
 * Removes what killed builds left behind: unfinished and superseded builds in the store, links that were
 * never swapped in, and the scratch folders of the earlier two-rename scheme. A running build's own folder
 * (its process id is in the name) is left to it.
 */
export async function cleanLeftovers(store: Store): Promise<string[]> {
  const current = await publishedBuild(store);
  const base = path.basename(store.outDir);
  const prefixes = [`.${base}.link-`, `${base}.building-`, `${base}.previous-`];
  return [
    ...await removeStale(store.builds, (name) => pidAfter(name, '', '-') ?? Number.NaN, current ?? ''),
    ...await removeStale(path.dirname(store.outDir), (name) => prefixes.map((prefix) => pidAfter(name, prefix)).find((pid) => pid !== null) ?? null),
  ];
}

/** The folder a build works in (Astro's intermediate files), inside the project; one per process. */
export function workFolder(root: string): string {
  return path.join(root, '.astro', `build-${process.pid}`);
}

/** Removes the work folders of builds that are no longer running. */
export async function cleanWorkFolders(root: string): Promise<string[]> {
  return removeStale(path.dirname(workFolder(root)), (name) => pidAfter(name, 'build-'));
}

/** A new, empty folder for this build in the store (named with the process id, so others leave it alone). */
export async function newBuildFolder(store: Store): Promise<string> {
  await mkdir(store.builds, { recursive: true });
  const folder = path.join(store.builds, `${process.pid}-${Date.now().toString(36)}`);
  await rm(folder, { recursive: true, force: true });
  return folder;
}

/**
 * Publishes a complete build: marks it, points a new link at it and renames the link over the published
 * path (one atomic step), then removes the builds it replaced. `afterStep` lets a test stop the process
 * at each point.
 */
export async function publish(store: Store, folder: string, afterStep: (step: PublishStep) => void | Promise<void> = () => {}): Promise<void> {
  // The same words every time, so two builds of the same data are identical file for file.
  await writeFile(path.join(folder, MARKER), 'A complete build of the scorecard site (scripts/build.ts).\n');
  await afterStep('marked');
  const link = path.join(path.dirname(store.outDir), `.${path.basename(store.outDir)}.link-${process.pid}`);
  await rm(link, { force: true });
  await symlink(path.relative(path.dirname(store.outDir), folder), link, 'dir');
  await afterStep('linked');
  const existing = await lstat(store.outDir).catch(() => null);
  // An empty folder (allowed by outDirProblem) cannot be replaced by a rename; nothing is published in it.
  if (existing?.isDirectory()) await rm(store.outDir, { recursive: true });
  await rename(link, store.outDir);
  await afterStep('swapped');
  await cleanLeftovers(store);
  await afterStep('cleaned');
}

/** True when `outDir` resolves to a finished build (for tests and the benchmark). */
export async function isCompleteSite(outDir: string): Promise<boolean> {
  const info = await stat(outDir).catch(() => null);
  return info !== null && info.isDirectory() && existsSync(path.join(outDir, MARKER)) && existsSync(path.join(outDir, 'index.html'));
}
