// The link check on a site built to be served under a sub-folder, as on GitHub Pages (/<repository>/) or a
// council's web server (/children/): builds the demo data with BASE_PATH and SITE_URL into a temporary folder,
// serves it under the base path only, and runs tests/e2e/links.spec.ts against it. Part of npm test.
// The data is a copy in a repository of its own with one published figure corrected, so the same run checks
// the revision mark, the changes page and the feed in a browser (tests/e2e/changes.spec.ts), and search and the
// symbols legends with a revised figure on the pages (tests/e2e/findable.spec.ts), which the demo's own history cannot.
//   node scripts/test-base-path.ts
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dataWithCorrection } from './lib/history-repo.ts';
import { run } from './lib/run.ts';

const root = path.resolve(import.meta.dirname, '..');
const BASE_PATH = '/children/';
const SITE_URL = 'https://www.example.gov.uk';

const folder = await mkdtemp(path.join(tmpdir(), 'scorecard-base-path-'));
const outDir = path.join(folder, 'site');
// git must not find a repository above the temporary folder.
const gitEnv = { GIT_CEILING_DIRECTORIES: tmpdir() };
const data = await dataWithCorrection(path.join(root, 'data'), {
  newest: '2025-26-Q3', indicatorId: 'referral-rate', message: 'Correct Q3 referral rate: late returns from the out-of-hours team', env: gitEnv,
  dates: { earlier: '2025-11-10', published: '2026-02-03', corrected: '2026-03-12' },
});
try {
  console.log(`Building the site for ${SITE_URL}${BASE_PATH} into ${outDir}`);
  let code = await run(process.execPath, [path.join(root, 'scripts', 'build.ts')], { OUT_DIR: outDir, DATA_DIR: data.dataDir, BASE_PATH, SITE_URL, CI: process.env.CI ?? '1', ...gitEnv });
  if (code === 0) {
    const playwright = path.join(root, 'node_modules', '@playwright', 'test', 'cli.js');
    code = await run(process.execPath, [playwright, 'test', 'tests/e2e/links.spec.ts', 'tests/e2e/changes.spec.ts', 'tests/e2e/pdf.spec.ts', 'tests/e2e/findable.spec.ts'], { OUT_DIR: outDir, E2E_BASE_PATH: BASE_PATH, E2E_REVISED: '1' });
  }
  process.exitCode = code;
} finally {
  // The build's store (.site.builds/) lies beside the site, in the same temporary folder.
  await rm(folder, { recursive: true, force: true });
  await rm(data.repo, { recursive: true, force: true });
}
