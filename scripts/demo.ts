// `npm run demo`: the demo site as a newcomer should first see it. Makes .demo/, a git repository of the demo data
// in which each quarter was published in a commit of its own, weeks after it ended, and one figure was corrected
// later (scripts/lib/demo-repo.ts), then builds the site from it, so the changes page, the revision mark and every
// page's data version show a council's history rather than this project's commits. Same repository, same site,
// every time. `npm run build` still builds data/ (or DATA_DIR) as it is.
import path from 'node:path';
import { makeDemoRepo } from './lib/demo-repo.ts';
import { run } from './lib/run.ts';

const root = path.resolve(import.meta.dirname, '..');
const dataDir = await makeDemoRepo(path.join(root, 'data'), path.join(root, '.demo'));
console.log(`Made ${path.relative(root, path.dirname(dataDir))}/, the demo data as a council published it, quarter by quarter.`);
process.exitCode = await run(process.execPath, [path.join(root, 'scripts', 'build.ts'), ...process.argv.slice(2)], { DATA_DIR: dataDir });
