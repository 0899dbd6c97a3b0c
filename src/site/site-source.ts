// How the pages get the site: `import { getSite } from 'virtual:scorecard/site'`, a module this Astro integration
// makes (as Astro Starlight hands its configuration to its pages), so no page or component reads a setting or a
// file itself. The settings come from the edge (scripts/lib/config.ts); the data from one of two places:
// - a build: the dataset and history scripts/build.ts has already read and validated, once, written into the
//   module with node:v8's serialiser (structured clone: Maps, Sets, image bytes and undefined come back as they
//   were, which JSON would not give), and derived once (`deriveSite`) for every page of the build;
// - `npm run dev`: the folder is read again for each page, so an edit shows on refresh.
import { fileURLToPath } from 'node:url';
import { serialize } from 'node:v8';
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

/** The data folder read and validated for one page of `npm run dev`; a problem throws, located. */
export async function readSiteInput(dataDir: string, settings: SiteSettings): Promise<SiteInput> {
  const [loaded, history] = await Promise.all([loadDataset(dataDir, { base: settings.basePath, today: settings.today }), readHistory(dataDir)]);
  if (loaded.dataset === null) throw new DataValidationError(loaded.issues);
  return { dataset: loaded.dataset, history, warnings: loaded.warnings };
}

const here = (file: string) => JSON.stringify(fileURLToPath(new URL(file, import.meta.url)));

/** The module's code: settings and data as literals, nothing read from the environment. */
export function siteModule(settings: SiteSettings, source: SiteSource): string {
  const lines = [
    `import { deriveSite } from ${here('./site-data.ts')};`,
    `const settings = ${JSON.stringify(settings)};`,
  ];
  if ('loaded' in source) {
    const bytes = serialize(source.loaded).toString('base64');
    lines.push(
      `import { Buffer } from 'node:buffer';`,
      `import { deserialize } from 'node:v8';`,
      `const input = deserialize(Buffer.from(${JSON.stringify(bytes)}, 'base64'));`,
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
  return {
    name: 'scorecard-site',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        let code: string | undefined;
        updateConfig({
          vite: {
            plugins: [{
              name: 'scorecard-site',
              resolveId: (id: string) => (id === SITE_MODULE ? RESOLVED : undefined),
              load: (id: string) => (id === RESOLVED ? (code ??= siteModule(settings, source)) : undefined),
            }],
          },
        });
      },
    },
  };
}
