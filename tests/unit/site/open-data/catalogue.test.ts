import { describe, expect, it } from 'vitest';
import { fileMetadata, openDataFiles, openDataTables } from '../../../../src/site/open-data/catalogue.ts';
import { makeSite } from '../../../support/domain-fixtures.ts';

describe('the published CSV files', () => {
  it('without quality assurance: the scorecards alone', () => {
    expect(openDataFiles([]).map((f) => f.path)).toEqual(['api/scorecards.csv']);
    expect(openDataTables(makeSite(), []).map((t) => t.id)).toEqual(['scorecards']);
  });

  it('with quality assurance: all audits and each quarter\'s, newest first, each with metadata beside it', () => {
    const files = openDataFiles(['2024-25-Q4', '2025-26-Q1']);
    expect(files.map((f) => [f.path, f.metadataPath])).toEqual([
      ['api/scorecards.csv', 'api/scorecards.csv-metadata.json'],
      ['api/audits.csv', 'api/audits.csv-metadata.json'],
      ['api/audits/2025-26-Q1.csv', 'api/audits/2025-26-Q1.csv-metadata.json'],
      ['api/audits/2024-25-Q4.csv', 'api/audits/2024-25-Q4.csv-metadata.json'],
    ]);
    expect(openDataTables(makeSite(), ['2025-26-Q1']).map((t) => t.id)).toEqual(['scorecards', 'audits']);
  });

  it('the metadata points at its CSV by file name, and names a one-quarter file\'s quarter', () => {
    const file = openDataFiles(['2025-26-Q1']).find((f) => f.period === '2025-26-Q1')!;
    const metadata = fileMetadata(file, makeSite(), ['2025-26-Q1']);
    expect(new URL(metadata.url, `https://example.org/${file.metadataPath}`).pathname).toBe(`/${file.path}`);
    expect(metadata['dc:title']).toBe('Quality assurance audit grades, Q1 2025/26 (April to June 2025)');
  });
});

describe('the benchmark columns (issue 18)', () => {
  it('are in scorecards.csv and its metadata only when the site has benchmarks', () => {
    const file = openDataFiles([])[0]!;
    const names = (metadata: ReturnType<typeof fileMetadata>) => metadata.tableSchema.columns.map((c) => c.name);
    expect(names(fileMetadata(file, makeSite(), [])).some((name) => name.startsWith('benchmark'))).toBe(false);
    const withBenchmarks = fileMetadata(file, makeSite(), [], true);
    expect(names(withBenchmarks).filter((name) => name.startsWith('benchmark'))).toEqual([
      'benchmark_period', 'benchmark_value', 'benchmark_england', 'benchmark_region', 'benchmark_stat_neighbours', 'benchmark_stat_neighbours_of',
      'benchmark_rank', 'benchmark_of', 'benchmark_quartile', 'benchmark_funnel',
    ]);
    expect(withBenchmarks['dc:description']).toMatch(/where the council stands among every council/);
    expect(fileMetadata(file, makeSite(), [])['dc:description']).not.toMatch(/every council/);
  });
});

describe('docs/open-data.md', () => {
  it('names every kind of file the site publishes, and the dictionary page', async () => {
    const { readFile } = await import('node:fs/promises');
    const doc = await readFile(new URL('../../../../docs/open-data.md', import.meta.url), 'utf8');
    for (const file of openDataFiles(['2025-26-Q3'])) {
      expect(doc, file.path).toContain(`/${file.path}`);
      expect(doc, file.metadataPath).toContain('-metadata.json');
    }
    expect(doc).toContain('/data/dictionary/');
  });
});
