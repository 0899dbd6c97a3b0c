import { describe, expect, it } from 'vitest';
import { unreadBenchmarkFiles } from '../../../../src/load/benchmarks/unread.ts';
import { writeDataDir } from '../../../support/load-fixtures.ts';

describe('unreadBenchmarkFiles', () => {
  it('warns of each file in benchmarks/ that benchmarks.csv does not name, but not of notes', async () => {
    const dir = writeDataDir({
      'benchmarks/c1.csv': 'x', 'benchmarks/old/b1.csv': 'x', 'benchmarks/a1.csv': 'x', 'benchmarks/README.md': '# notes', 'benchmarks/statistical-neighbours.csv': 'x',
    });
    expect(await unreadBenchmarkFiles(dir, new Set(['c1.csv']), true)).toEqual([
      { file: 'benchmarks/a1.csv', line: null, column: null, message: expect.stringMatching(/not read: no line of benchmarks.csv names it/) },
      { file: 'benchmarks/old/b1.csv', line: null, column: null, message: expect.stringMatching(/not read/) },
    ]);
    expect((await unreadBenchmarkFiles(dir, new Set(['c1.csv', 'a1.csv', 'old/b1.csv']), false)).map((w) => [w.file, w.message]))
      .toEqual([['benchmarks/statistical-neighbours.csv', expect.stringMatching(/site.json lists the statistical neighbours itself/)]]);
  });

  it('says nothing without a benchmarks folder', async () => {
    expect(await unreadBenchmarkFiles(writeDataDir({}), new Set(), false)).toEqual([]);
  });
});
