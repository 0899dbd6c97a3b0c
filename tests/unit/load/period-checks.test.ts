// Quarters that make sense, on a copy of a small data folder (tests/fixtures/checks-data): a quarter still under way on the day of the build is
// refused unless it is a draft (a file named a year ahead was once published as the latest scorecard), a gap
// between quarters is a warning naming them, and so is an indicator with no row in the newest quarter (a
// deleted row once published as "without a figure").
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { periodEndDate, previousPeriod } from '../../../src/domain/period.ts';
import { loadDataset } from '../../../src/load/dataset.ts';
import { formatIssue } from '../../../src/load/issue.ts';

// A small data folder with every kind of file the site reads.
const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/checks-data');
const TODAY = '2026-12-06';
const made: string[] = [];
afterEach(() => {
  while (made.length > 0) rmSync(made.pop()!, { recursive: true, force: true });
});

function fixtureCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'scorecard-periods-'));
  made.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

/** The folder's newest quarter, whatever it is. */
async function newestOf(dir: string) {
  const { dataset } = await loadDataset(dir, { today: TODAY });
  return { periods: dataset!.periods, newest: dataset!.periods.at(-1)!, indicators: dataset!.indicators };
}

function setDrafts(dir: string, drafts: string[]) {
  const file = path.join(dir, 'site.json');
  const site = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  writeFileSync(file, `${JSON.stringify({ ...site, drafts }, null, 2)}\n`);
}

describe('a quarter that has not ended', () => {
  it('is refused, naming the file and the quarter\'s end date, with the two ways on (the slip: 2026-27-Q4 published as the latest quarter)', async () => {
    const dir = fixtureCopy();
    const { newest } = await newestOf(dir);
    cpSync(path.join(dir, 'quarters', `${newest}.csv`), path.join(dir, 'quarters', '2026-27-Q4.csv'));
    const { dataset, issues } = await loadDataset(dir, { today: TODAY });
    expect(dataset).toBeNull();
    expect(issues.map(formatIssue)).toEqual([
      'quarters/2026-27-Q4.csv: Q4 2026/27 (January to March 2027) does not end until 31 March 2027, and today is 6 December 2026, so its figures cannot be final. ' +
      'If you are preparing it early, add it to "drafts" in site.json ("drafts": ["2026-27-Q4"]): it is then checked and previewed, but not published. ' +
      'Otherwise wait until the quarter has ended, or, if the file is named after the wrong quarter, rename it.',
    ]);
  });

  it('is accepted as a draft; the gap before it is still a warning naming every missing quarter', async () => {
    const dir = fixtureCopy();
    const { newest } = await newestOf(dir);
    cpSync(path.join(dir, 'quarters', `${newest}.csv`), path.join(dir, 'quarters', '2026-27-Q4.csv'));
    setDrafts(dir, ['2026-27-Q4']);
    const { issues, warnings } = await loadDataset(dir, { today: TODAY });
    expect(issues).toEqual([]);
    const gap = warnings.filter((w) => w.file === 'quarters');
    expect(gap).toHaveLength(1);
    expect(gap[0]!.message).toMatch(/^there is no file for Q4 2025\/26, Q1 2026\/27, Q2 2026\/27 and Q3 2026\/27, between Q3 2025\/26 and Q4 2026\/27, /);
    expect(gap[0]!.message).toContain('npm run new-quarter -- 2025-26-Q4');
  });

  it('is judged by the day of the build: not on its last day, and from the day after', async () => {
    const dir = fixtureCopy();
    const { newest } = await newestOf(dir);
    const end = periodEndDate(newest);
    const onLastDay = (await loadDataset(dir, { today: end })).issues;
    expect(onLastDay.map((i) => i.file)).toContain(`quarters/${newest}.csv`);
    expect(onLastDay.every((i) => i.file.includes(newest) && i.message.includes('does not end until'))).toBe(true);
    const next = new Date(Date.parse(`${end}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect((await loadDataset(dir, { today: next })).issues).toEqual([]);
  });

  it('is refused in any folder of quarter files, audits and narratives included', async () => {
    const dir = fixtureCopy();
    const { newest } = await newestOf(dir);
    cpSync(path.join(dir, 'narrative', `${newest}.md`), path.join(dir, 'narrative', '2026-27-Q4.md'));
    // As npm run new-quarter starts it: the header row only.
    writeFileSync(path.join(dir, 'audits', '2026-27-Q4.csv'), readFileSync(path.join(dir, 'audits', `${newest}.csv`), 'utf8').split('\n')[0]! + '\n');
    const { issues } = await loadDataset(dir, { today: TODAY });
    expect(issues.map((i) => i.file).sort()).toEqual(['audits/2026-27-Q4.csv', 'narrative/2026-27-Q4.md']);
  });
});

describe('gaps between quarters', () => {
  it('a quarter missing between published ones is a warning naming it', async () => {
    const dir = fixtureCopy();
    const { periods } = await newestOf(dir);
    const gone = periods.at(-2)!;
    unlinkSync(path.join(dir, 'quarters', `${gone}.csv`));
    const { issues, warnings } = await loadDataset(dir, { today: TODAY });
    expect(issues).toEqual([]);
    expect(warnings.filter((w) => w.file === 'quarters').map((w) => w.message)).toEqual([
      expect.stringMatching(new RegExp(`^there is no file for ${label(gone)}, between ${label(previousPeriod(gone))} and ${label(periods.at(-1)!)}, so the scorecards would go straight from one to the other`)),
    ]);
  });

  it('a draft between published quarters is a warning on its line of site.json', async () => {
    const dir = fixtureCopy();
    const { periods } = await newestOf(dir);
    const middle = periods.at(-2)!;
    setDrafts(dir, [middle]);
    const { issues, warnings } = await loadDataset(dir, { today: TODAY });
    expect(issues).toEqual([]);
    expect(warnings).toEqual([expect.objectContaining({ file: 'site.json', column: 'drafts[0]', line: expect.any(Number) })]);
    expect(warnings[0]!.message).toMatch(new RegExp(`^${label(middle)} is a draft, but ${label(periods.at(-1)!)} after it is published`));
  });
});

describe('an indicator with no row in the newest quarter', () => {
  it('is a warning naming it (the slip: a deleted row published as "without a figure"); a blank value says "no figure" without one', async () => {
    const dir = fixtureCopy();
    const { newest, indicators } = await newestOf(dir);
    const file = path.join(dir, 'quarters', `${newest}.csv`);
    const lines = readFileSync(file, 'utf8').split('\n');
    // One row deleted, another's value left blank.
    const [deleted, blanked] = indicators.filter((i) => lines.some((l) => l.startsWith(`${i.id},`) && l.split(',')[1] !== '')).slice(0, 2);
    const kept = lines.filter((l) => !l.startsWith(`${deleted!.id},`)).map((l) => (l.startsWith(`${blanked!.id},`) ? `${blanked!.id},,,,` : l));
    writeFileSync(file, kept.join('\n'));
    const { issues, warnings } = await loadDataset(dir, { today: TODAY });
    expect(issues).toEqual([]);
    expect(warnings.map(formatIssue)).toEqual([
      `quarters/${newest}.csv: there is no row for "${deleted!.title}" (${deleted!.id}), which is in indicators.csv, so the site would show it without a figure for ${label(newest)}. ` +
      `It has a row in ${label(previousPeriod(newest))}. Add a row for ${deleted!.id}: with its figure, or with the value left blank if there is no figure this quarter.`,
    ]);
  });

  it('is looked for in the newest published quarter too when the newest is a draft, and not in older quarters', async () => {
    const dir = fixtureCopy();
    const { periods, newest, indicators } = await newestOf(dir);
    const id = indicators[0]!.id;
    for (const period of [newest, periods[0]!]) {
      const file = path.join(dir, 'quarters', `${period}.csv`);
      writeFileSync(file, readFileSync(file, 'utf8').split('\n').filter((l) => !l.startsWith(`${id},`)).join('\n'));
    }
    const next = '2026-27-Q1';
    writeFileSync(path.join(dir, 'quarters', `${next}.csv`), `indicator_id,value\n${indicators.map((i) => `${i.id},`).join('\n')}\n`);
    setDrafts(dir, [next]);
    const { warnings } = await loadDataset(dir, { today: TODAY });
    expect(warnings.filter((w) => w.message.startsWith('there is no row')).map((w) => w.file)).toEqual([`quarters/${newest}.csv`]);
  });
});

function label(period: string): string {
  const [start, , quarter] = period.split('-');
  return `${quarter} ${start}/${String((Number(start) + 1) % 100).padStart(2, '0')}`;
}
