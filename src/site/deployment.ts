// Where the site is published: the host's address (SITE_URL) and the folder on it (BASE_PATH), e.g.
// https://www.kesterley.gov.uk and /children/. Each comes from the environment, else from site.json
// ("site_url", "base_path"). Plain functions with no Astro in them, so astro.config.mjs and the build scripts
// read the settings the same way; each setting is checked as the loader checks it (src/load/site-address.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readJson } from '../load/json.ts';
import { basePathProblem, normaliseSiteUrl, siteUrlProblem } from '../load/site-address.ts';

export interface Deployment {
  /** The host's address with no path, e.g. `https://www.kesterley.gov.uk`; null when not known. */
  siteUrl: string | null;
  /** The folder the site is served from, starting and ending with `/`, e.g. `/` or `/children/`. */
  basePath: string;
}

export interface DeploymentSources {
  /** The environment (SITE_URL, BASE_PATH); a blank variable counts as not set. */
  env: Readonly<Record<string, string | undefined>>;
  /** site.json's settings as written, when it could be read. */
  siteJson?: { site_url?: unknown; base_path?: unknown } | null;
}

/**
 * site.json's settings as written, read tolerantly (null when it cannot be read): for astro.config.mjs and the
 * PDF script, which run where the loader does not; the loader reports site.json's problems with their line.
 */
export function readSiteJsonSettings(dataDir: string): DeploymentSources['siteJson'] {
  try {
    // readJson rather than JSON.parse: a setting given twice has no one meaning (the loader refuses it).
    const read = readJson(readFileSync(path.join(dataDir, 'site.json'), 'utf8').replace(/^\uFEFF/, ''));
    if (!read.ok || read.duplicates.length > 0) return null;
    return typeof read.value === 'object' && read.value !== null ? read.value : null;
  } catch {
    return null;
  }
}

export type DeploymentResult = { ok: true; deployment: Deployment } | { ok: false; problems: string[] };

/**
 * The settings from the environment, else site.json, else none (served from `/`, no known address).
 * A problem in the environment is reported here naming the variable; site.json's own problems are the
 * loader's to report (src/load/site.ts), with their line.
 */
export function resolveDeployment({ env, siteJson }: DeploymentSources): DeploymentResult {
  const problems: string[] = [];
  const pick = (variable: string, key: 'site_url' | 'base_path', problemOf: (text: string) => string | null): string | null => {
    const fromEnv = env[variable]?.trim();
    if (fromEnv) {
      const problem = problemOf(fromEnv);
      if (problem) problems.push(`${variable} ${problem}`);
      return problem ? null : fromEnv;
    }
    const fromFile = siteJson?.[key];
    return typeof fromFile === 'string' && fromFile.trim() !== '' && problemOf(fromFile.trim()) === null ? fromFile.trim() : null;
  };
  const siteUrl = pick('SITE_URL', 'site_url', siteUrlProblem);
  const basePath = pick('BASE_PATH', 'base_path', basePathProblem);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, deployment: { siteUrl: siteUrl === null ? null : normaliseSiteUrl(siteUrl), basePath: basePath ?? '/' } };
}

/**
 * The full address of a page or file of the site, from its path below the base path (`quarters/`) or from the
 * site's root including the base path (`/children/quarters/`); null when the site's address is not known.
 */
export function absoluteUrlFor(deployment: Deployment, path: string): string | null {
  if (deployment.siteUrl === null) return null;
  const fromRoot = path.startsWith(deployment.basePath) ? path : `${deployment.basePath}${path.replace(/^\//, '')}`;
  return new URL(fromRoot, deployment.siteUrl).href;
}
