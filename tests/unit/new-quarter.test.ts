// npm run new-quarter starts the next quarter with every indicator and nothing filled in, never replaces a file,
// and leaves data that still passes npm run validate.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const made: string[] = [];

afterEach(async () => {
  while (made.length > 0) await rm(made.pop()!, { recursive: true, force: true });
});

/** The day the scripts take as today: after the demo's quarters and the next two have ended. */
const TODAY = '2026-12-06';

async function script(name: string, dataDir: string, ...args: string[]) {
  try {
    const env = { ...process.env, DATA_DIR: dataDir, SCORECARD_TODAY: TODAY };
    const { stdout, stderr } = await run(process.execPath, [path.join(root, 'scripts', name), ...args], { cwd: root, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function copyOfDemoData(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'scorecard-new-quarter-'));
  made.push(dir);
  await cp(path.join(root, 'data'), dir, { recursive: true });
  return dir;
}

async function listing(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).sort();
}

describe('npm run new-quarter', () => {
  it('writes the quarter after the newest: every indicator in order with blanks, an audits header, a narrative template', async () => {
    const dataDir = await copyOfDemoData();
    const result = await script('new-quarter.ts', dataDir);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Started Q4 2025/26 (January to March 2026).');
    expect(result.stdout).toContain('Run npm run validate');

    const ids = (await readFile(path.join(dataDir, 'indicators.csv'), 'utf8')).split('\n').slice(1)
      .filter((line) => /^[a-z0-9_-]+,/.test(line)).map((line) => line.split(',')[0]);
    expect(ids.length).toBeGreaterThan(20);
    expect(await readFile(path.join(dataDir, 'quarters', '2025-26-Q4.csv'), 'utf8'))
      .toBe(['indicator_id,value,numerator,denominator,commentary', ...ids.map((id) => `${id},,,,`), ''].join('\n'));
    expect(await readFile(path.join(dataDir, 'audits', '2025-26-Q4.csv'), 'utf8'))
      .toBe('activity,type,service_area,month,scale,auditor_grade,moderated_grade,count\n');
    // The demo publishes feedback from children and families, so its header is written too.
    expect(await readFile(path.join(dataDir, 'feedback', '2025-26-Q4.csv'), 'utf8')).toBe('source,method,question,agreed,asked\n');
    const narrative = await readFile(path.join(dataDir, 'narrative', '2025-26-Q4.md'), 'utf8');
    expect(narrative).toMatch(/^---\nsummary:\n---\n/);
    expect(narrative.match(/^## .+$/gm)).toEqual(['## Strengths', '## Areas for improvement', '## Feedback from children and families', '## Next steps']);

    // Valid straight away, with warnings that say the quarter is not filled in yet.
    const validate = await script('validate.ts', dataDir);
    expect(validate.code, validate.stderr).toBe(0);
    expect(validate.stdout).toContain('14 quarters (Q3 2022/23 to Q4 2025/26)');
    expect(validate.stdout).toContain('- Q4 2025/26 has no figures yet.');
    expect(validate.stderr.split('\n').filter(Boolean).sort()).toEqual([
      expect.stringMatching(/^Warning: audits\/2025-26-Q4\.csv: this audits file has no rows yet/),
      expect.stringMatching(/^Warning: feedback\/2025-26-Q4\.csv: this feedback file has no rows yet/),
      expect.stringMatching(/^Warning: narrative\/2025-26-Q4\.md: this narrative is not written yet/),
      expect.stringMatching(/^Warning: quarters\/2025-26-Q4\.csv: Q4 2025\/26 has no figures yet/),
    ]);
  }, 60_000);

  it('writes the quarter it is given, and only the quarter file for a council that publishes no quality assurance', async () => {
    const dataDir = await copyOfDemoData();
    for (const qa of ['audits', 'audit-domains', 'feedback', 'narrative', 'grade-scales.json', 'schedule.csv', 'actions.csv']) {
      await rm(path.join(dataDir, qa), { recursive: true, force: true });
    }
    const before = await listing(dataDir);
    const result = await script('new-quarter.ts', dataDir, '2026-27-Q1');
    expect(result.code, result.stderr).toBe(0);
    expect(await listing(dataDir)).toEqual([...before, 'quarters/2026-27-Q1.csv'].sort());
    expect((await script('validate.ts', dataDir)).code).toBe(0);
  }, 60_000);

  it('says that a quarter that has not ended yet is accepted only as a draft, and validate holds to it', async () => {
    const dataDir = await copyOfDemoData();
    const result = await script('new-quarter.ts', dataDir, '2026-27-Q3');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Q3 2026/27 (October to December 2026) does not end until 31 December 2026, so until then npm run validate and the build ' +
      'accept its files only as a draft: if "drafts" in site.json does not list it yet, add it ("drafts": ["2026-27-Q3"]).');
    const validate = await script('validate.ts', dataDir);
    expect(validate.code).toBe(1);
    expect(validate.stderr).toContain('quarters/2026-27-Q3.csv: Q3 2026/27 (October to December 2026) does not end until 31 December 2026');
    // A quarter that has ended gets no such note.
    expect((await script('new-quarter.ts', await copyOfDemoData())).stdout).not.toContain('does not end until');
  }, 60_000);

  it('never replaces a file: if any of the files exists it writes none and says which', async () => {
    const dataDir = await copyOfDemoData();
    await writeFile(path.join(dataDir, 'narrative', '2025-26-Q4.md'), '---\nsummary: Started by hand.\n---\n');
    const before = await listing(dataDir);
    const result = await script('new-quarter.ts', dataDir, '2025-26-Q4');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Nothing was written: narrative/2025-26-Q4.md already exists, and new-quarter never replaces a file.');
    expect(await listing(dataDir)).toEqual(before);
    expect(await readFile(path.join(dataDir, 'narrative', '2025-26-Q4.md'), 'utf8')).toBe('---\nsummary: Started by hand.\n---\n');
  }, 60_000);

  it('does not start a second empty quarter when run twice', async () => {
    const dataDir = await copyOfDemoData();
    expect((await script('new-quarter.ts', dataDir)).code).toBe(0);
    const before = await listing(dataDir);
    const again = await script('new-quarter.ts', dataDir);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('the newest quarter, quarters/2025-26-Q4.csv, has no figures yet');
    expect(await listing(dataDir)).toEqual(before);
  }, 60_000);

  it('refuses a quarter that is not written YYYY-YY-Qn, suggesting the right form', async () => {
    const dataDir = await copyOfDemoData();
    const before = await listing(dataDir);
    const result = await script('new-quarter.ts', dataDir, '2026/27', 'Q1');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('"2026/27 Q1" is not a period. Write periods as YYYY-YY-Qn');
    expect(result.stderr).toContain('Did you mean 2026-27-Q1 (April to June 2026)?');
    expect(await listing(dataDir)).toEqual(before);
  }, 60_000);
});
