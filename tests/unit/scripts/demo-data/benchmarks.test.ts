// The demo's benchmarks: DfE's file exactly as published with one row a year added for Kesterley, among the North
// West's councils; in the demo's years that row is the demo's own Q4 figure (so reconciling the two agrees), its
// counts give its percentages back, and its neighbours are ten real North West councils in the file. Read from data/
// as committed, so a regeneration that drifts fails here too.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  BENCHMARK_MAPPINGS, KESTERLEY, REFERRALS_FILE, STATISTICAL_NEIGHBOURS, comparisonSentence, readDfeFiles, withKesterley,
} from '../../../../scripts/demo-data/benchmarks.ts';
import { periodEndDate } from '../../../../src/domain/period.ts';
import { loadDataset } from '../../../../src/load/dataset.ts';
import type { HistoryRead } from '../../../../src/load/history.ts';
import { benchmarkFor } from '../../../../src/features/benchmark/site.ts';
import { ordinal } from '../../../../src/domain/benchmark/rank.ts';
import { yearAtOrBefore } from '../../../../src/features/benchmark/view.ts';
import { deriveSite } from '../../../../src/site/site-data.ts';

const data = path.resolve(import.meta.dirname, '../../../../data');
const dfe = readDfeFiles().get(REFERRALS_FILE)!;
const ours = readFileSync(path.join(data, 'benchmarks', REFERRALS_FILE), 'utf8');

type Row = Record<string, string>;
const parse = (text: string) => Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;

describe("the demo's copy of DfE's file", () => {
  it("is DfE's, line for line, with one row a year added for Kesterley", () => {
    const added = ours.split('\n').filter((line) => line.includes(`,${KESTERLEY.newCode},`));
    expect(ours.split('\n').filter((line) => !line.includes(`,${KESTERLEY.newCode},`)).join('\n')).toBe(dfe);
    const years = [...new Set(parse(dfe).map((row) => row['time_period']))];
    expect(added).toHaveLength(years.length);
  });

  it("puts Kesterley among the North West's councils, in order of name, with codes no council has", () => {
    const rows = parse(ours);
    for (const year of new Set(rows.map((row) => row['time_period']))) {
      const region = rows.filter((row) => row['time_period'] === year && row['geographic_level'] === 'Local authority' && row['region_code'] === KESTERLEY.regionCode);
      const names = region.map((row) => row['la_name']!);
      expect(names, year).toContain(KESTERLEY.name);
      expect(names, year).toEqual([...names].sort());
      // Only in the region's block: every row of the year's North West councils is contiguous.
      const at = rows.findIndex((row) => row['time_period'] === year && row['la_name'] === KESTERLEY.name);
      expect(rows[at - 1]!['region_code'], year).toBe(KESTERLEY.regionCode);
    }
    expect(parse(dfe).some((row) => row['new_la_code'] === KESTERLEY.newCode || row['old_la_code'] === KESTERLEY.oldCode)).toBe(false);
  });

  it("gives, in the demo's years, the demo's own Q4 figures, and counts that give its percentages back", async () => {
    const { dataset } = await loadDataset(data);
    const rows = parse(ours).filter((row) => row['new_la_code'] === KESTERLEY.newCode);
    let compared = 0;
    for (const period of dataset!.periods.filter((p) => p.endsWith('Q4'))) {
      const row = rows.find((r) => periodEndDate(period).startsWith(`${r['time_period']}-`))!;
      for (const mapping of BENCHMARK_MAPPINGS) {
        const value = dataset!.values.find((v) => v.indicatorId === mapping.indicatorId && v.period === period)!.value;
        expect(Number(row[mapping.value]), `${mapping.indicatorId} ${period}`).toBe(value);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(9);
    for (const row of rows) {
      expect(Math.round((1000 * Number(row['rereferral_count'])) / Number(row['referral_count'])) / 10).toBe(Number(row['rereferral_percent']));
      expect(Math.round((1000 * Number(row['not_in_need_count'])) / Number(row['referral_count'])) / 10).toBe(Number(row['not_in_need_percent']));
      expect(Math.round((1000 * Number(row['no_further_action_count'])) / Number(row['referral_count'])) / 10).toBe(Number(row['no_further_action_percent']));
    }
  });

  it('refuses a file without North West councils, naming the year', () => {
    const without = dfe.split('\n').filter((line) => !(line.includes(',Local authority,') && line.includes(`,${KESTERLEY.regionCode},`))).join('\n');
    expect(() => withKesterley(without, new Map())).toThrow(/no North West councils or no England row for 2013/);
  });
});

describe("the demo's statistical neighbours", () => {
  it('are ten North West councils of the file, listed in site.json', () => {
    const site = JSON.parse(readFileSync(path.join(data, 'site.json'), 'utf8')) as { local_authority: string; statistical_neighbours: string[] };
    expect(site.local_authority).toBe(KESTERLEY.newCode);
    expect(site.statistical_neighbours).toEqual([...STATISTICAL_NEIGHBOURS]);
    expect(new Set(site.statistical_neighbours).size).toBe(10);
    const latest = parse(dfe).filter((row) => row['time_period'] === '2025');
    for (const code of site.statistical_neighbours) {
      expect(latest.find((row) => row['new_la_code'] === code)?.['region_code'], code).toBe(KESTERLEY.regionCode);
    }
  });
});

describe("the latest narrative's comparison", () => {
  const sentence = comparisonSentence(ours);

  it('is in the latest quarter\'s narrative, as generated from the file', () => {
    const narrative = readFileSync(path.join(data, 'narrative', '2025-26-Q3.md'), 'utf8');
    expect(narrative).toContain(`- ${sentence}`);
    expect(sentence).toMatch(/^Against every council, in the Department for Education's figures for 2024\/25, our re-referral rate of 23\.5% was \d+(st|nd|rd|th) lowest of \d+, /);
  });

  it("states the rank the site shows (once the site carries benchmarks)", async () => {
    const { dataset } = await loadDataset(data);
    const history: HistoryRead = { available: false, reason: 'not read in this test' };
    const site = deriveSite({ basePath: '/', siteUrl: null, drafts: false, today: '2026-03-01', production: true }, dataset!, history);
    const benchmark = benchmarkFor(site, 're-referrals-12-months');
    if (benchmark === null) return; // The site does not carry benchmarks yet: nothing to compare with.
    const year = yearAtOrBefore(benchmark, site.latest)!;
    expect(sentence).toContain(`was ${ordinal(year.rank!)} lowest of ${year.of}, `);
  });
});
