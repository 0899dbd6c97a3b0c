// data/ is the reviewed demo: the generator must reproduce it exactly, so a change to the catalogue or a module shows
// up as a difference in data/ to review and commit, and a hand edit to data/ fails here.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCatalogue, type Spec } from '../../../../scripts/demo-data/catalogue.ts';
import { quarterSeries } from '../../../../scripts/demo-data/front-door.ts';
import { readDfeFiles } from '../../../../scripts/demo-data/benchmarks.ts';
import { generateDemoData, type DemoData } from '../../../../scripts/demo-data/generate.ts';
import { compareDemoData } from '../../../../scripts/demo-data/write.ts';

const data = path.resolve(import.meta.dirname, '../../../../data');

const dfe = readDfeFiles();
let specs: Spec[];
let generated: DemoData;
beforeAll(() => {
  specs = readCatalogue(quarterSeries());
  generated = generateDemoData(specs, dfe);
});

describe('generateDemoData', () => {
  it('reproduces the committed data/ exactly', () => {
    expect(compareDemoData(data, generated.files), 'regenerate with node scripts/make-demo-data.ts and review git diff data/').toEqual([]);
  });

  it('writes the same files every time', () => {
    expect(generateDemoData(readCatalogue(quarterSeries()), dfe).files).toEqual(generated.files);
  });

  it('changes only the file a note is in when the note is edited', () => {
    const edited = specs.map((spec) => (spec.id === 'contacts' ? { ...spec, notes: { ...spec.notes, 3: 'An edited note.' } } : spec));
    const changed = [...generateDemoData(edited, dfe).files].filter(([name, text]) => generated.files.get(name) !== text).map(([name]) => name);
    expect(changed).toEqual(['quarters/2023-24-Q2.csv']);
  });

  it('stops, naming the story, when the figures no longer tell it', () => {
    const edited = specs.map((spec) => (spec.id === 'cp-visits-10-days' ? { ...spec, model: { ...spec.model!, fixed: { 3: 92.6, 12: 95 } } } : spec));
    expect(() => generateDemoData(edited, dfe)).toThrow(/child protection visits are newly red in the latest quarter/);
  });
});
