// Generates the embedded demo data for a FICTIONAL council, Kesterley Borough Council, into data/ (or DEMO_DATA_OUT):
// site.json, indicators.csv, targets.csv, comparators.csv and quarters/*.csv, then the quality assurance files:
// grade-scales.json, audits/*.csv, audit-domains/*.csv, feedback/*.csv, narrative/*.md, schedule.csv, actions.csv,
// glossary.csv and spc-rebase.csv; then benchmarks.csv and benchmarks/, DfE's published file with rows for Kesterley
// added (scripts/demo-data/benchmarks.ts). Run with `node scripts/make-demo-data.ts`.
//
// The figures are invented, but sit near the published England figures and behave as a council's do: most
// indicators vary around a steady level, hitting and missing their targets, a few step to a new level when the
// service changed, and they tell recognisable stories: assessment timeliness dips then recovers, agency use falls
// to a new level (and its SPC limits start again there, as contacts' do at the Consultation Line), re-referrals
// stay stubbornly above target, initial health assessments go red and recover, audit grades improve until they
// meet their target, and child protection visits slip to red in the latest quarter. When each quarter was
// published, and the one figure corrected after publication, are in scripts/lib/demo-history.ts: `npm run demo`
// replays them as the commits of a git repository of this data.
//
// The generator is scripts/demo-data/: the indicator catalogue is data (catalogue.json), and each part of the demo
// is a small module (see scripts/demo-data/README.md). Deterministic: seeded randomness means every run writes
// byte-identical files, and data/ is the reviewed output. To change the demo, edit the catalogue or a module,
// regenerate, review `git diff data/` as you would a council's new figures, and commit both together:
// tests/unit/demo-data.test.ts fails while data/ is not exactly what this script writes. `--check` writes nothing
// and says which files differ from what it would write (exit status 1 when any does).
import path from 'node:path';
import { readDfeFiles } from './demo-data/benchmarks.ts';
import { readCatalogue } from './demo-data/catalogue.ts';
import { quarterSeries } from './demo-data/front-door.ts';
import { generateDemoData } from './demo-data/generate.ts';
import { compareDemoData, writeDemoData } from './demo-data/write.ts';

// DEMO_DATA_OUT writes elsewhere (tests/unit/demo-data.test.ts checks that data/ is exactly what this script writes).
const out = process.env['DEMO_DATA_OUT'] || path.join(import.meta.dirname, '..', 'data');

let specs;
try {
  specs = readCatalogue(quarterSeries());
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const { files, summary } = generateDemoData(specs, readDfeFiles());
if (process.argv.includes('--check')) {
  const shown = path.relative(process.cwd(), out) || '.';
  const differences = compareDemoData(out, files);
  if (differences.length > 0) {
    console.error(`${shown} is not what scripts/make-demo-data.ts writes:\n${differences.map((d) => `- ${d}`).join('\n')}\n` +
      'Regenerate with node scripts/make-demo-data.ts and review the difference (git diff data/); never edit data/ by hand.');
    process.exit(1);
  }
  console.log(`${shown} is exactly what scripts/make-demo-data.ts writes.`);
} else {
  writeDemoData(out, files);
  for (const line of summary) console.log(line);
}
