// Builds the site only from valid data, and never leaves readers with half a site: the data is checked
// first (any problem: nothing is written), Astro builds into a scratch folder, and only a complete build
// replaces dist/. Whatever was published before survives any failure.
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'astro';
import { dataDirectory, loadDataset } from '../src/load/dataset.ts';
import { formatIssue, formatIssues } from '../src/load/issue.ts';
import { buildSearchIndex } from './lib/search-index.ts';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.resolve(root, process.env.OUT_DIR ?? 'dist');
// Beside dist/ so the final rename never crosses file systems.
const scratch = `${outDir}.building-${process.pid}`;

async function main(): Promise<number> {
  const dataDir = dataDirectory();
  const { issues } = await loadDataset(dataDir);
  if (issues.length > 0) {
    console.error(`The site was not built: the data in ${path.relative(root, dataDir) || '.'} has problems.\n`);
    for (const issue of issues) console.error(formatIssue(issue));
    console.error(`\n${formatIssues(issues)}. Nothing was written; ${path.relative(root, outDir)}/ is unchanged.`);
    return 1;
  }

  await rm(scratch, { recursive: true, force: true });
  try {
    await build({ root, outDir: scratch, logLevel: process.env.CI ? 'warn' : 'info' });
    await buildSearchIndex(scratch);
  } catch (error) {
    await rm(scratch, { recursive: true, force: true });
    console.error(`\nThe build failed; ${path.relative(root, outDir)}/ is unchanged.`);
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    return 1;
  }

  // Swap in the new site: two renames, so dist/ is never a half-written folder.
  await mkdir(path.dirname(outDir), { recursive: true });
  const previous = `${outDir}.previous-${process.pid}`;
  if (existsSync(outDir)) await rename(outDir, previous);
  await rename(scratch, outDir);
  await rm(previous, { recursive: true, force: true });
  console.log(`Built the site into ${path.relative(root, outDir) || outDir}/ from ${path.relative(root, dataDir) || dataDir}/.`);
  return 0;
}

process.exitCode = await main();
