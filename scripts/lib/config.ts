// The build's settings, resolved once at the edge from the environment and the command line, and passed down:
// the scripts (build, validate, new-quarter, pdf) and astro.config.mjs (the dev server) call resolveConfig, and
// nothing under src/ reads the environment. Each problem names the variable or option and says how to fix it.
//   DATA_DIR         the data folder (default data/), against the working directory
//   OUT_DIR          where the site is written (default dist/, or preview/ with --drafts), against the project
//   SITE_URL         the host's address, else site.json's "site_url" (src/site/deployment.ts)
//   BASE_PATH        the folder on it, else site.json's "base_path"
//   SCORECARD_TODAY  the build's date, YYYY-MM-DD, else today in England (src/site/build-date.ts)
//   --drafts         a preview with the draft quarters; --verbose, Astro's log of every page
import path from 'node:path';
import { resolveBuildDate } from '../../src/site/build-date.ts';
import { readSiteJsonSettings, resolveDeployment } from '../../src/site/deployment.ts';
import type { SiteSettings } from '../../src/site/settings.ts';
import { buildOptions } from './build-options.ts';

export interface Config extends SiteSettings {
  /** The data folder, absolute. */
  dataDir: string;
  /** Where the site is written, absolute. */
  outDir: string;
  /** Astro's full log (every route written) as well as the build's own report. */
  verbose: boolean;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

export interface ConfigContext {
  /** `build` for a site as published (or a preview with --drafts); `dev` for `npm run dev`, which shows drafts and the data's warnings. */
  mode?: 'build' | 'dev';
  /** What DATA_DIR is resolved against: the working directory. */
  cwd?: string;
  /** What OUT_DIR is resolved against: the project's folder. */
  root?: string;
  /** Today, for the build's date when SCORECARD_TODAY is not set. */
  now?: Date;
}

const PROJECT = path.resolve(import.meta.dirname, '..', '..');

/** The settings for one run, or every problem with them (each naming its variable or option). */
export function resolveConfig(env: Readonly<Record<string, string | undefined>>, argv: readonly string[] = [], context: ConfigContext = {}): ConfigResult {
  const { mode = 'build', cwd = process.cwd(), root = PROJECT, now = new Date() } = context;
  const problems: string[] = [];
  const options = buildOptions(argv, env);
  if ('problem' in options) problems.push(options.problem);
  const dataDir = path.resolve(cwd, env['DATA_DIR']?.trim() || 'data');
  const today = resolveBuildDate(env, now);
  if (!today.ok) problems.push(today.problem);
  // site.json read leniently: its own problems are the loader's to report, with their line.
  const deployment = resolveDeployment({ env, siteJson: readSiteJsonSettings(dataDir) });
  if (!deployment.ok) problems.push(...deployment.problems);
  if ('problem' in options || !today.ok || !deployment.ok) return { ok: false, problems };
  const dev = mode === 'dev';
  return {
    ok: true,
    config: {
      dataDir,
      outDir: path.resolve(root, options.outDir),
      basePath: deployment.deployment.basePath,
      siteUrl: deployment.deployment.siteUrl,
      // An officer previews with `npm run dev`, so it always shows the drafts.
      drafts: dev || options.preview,
      today: today.date,
      production: !dev,
      verbose: options.verbose,
    },
  };
}
