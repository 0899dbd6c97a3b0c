// Benchmarks worked out from DfE's raw files by the tests' own simple code: its own CSV splitting, filter, ranking,
// R type-7 quartiles, LAIT bands and Spiegelhalter limits. Nothing here comes from the modules under test
// (src/load/benchmarks/, src/domain/benchmark/), so a mistake in them cannot hide in both.

/** Splits CSV text into rows of cells: commas outside double quotes, "" inside them; a BOM is dropped. */
export function csv(input: string): Record<string, string>[] {
  const text = input.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\n') { row.push(cell.replace(/\r$/, '')); rows.push(row); row = []; cell = ''; } else cell += c;
  }
  if (cell !== '' || row.length > 0) { row.push(cell); rows.push(row); }
  const [header, ...body] = rows;
  return body.filter((r) => r.length > 1).map((r) => Object.fromEntries(header!.map((h, i) => [h.trim(), (r[i] ?? '').trim()])));
}

export const num = (text: string | undefined) => (text !== undefined && /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : null);

function quantile7(sorted: number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  return sorted[lo]! + (h - lo) * ((sorted[lo + 1] ?? sorted[lo]!) - sorted[lo]!);
}

export interface Recompute {
  /** The file's rows, already filtered to the mapping's filter. */
  rows: Record<string, string>[];
  /** Our new_la_code. */
  ours: string;
  /** The neighbours' codes, old or new. */
  neighbours: readonly string[];
  column: string;
  year: string;
  /** null for a neutral indicator. */
  lowerIsBetter: boolean | null;
  counts?: [string, string];
}

/** Everything the page and API show for one column in one year, worked out from the raw rows. */
export function recompute({ rows: all, ours: ourCode, neighbours, column, year, lowerIsBetter, counts }: Recompute) {
  const rows = all.filter((r) => r['time_period'] === year);
  const councils = rows.filter((r) => r['geographic_level'] === 'Local authority');
  const ours = councils.find((r) => r['new_la_code'] === ourCode)!;
  const england = rows.find((r) => r['geographic_level'] === 'National')!;
  const region = rows.find((r) => r['geographic_level'] === 'Regional' && r['region_code'] === ours['region_code'])!;
  const published = councils.map((r) => num(r[column])).filter((v): v is number => v !== null);
  const neighbourValues = neighbours.map((code) => num(councils.find((r) => r['old_la_code'] === code || r['new_la_code'] === code)?.[column])).filter((v): v is number => v !== null);
  const value = num(ours[column]);
  let rank: number | null = null;
  let band: string | null = null;
  if (value !== null && lowerIsBetter !== null) {
    rank = 1 + published.filter((v) => (lowerIsBetter ? v < value : v > value)).length;
    const sorted = [...published].sort((a, b) => a - b);
    const q = [0.25, 0.5, 0.75].map((p) => quantile7(sorted, p));
    const quarter = value <= q[0]! ? 0 : value <= q[1]! ? 1 : value <= q[2]! ? 2 : 3;
    band = (lowerIsBetter ? 'ABCD' : 'DCBA')[quarter]!;
  }
  let funnel: string | null = null;
  if (counts && value !== null) {
    const p0 = num(england[counts[0]])! / num(england[counts[1]])!;
    const n = num(ours[counts[1]])!;
    const p = num(ours[counts[0]])! / n;
    const se = Math.sqrt((p0 * (1 - p0)) / n);
    funnel = p > p0 + 3.090232 * se ? 'above 99.8%' : p > p0 + 1.959964 * se ? 'above 95%' : p < p0 - 3.090232 * se ? 'below 99.8%' : p < p0 - 1.959964 * se ? 'below 95%' : 'within';
  }
  return {
    council: value, england: num(england[column]), region: num(region[column]),
    neighbours: neighbourValues.length === 0 ? null : neighbourValues.reduce((a, b) => a + b, 0) / neighbourValues.length, of: neighbourValues.length,
    rank, outOf: published.length, suppressed: councils.length - published.length, band, funnel,
  };
}
