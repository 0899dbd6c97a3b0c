// The link check and the optional-files check on the two small data folders in tests/fixtures/: a minimal one
// (site.json, indicators.csv, one quarter) and a QA-only one (the same with grade scales, audits and a
// narrative), both without comparators, targets, a schedule, actions or a glossary (issue 9, item 10). Each is
// built into a temporary folder and checked with tests/e2e/links.spec.ts, tests/e2e/optional-files.spec.ts and
// tests/e2e/figures.spec.ts (every figure the same number everywhere: the QA-only folder has an activity with none
// graded, as Nottinghamshire's report had, issue 15).
// Part of npm test.
//   node scripts/test-optional-files.ts
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from './lib/run.ts';

const root = path.resolve(import.meta.dirname, '..');
const FOLDERS = [
  { name: 'minimal', dataDir: 'tests/fixtures/minimal-data', search: 'audits' },
  { name: 'qa-only', dataDir: 'tests/fixtures/qa-only-data', search: 'audits' },
] as const;

const folder = await mkdtemp(path.join(tmpdir(), 'scorecard-optional-files-'));
const playwright = path.join(root, 'node_modules', '@playwright', 'test', 'cli.js');
try {
  for (const { name, dataDir, search } of FOLDERS) {
    const outDir = path.join(folder, name);
    // A copy outside any repository: the fixture's own commits (their messages) are no council's version history.
    const copy = path.join(folder, `${name}-data`);
    await cp(path.join(root, dataDir), copy, { recursive: true });
    console.log(`Building the site from ${dataDir} into ${outDir}`);
    let code = await run(process.execPath, [path.join(root, 'scripts', 'build.ts')], { OUT_DIR: outDir, DATA_DIR: copy, CI: process.env.CI ?? '1', GIT_CEILING_DIRECTORIES: tmpdir() });
    if (code === 0) {
      code = await run(process.execPath, [playwright, 'test', 'tests/e2e/links.spec.ts', 'tests/e2e/optional-files.spec.ts', 'tests/e2e/figures.spec.ts'], { OUT_DIR: outDir, E2E_DATA: name, E2E_SEARCH: search });
    }
    if (code !== 0) {
      process.exitCode = code;
      break;
    }
  }
} finally {
  await rm(folder, { recursive: true, force: true });
}
