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
import { loadDataset } from '../src/load/dataset.ts';
import { readHistory } from '../src/load/history.ts';
import { formatIssue, summariseIssues, type DataValidationError, type ValidationIssue } from '../src/load/issue.ts';
import { historyNotes } from '../src/site/site-data.ts';
import { astroConfig, pinTimeZone } from './lib/astro-config.ts';
import { resolveConfig } from './lib/config.ts';
import { cleanLeftovers, cleanWorkFolders, newBuildFolder, outDirProblem, publish, storeFor, workFolder } from './lib/publish.ts';
import { startSearchIndex, type SearchIndexing } from './lib/search-index.ts';
import { writeCrawlerFiles } from './lib/sitemap.ts';

// A build is always the site as published. Variables a test runner passes down (vitest sets DEV=1 and
// NODE_ENV=test) would make Astro itself build it as in development; our own settings are only in `config`.
for (const name of ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL']) delete process.env[name];
process.env['NODE_ENV'] = 'production';
pinTimeZone();

const root = path.resolve(import.meta.dirname, '..');
const resolved = resolveConfig(process.env, process.argv.slice(2), { root });
const outDir = resolved.ok ? resolved.config.outDir : path.resolve(root, 'dist');
const shown = (folder: string) => path.relative(root, folder) || folder;
const work = workFolder(root);

async function main(): Promise<number> {
  if (!resolved.ok) {
    const unchanged = `Nothing was written; ${shown(outDir)}/ is unchanged.`;
    if (resolved.problems.length === 1) console.error(`The site was not built: ${resolved.problems[0]} ${unchanged}`);
    else console.error(['The site was not built: settings have problems.', '', ...resolved.problems, '', unchanged].join('\n'));
    return 1;
  }
  const { config } = resolved;
  const { dataDir, drafts: preview, verbose, basePath } = config;
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
  // The data is read and validated once, here, and handed to the pages (src/site/site-source.ts).
  const [{ dataset, issues, warnings }, history] = await Promise.all([loadDataset(dataDir, { base: basePath, today: config.today }), readHistory(dataDir)]);
  for (const warning of warnings) console.warn(`Warning: ${formatIssue(warning)}`);
  if (issues.length > 0) return refuse(issues);
  // History that cannot be published as it is stops the build like a problem in a data file.
  if ('problems' in history) return refuse(history.problems);
  const { site, periods } = dataset!;
  if (!preview && periods.every((period) => site.drafts.includes(period))) {
    console.error(`The site was not built: every quarter is listed in "drafts" in site.json, so there is nothing to publish. ` +
      `Take the quarter to publish out of "drafts", or make a preview with npm run build -- --drafts. ${shown(outDir)}/ is unchanged.`);
    return 1;
  }
  for (const note of historyNotes(history, config.siteUrl)) console.warn(note);

  const store = storeFor(outDir);
  for (const leftover of [...await cleanLeftovers(store), ...await cleanWorkFolders(root)]) console.log(`Removed ${shown(leftover)}, left by a build that was stopped.`);
  const folder = await newBuildFolder(store);
  let search: SearchIndexing | undefined;
  try {
    // Started first, so Pagefind indexes each page while Astro renders the next (scripts/lib/search-index.ts).
    search = await startSearchIndex(basePath);
    // Astro writes its intermediate modules to <working folder>/.astro/, which two builds at once would
    // share and overwrite; each build works in a folder of its own inside the project (where the modules
    // still find node_modules).
    await mkdir(work, { recursive: true });
    process.chdir(work);
    await build({ ...astroConfig(config, { dataset: dataset!, history, warnings }), root, configFile: false, outDir: folder, logLevel: verbose ? 'info' : 'warn' });
    console.log(`Search index: ${await search.finish(folder)} pages.`);
    console.log(await writeCrawlerFiles(folder, config, preview));
    await publish(store, folder);
  } catch (error) {
    await search?.abandon();
    await rm(folder, { recursive: true, force: true });
    await rm(work, { recursive: true, force: true });
    // Problems only found while the pages are made are located like the data's: said the same way, with no
    // stack trace. Astro passes the error on as thrown, though its class comes from the bundle Astro made of
    // src/, hence the name rather than instanceof.
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
  const where = basePath === '/' ? '' : `, to be served under ${basePath}`;
  console.log(preview
    ? `Built a preview with the draft quarters ${site.drafts.join(', ') || '(none listed)'} into ${shown(outDir)}/ from ${shown(dataDir)}/${where}. Do not publish it.`
    : `Built the site into ${shown(outDir)}/ from ${shown(dataDir)}/${where}.${site.drafts.length ? ` Left out the draft quarters ${site.drafts.join(', ')}.` : ''}`);
  return 0;
}

process.exitCode = await main();
