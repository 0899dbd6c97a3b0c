// The benchmark's data of any size is made from the demo data, not by a second generator: at the demo's own
// size it is the demo data byte for byte, and larger it is still valid, with annual figures kept in Q4.
import { readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scaledData } from '../../../scripts/lib/scaled-data.ts';
import { loadDataset } from '../../../src/load/dataset.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const demo = path.join(root, 'data');
const made: string[] = [];

afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
}

describe('scaledData', () => {
  it('at the demo’s size is the demo data, file for file', async () => {
    const { dataset } = await loadDataset(demo);
    const dir = await scaledData(demo, { indicators: dataset!.indicators.length, quarters: dataset!.periods.length });
    made.push(dir);
    expect(await files(dir)).toEqual(await files(demo));
    for (const file of await files(demo)) expect(await readFile(path.join(dir, file), 'utf8'), file).toBe(await readFile(path.join(demo, file), 'utf8'));
  });

  it('makes valid data of another size, with annual figures still only in Q4', async () => {
    const dir = await scaledData(demo, { indicators: 70, quarters: 20 });
    made.push(dir);
    const { dataset, issues } = await loadDataset(dir);
    expect(issues).toEqual([]);
    expect(dataset!.indicators).toHaveLength(70);
    expect(new Set(dataset!.indicators.map((i) => i.id)).size).toBe(70);
    expect(dataset!.periods).toHaveLength(20);
    const template = (await loadDataset(demo)).dataset!;
    // Annual indicators have a figure only in Q4 (their other quarters' rows are blank).
    const figures = (values: typeof template.values) => values.filter((v) => v.value !== null);
    const annual = template.indicators.filter((i) => figures(template.values).filter((v) => v.indicatorId === i.id).every((v) => v.period.endsWith('Q4')));
    expect(annual.length).toBeGreaterThan(0);
    const copyOf = (id: string) => id.replace(/-\d+$/, '');
    const annualIds = new Set(annual.map((a) => a.id));
    for (const value of figures(dataset!.values).filter((v) => annualIds.has(v.indicatorId) || annualIds.has(copyOf(v.indicatorId)))) {
      expect(value.period).toMatch(/Q4$/);
    }
  });
});
