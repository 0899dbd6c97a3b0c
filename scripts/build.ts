// Builds the site only from valid data, and never leaves readers with half a site: the data is checked
// first (any problem: nothing is written), the output folder is checked so that no officer's file is ever
// replaced, Astro builds into a folder of its own, and only a complete build is published, in one atomic
// step (scripts/lib/publish.ts). Whatever was published before survives any failure or kill.
// `npm run build -- --drafts` makes a preview with the draft quarters instead, in preview/ (scripts/lib/build-options.ts).
// It prints what an officer acts on: the problems, the warnings, what changed and where the site went; Astro's log of
// every route it writes only with --verbose.
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'astro';
import { indexDataset } from '../src/domain/dataset-index.ts';
import { publishedOnly } from '../src/domain/drafts.ts';
import { describeWhatChanged, whatChanged } from '../src/domain/what-changed.ts';
import { dataDirectory, loadDataset } from '../src/load/dataset.ts';
import { formatIssue, summariseIssues, type DataValidationError, type ValidationIssue } from '../src/load/issue.ts';
import { resolveBuildDate, TODAY_VARIABLE } from '../src/site/build-date.ts';
import { resolveDeployment } from '../src/site/deployment.ts';
import { DRAFTS_VARIABLE } from '../src/site/drafts-mode.ts';
import { buildOptions } from './lib/build-options.ts';
import { cleanLeftovers, cleanWorkFolders, newBuildFolder, outDirProblem, publish, storeFor, workFolder } from './lib/publish.ts';
import { buildSearchIndex } from './lib/search-index.ts';
import { writeCrawlerFiles } from './lib/sitemap.ts';

// A build is always the site as published. Variables a test runner passes down (vitest sets DEV=1 and
// NODE_ENV=test) would make Astro build it as in development, re-reading the data for every page.
for (const name of ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL']) delete process.env[name];
process.env['NODE_ENV'] = 'production';

const root = path.resolve(import.meta.dirname, '..');
const options = buildOptions(process.argv.slice(2), process.env);
const outDir = path.resolve(root, 'problem' in options ? 'dist' : options.outDir);
const shown = (folder: string) => path.relative(root, folder) || folder;
const work = workFolder(root);

async function main(): Promise<number> {
  if ('problem' in options) {
    console.error(options.problem);
    return 1;
  }
  const { preview, verbose } = options;
  const dataDir = dataDirectory();
  const refused = await outDirProblem(outDir, root, dataDir);
  if (refused) {
    console.error(`The site was not built: ${refused}`);
    return 1;
  }
  const refuse = (issues: readonly ValidationIssue[]): number => {
    console.error(`The site was not built: the data in ${shown(dataDir)} has problems.\n`);
    for (const issue of issues) console.error(formatIssue(issue));
    console.error(`\n${summariseIssues(issues)}. Nothing was written; ${shown(outDir)}/ is unchanged.`);
    return 1;
  };
  const today = resolveBuildDate(process.env);
  if (!today.ok) {
    console.error(`The site was not built: ${today.problem} Nothing was written; ${shown(outDir)}/ is unchanged.`);
    return 1;
  }
  // Astro's configuration, read in this process, takes the same date.
  process.env[TODAY_VARIABLE] = today.date;
  const { dataset, issues, warnings } = await loadDataset(dataDir, { today: today.date });
  for (const warning of warnings) console.warn(`Warning: ${formatIssue(warning)}`);
  if (issues.length > 0) return refuse(issues);
  const { site, periods } = dataset!;
  const resolved = resolveDeployment({ env: process.env, siteJson: { site_url: site.siteUrl, base_path: site.basePath } });
  if (!resolved.ok) {
    console.error('The site was not built: a setting in the environment has a problem.\n');
    for (const problem of resolved.problems) console.error(problem);
    console.error(`\nCorrect the variable, or remove it to use site.json. Nothing was written; ${shown(outDir)}/ is unchanged.`);
    return 1;
  }
  const { deployment } = resolved;
  if (!preview && periods.every((period) => site.drafts.includes(period))) {
    console.error(`The site was not built: every quarter is listed in "drafts" in site.json, so there is nothing to publish. ` +
      `Take the quarter to publish out of "drafts", or make a preview with npm run build -- --drafts. ${shown(outDir)}/ is unchanged.`);
    return 1;
  }
  if (preview) process.env[DRAFTS_VARIABLE] = '1';
  else delete process.env[DRAFTS_VARIABLE];

  const store = storeFor(outDir);
  for (const leftover of [...await cleanLeftovers(store), ...await cleanWorkFolders(root)]) console.log(`Removed ${shown(leftover)}, left by a build that was stopped.`);
  const folder = await newBuildFolder(store);
  try {
    // Astro writes its intermediate modules to <working folder>/.astro/, which two builds at once would
    // share and overwrite; each build works in a folder of its own inside the project (where the modules
    // still find node_modules).
    process.env['DATA_DIR'] = dataDir;
    await mkdir(work, { recursive: true });
    process.chdir(work);
    await build({ root, outDir: folder, logLevel: verbose ? 'info' : 'warn' });
    await buildSearchIndex(folder);
    console.log(await writeCrawlerFiles(folder, deployment, preview));
    await publish(store, folder);
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    await rm(work, { recursive: true, force: true });
    // Problems only found while the pages are made (the version history's, read with them) are located like
    // the data's: said the same way, with no stack trace. Astro passes the error on as thrown, though its
    // class comes from the bundle Astro made of src/, hence the name rather than instanceof.
    const located = (error as Partial<DataValidationError> | null)?.name === 'DataValidationError' ? (error as DataValidationError).issues : undefined;
    if (Array.isArray(located) && located.length > 0) return refuse(located);
    console.error(`\nThe build failed; ${shown(outDir)}/ is unchanged.`);
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    return 1;
  }
  await rm(work, { recursive: true, force: true });
  // What changed in the newest quarter this build shows, as validate says it (drafts only in a preview).
  const report = whatChanged(indexDataset(preview ? dataset! : publishedOnly(dataset!)), warnings.length);
  if (report !== null) console.log(['', ...describeWhatChanged(report), ''].join('\n'));
  const where = deployment.basePath === '/' ? '' : `, to be served under ${deployment.basePath}`;
  console.log(preview
    ? `Built a preview with the draft quarters ${site.drafts.join(', ') || '(none listed)'} into ${shown(outDir)}/ from ${shown(dataDir)}/${where}. Do not publish it.`
    : `Built the site into ${shown(outDir)}/ from ${shown(dataDir)}/${where}.${site.drafts.length ? ` Left out the draft quarters ${site.drafts.join(', ')}.` : ''}`);
  return 0;
}

process.exitCode = await main();
