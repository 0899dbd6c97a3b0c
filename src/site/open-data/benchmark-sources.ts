// Which of the Department for Education's files the benchmark columns come from, for the data dictionary: each
// file as it sits in the data folder, the publication it is from (as benchmarks.csv names it, or else read from
// the file's name) and the indicators it gives.
import type { DatasetBenchmarks, Indicator } from '../../domain/types.ts';

export interface BenchmarkSourceFile {
  /** In the data folder, e.g. `benchmarks/c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv`. */
  path: string;
  publication: string;
  /** The titles of the indicators it gives, in benchmarks.csv order. */
  indicators: string[];
}

/** `c1_children_in_need_2013_to_2025.csv` → `C1 children in need 2013 to 2025`: the best a file's name says. */
export function publicationFromFileName(file: string): string {
  const words = (file.split('/').pop() ?? file).replace(/\.csv$/i, '').replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function benchmarkSourceFiles(benchmarks: DatasetBenchmarks | undefined, indicators: readonly Indicator[]): BenchmarkSourceFile[] {
  if (!benchmarks) return [];
  const titles = new Map(indicators.map((indicator) => [indicator.id, indicator.title]));
  const files = new Map<string, BenchmarkSourceFile>();
  for (const source of benchmarks.sources) {
    let entry = files.get(source.file);
    if (!entry) {
      entry = { path: `benchmarks/${source.file}`, publication: benchmarks.publications.get(source.file) ?? publicationFromFileName(source.file), indicators: [] };
      files.set(source.file, entry);
    }
    entry.indicators.push(titles.get(source.indicatorId) ?? source.indicatorId);
  }
  return [...files.values()];
}
