// The link check on a site built to be served under a sub-folder, as on GitHub Pages (/<repository>/) or a
// council's web server (/children/): builds the demo data with BASE_PATH and SITE_URL into a temporary folder,
// serves it under the base path only, and runs tests/e2e/links.spec.ts against it. Part of npm test.
//   node scripts/test-base-path.ts
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const BASE_PATH = '/children/';
const SITE_URL = 'https://www.example.gov.uk';

function run(command: string, args: string[], env: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const folder = await mkdtemp(path.join(tmpdir(), 'scorecard-base-path-'));
const outDir = path.join(folder, 'site');
try {
  console.log(`Building the site for ${SITE_URL}${BASE_PATH} into ${outDir}`);
  let code = await run(process.execPath, [path.join(root, 'scripts', 'build.ts')], { OUT_DIR: outDir, BASE_PATH, SITE_URL, CI: process.env.CI ?? '1' });
  if (code === 0) {
    const playwright = path.join(root, 'node_modules', '@playwright', 'test', 'cli.js');
    code = await run(process.execPath, [playwright, 'test', 'tests/e2e/links.spec.ts'], { OUT_DIR: outDir, E2E_BASE_PATH: BASE_PATH });
  }
  process.exitCode = code;
} finally {
  // The build's store (.site.builds/) lies beside the site, in the same temporary folder.
  await rm(folder, { recursive: true, force: true });
}
