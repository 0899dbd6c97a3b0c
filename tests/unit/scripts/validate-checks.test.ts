// What `npm run validate` says about the slips that once passed silently, run as an officer runs it, on a copy
// of the demo data in a git repository of its own: a quarter a year ahead, a new quarter's figures typed over a
// published one (announced, before the commit, as the revisions it would make), and a deleted row.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { periodShortLabel } from '../../../src/domain/period.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const script = path.join(root, 'scripts', 'validate.ts');
const TODAY = '2026-12-06';
// git must never find a repository above the temporary folders, whatever machine this runs on.
const gitEnv = { GIT_CEILING_DIRECTORIES: tmpdir() };
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the demo data; committed, as a council's data is, when `git` is true. */
function data(git: boolean): { repo: string; dataDir: string } {
  const repo = mkdtempSync(path.join(tmpdir(), 'scorecard-validate-'));
  made.push(repo);
  const dataDir = path.join(repo, 'data');
  cpSync(path.join(root, 'data'), dataDir, { recursive: true });
  if (git) {
    const run = (...args: string[]) => execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', ...args], {
      cwd: repo, stdio: 'ignore',
      env: { ...process.env, ...gitEnv, GIT_AUTHOR_NAME: 'Performance team', GIT_AUTHOR_EMAIL: 'p@example.gov.uk', GIT_COMMITTER_NAME: 'Performance team', GIT_COMMITTER_EMAIL: 'p@example.gov.uk', GIT_AUTHOR_DATE: '2026-01-20T09:00:00Z', GIT_COMMITTER_DATE: '2026-01-20T09:00:00Z' },
    });
    run('init', '-q');
    run('add', '-A');
    run('commit', '-q', '-m', 'Publish the quarters');
  }
  return { repo, dataDir };
}

function validate(dataDir: string, args: string[] = [], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd: path.dirname(dataDir), encoding: 'utf8', env: { ...process.env, ...gitEnv, DATA_DIR: dataDir, SCORECARD_TODAY: TODAY, ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const quarterFiles = (dataDir: string) => readdirSync(path.join(dataDir, 'quarters')).filter((n) => n.endsWith('.csv')).sort();
const rowsOf = (file: string) => new Map(readFileSync(file, 'utf8').trim().split('\n').slice(1).map((line) => [line.split(',')[0]!, line.split(',')[1]!]));

describe('npm run validate', () => {
  it('passes the demo with --strict', () => {
    const { dataDir } = data(true);
    const result = validate(dataDir, ['--strict']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain('will be revised');
  });

  it('refuses a quarter a year ahead that is not a draft, naming the file and its end date', () => {
    const { dataDir } = data(false);
    const newest = quarterFiles(dataDir).at(-1)!;
    cpSync(path.join(dataDir, 'quarters', newest), path.join(dataDir, 'quarters', '2026-27-Q4.csv'));
    const result = validate(dataDir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('quarters/2026-27-Q4.csv: Q4 2026/27 (January to March 2027) does not end until 31 March 2027, and today is 6 December 2026, so its figures cannot be final. ');
    expect(result.stderr).toMatch(/Warning: quarters: there is no file for .* between .* and Q4 2026\/27/);
  });

  it('stops on a SCORECARD_TODAY that is not a date, checking nothing', () => {
    const { dataDir } = data(false);
    const result = validate(dataDir, [], { SCORECARD_TODAY: '31/03/2026' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^SCORECARD_TODAY is "31\/03\/2026", which is not a date\. Write it as YYYY-MM-DD/);
    expect(result.stdout).toBe('');
  });

  it('announces a new quarter\'s figures typed over a published quarter as revisions, listing 10, and warns that it looks like a new quarter', () => {
    const { dataDir } = data(true);
    const files = quarterFiles(dataDir);
    const newest = files.at(-1)!;
    const period = newest.replace('.csv', '');
    // A year-earlier quarter's figures stand in for the next quarter's: every indicator has a row in both.
    const typed = files.at(-5)!;
    const before = rowsOf(path.join(dataDir, 'quarters', newest));
    const after = rowsOf(path.join(dataDir, 'quarters', typed));
    const changed = [...before].filter(([id, value]) => Number(value || NaN) !== Number(after.get(id) || NaN) && !(value === '' && (after.get(id) ?? '') === '')).length;
    expect(changed).toBeGreaterThan(before.size / 3);
    cpSync(path.join(dataDir, 'quarters', typed), path.join(dataDir, 'quarters', newest));

    const result = validate(dataDir);
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    const at = lines.indexOf(`${changed} figures of published ${periodShortLabel(period)} will be revised when this is committed (quarters/${newest}):`);
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 11).every((line) => /^- line \d+, .+ \([a-z0-9_-]+\): \S+ → \S+/.test(line))).toBe(true);
    expect(lines[at + 11]).toBe(`- and ${changed - 10} more.`);
    expect(result.stderr).toContain(`Warning: quarters/${newest}: ${changed} of the ${before.size} figures ${periodShortLabel(period)} was published with would change at once, more than a third of them: ` +
      'did you mean to start a new quarter? `npm run new-quarter` makes the next quarter\'s file.');

    const summary = path.join(path.dirname(dataDir), 'summary.md');
    const strict = validate(dataDir, ['--strict', '--summary', summary]);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('did you mean to start a new quarter?');
    // The pull request's job summary says it too.
    expect(readFileSync(summary, 'utf8')).toContain(`${changed} figures of published ${periodShortLabel(period)} will be revised`);
    // What would be revised is said even when the check fails, so the officer reads it before committing.
    expect(strict.stdout).toContain(`${changed} figures of published ${periodShortLabel(period)} will be revised`);
  });

  it('announces a single correction, which --strict lets through, and says nothing without a git history', () => {
    const { dataDir } = data(true);
    const newest = quarterFiles(dataDir).at(-1)!;
    const file = path.join(dataDir, 'quarters', newest);
    const lines = readFileSync(file, 'utf8').split('\n');
    // A count (no numerator or denominator to agree with) put up by one.
    const index = lines.findIndex((line, i) => i > 0 && /^[a-z0-9_-]+,\d+,,,/.test(line));
    const [id, value] = lines[index]!.split(',');
    lines[index] = lines[index]!.replace(`${id},${value},`, `${id},${Number(value) + 1},`);
    writeFileSync(file, lines.join('\n'));
    const result = validate(dataDir, ['--strict']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`1 figure of published ${periodShortLabel(newest.replace('.csv', ''))} will be revised when this is committed (quarters/${newest}):\n`);
    expect(result.stdout).toMatch(new RegExp(`\\n- line ${index + 1}, .+ \\(${id}\\): ${value} → ${Number(value) + 1}\\n`));

    rmSync(path.join(path.dirname(dataDir), '.git'), { recursive: true, force: true });
    const without = validate(dataDir, ['--strict']);
    expect(without.status).toBe(0);
    expect(without.stdout).not.toContain('will be revised');
  });

  it('fails --strict on a row deleted from the newest quarter, naming the indicator', () => {
    const { dataDir } = data(false);
    const newest = quarterFiles(dataDir).at(-1)!;
    const file = path.join(dataDir, 'quarters', newest);
    const lines = readFileSync(file, 'utf8').split('\n');
    const id = lines[1]!.split(',')[0]!;
    writeFileSync(file, lines.filter((_, i) => i !== 1).join('\n'));
    expect(validate(dataDir).status).toBe(0);
    const strict = validate(dataDir, ['--strict']);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toMatch(new RegExp(`^quarters/${newest.replace('.', '\\.')}: there is no row for ".+" \\(${id}\\), which is in indicators\\.csv`, 'm'));
  });
});

describe('npm run build', () => {
  const build = (dataDir: string, env: Record<string, string> = {}) => {
    const outDir = path.join(path.dirname(dataDir), 'site');
    const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.ts')], {
      cwd: root, encoding: 'utf8', env: { ...process.env, ...gitEnv, DATA_DIR: dataDir, OUT_DIR: outDir, SCORECARD_TODAY: TODAY, ...env },
    });
    return { status: result.status, stderr: result.stderr, outDir };
  };

  it('refuses a quarter that has not ended, writing nothing', () => {
    const { dataDir } = data(false);
    const newest = quarterFiles(dataDir).at(-1)!;
    cpSync(path.join(dataDir, 'quarters', newest), path.join(dataDir, 'quarters', '2026-27-Q4.csv'));
    const result = build(dataDir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('quarters/2026-27-Q4.csv: Q4 2026/27 (January to March 2027) does not end until 31 March 2027');
    expect(readdirSync(path.dirname(dataDir))).not.toContain('site');
  });

  it('refuses a SCORECARD_TODAY that is not a date, writing nothing', () => {
    const { dataDir } = data(false);
    const result = build(dataDir, { SCORECARD_TODAY: '2026-02-30' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^The site was not built: SCORECARD_TODAY is "2026-02-30", which is not a date\./);
    expect(readdirSync(path.dirname(dataDir))).not.toContain('site');
  });
});

describe('npm run validate with benchmarks (issue 18)', () => {
  /** A copy of the Coventry fixture, DfE's sample files in benchmarks/. */
  function coventry(): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'scorecard-validate-benchmarks-'));
    made.push(dir);
    cpSync(path.join(root, 'tests', 'fixtures', 'benchmarks-coventry'), dir, { recursive: true });
    return dir;
  }

  it('says it read the benchmarks, and warns where our Q4 figure and DfE\'s differ by more than rounding, with both figures, the file and line', () => {
    const dataDir = coventry();
    const clean = validate(dataDir, ['--strict']);
    expect(clean.status).toBe(0);
    expect(clean.stdout).toMatch(/is valid: .* Benchmarks against every council for 3 indicators, as Coventry \(E08000026\)\./);
    const file = path.join(dataDir, 'quarters', '2024-25-Q4.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace('rereferrals,18.5,878,4735,', 'rereferrals,19.4,,,'));
    const warned = validate(dataDir);
    expect(warned.status).toBe(0);
    expect(warned.stderr).toMatch(/^Warning: quarters\/2024-25-Q4\.csv, line 2, column B \(value\): Re-referrals within 12 months of a previous referral \(rereferrals\): your figure for Q4 2024\/25 is 19\.4, but DfE published 18\.5 for Coventry for the year 2024\/25 \(benchmarks\/c1_children_in_need_referrals_and_rereferrals_2013_to_2025\.csv, line 76\)/m);
    expect(validate(dataDir, ['--strict']).status).toBe(1);
  });
});
