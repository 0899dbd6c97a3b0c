// While an officer previews with `npm run dev`, the data is checked when the server starts and again after each
// change to a data file, and its problems and warnings are printed in the terminal, as `npm run validate` prints
// them: the pages alone would only show a broken page, and never a warning.
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { dataDirectory, loadDataset } from '../load/dataset.ts';
import { formatIssue, summariseIssues } from '../load/issue.ts';

/** Saving from Excel writes a file several times in quick succession; check once it has settled. */
const SETTLE_MS = 300;

/** `today`: the day of the build, as astro.config.mjs resolved it (src/site/build-date.ts). */
export function dataCheck({ today }: { today?: string } = {}): AstroIntegration {
  return {
    name: 'scorecard-data-check',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const dataDir = dataDirectory();
        let timer: ReturnType<typeof setTimeout> | undefined;

        async function check(): Promise<void> {
          const { issues, warnings } = await loadDataset(dataDir, { today });
          for (const warning of warnings) logger.warn(`Warning: ${formatIssue(warning)}`);
          for (const item of issues) logger.error(formatIssue(item));
          if (issues.length > 0) logger.error(`${summariseIssues(issues)}: the pages cannot be shown until they are fixed.`);
          else logger.info(warnings.length === 0 ? 'The data is valid, with no warnings.' : `The data is valid, with ${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}.`);
        }

        const inDataDir = (file: string) => {
          const relative = path.relative(dataDir, file);
          return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
        };
        server.watcher.add(dataDir);
        server.watcher.on('all', (_event, file) => {
          if (!inDataDir(file)) return;
          clearTimeout(timer);
          timer = setTimeout(() => void check(), SETTLE_MS);
        });
        void check();
      },
    },
  };
}
