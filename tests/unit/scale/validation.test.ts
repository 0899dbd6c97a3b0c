// A county's data (310 indicators × 40 quarters, with audits) loads whole and clean. How long that takes is a
// figure `npm run bench -- --indicators 310 --quarters 40` prints: shared machines make timed tests noisy.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scaledData } from '../../../scripts/lib/scaled-data.ts';
import { loadDataset } from '../../../src/load/dataset.ts';

const root = path.resolve(import.meta.dirname, '../../..');
let dir: string | undefined;

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('validating a county’s data', () => {
  it('loads 310 indicators × 40 quarters with audits and no problems', async () => {
    dir = await scaledData(path.join(root, 'data'), { indicators: 310, quarters: 40 });
    const { dataset, issues } = await loadDataset(dir);
    expect(issues).toEqual([]);
    expect(dataset?.indicators).toHaveLength(310);
    expect(dataset?.periods).toHaveLength(40);
    expect(dataset?.quality.audits.length).toBeGreaterThan(0);
  }, 60_000);
});
