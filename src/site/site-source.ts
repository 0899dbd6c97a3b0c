// How the pages get the site: `import { getSite } from 'virtual:scorecard/site'`, a module this Astro integration
// makes (as Astro Starlight hands its configuration to its pages), so no page or component reads a setting or a
// file itself. The settings come from the edge (scripts/lib/config.ts); the data from one of two places:
// - a build: the dataset and history scripts/build.ts has already read and validated, once, handed over as they
//   are (not copied) on the diagnostics channel SITE_INPUT_CHANNEL when the module is first run, and derived once
//   (`deriveSite`) for every page of the build. Astro runs the module in the same process as the build, and a
//   channel is found by its name in the whole process; embedding the data in the module's code instead made Vite
//   bundle and Node parse it as a string as large as the data (15 MB at a county's size with benchmarks);
// - `npm run dev`: the folder is read again for each page, so an edit shows on refresh.
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { AstroIntegration } from 'astro';
import type { Dataset } from '../domain/types.ts';
import { loadDataset } from '../load/dataset.ts';
import { readHistory, type HistoryRead } from '../load/history.ts';
import { DataValidationError, type ValidationIssue } from '../load/issue.ts';
import { deriveSite } from './site-data.ts';
import type { SiteSettings } from './settings.ts';

export const SITE_MODULE = 'virtual:scorecard/site';
const RESOLVED = `\0${SITE_MODULE}`;

/** What a build hands the pages: the data as read and validated. */
export interface SiteInput {
  dataset: Dataset;
  history: HistoryRead;
  warnings: readonly ValidationIssue[];
}

export type SiteSource = { loaded: SiteInput } | { dataDir: string };

/** The channel a build's module asks for the data on: it publishes a SiteInputRequest, the integration fills it in. */
export const SITE_INPUT_CHANNEL = 'scorecard:site-input';

export interface SiteInputRequest {
  /** Which build's data: two builds in one process (tests) each answer only their own module. */
  build: string;
  input?: SiteInput;
}

/** The data folder read and validated for one page of `npm run dev`; a problem throws, located. */
export async function readSiteInput(dataDir: string, settings: SiteSettings): Promise<SiteInput> {
  const [loaded, history] = await Promise.all([loadDataset(dataDir, { base: settings.basePath, today: settings.today }), readHistory(dataDir)]);
  if (loaded.dataset === null) throw new DataValidationError(loaded.issues);
  return { dataset: loaded.dataset, history, warnings: loaded.warnings };
}

const here = (file: string) => JSON.stringify(fileURLToPath(new URL(file, import.meta.url)));

/** The module's code: the settings as literals, and in a build its request for the data; nothing read from the environment. */
export function siteModule(settings: SiteSettings, source: SiteSource, build = ''): string {
  const lines = [
    `import { deriveSite } from ${here('./site-data.ts')};`,
    `const settings = ${JSON.stringify(settings)};`,
  ];
  if ('loaded' in source) {
    lines.push(
      `import { channel } from 'node:diagnostics_channel';`,
      `const request = { build: ${JSON.stringify(build)} };`,
      `channel(${JSON.stringify(SITE_INPUT_CHANNEL)}).publish(request);`,
      `if (!request.input) throw new Error('virtual:scorecard/site: no build handed over its data on ${SITE_INPUT_CHANNEL}');`,
      'const input = request.input;',
      // One build, one site: derived when the first page asks for it.
      'let site;',
      'export function getSite() { return site ??= Promise.resolve(deriveSite(settings, input.dataset, input.history, input.warnings)); }',
    );
  } else {
    lines.push(
      `import { readSiteInput } from ${here('./site-source.ts')};`,
      'export async function getSite() {',
      `  const input = await readSiteInput(${JSON.stringify(source.dataDir)}, settings);`,
      '  return deriveSite(settings, input.dataset, input.history, input.warnings);',
      '}',
    );
  }
  return lines.join('\n');
}

/** Registers `virtual:scorecard/site` for the pages (its type: src/site/virtual.d.ts). */
export function siteSource(settings: SiteSettings, source: SiteSource): AstroIntegration {
  // A build's data, handed to its module when the module asks (SITE_INPUT_CHANNEL), while this build runs.
  const build = randomUUID();
  const answer = (message: unknown) => {
    const request = message as SiteInputRequest;
    if ('loaded' in source && request.build === build) request.input = source.loaded;
  };
  return {
    name: 'scorecard-site',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        let code: string | undefined;
        if ('loaded' in source) subscribe(SITE_INPUT_CHANNEL, answer);
        updateConfig({
          vite: {
            plugins: [{
              name: 'scorecard-site',
              resolveId: (id: string) => (id === SITE_MODULE ? RESOLVED : undefined),
              load: (id: string) => (id === RESOLVED ? (code ??= siteModule(settings, source, build)) : undefined),
            }],
          },
        });
      },
      'astro:build:done': () => {
        unsubscribe(SITE_INPUT_CHANNEL, answer);
      },
    },
  };
}
