// The build refuses bad data: it prints every problem with file, line and column, writes nothing, and
// leaves what was published before exactly as it was.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { newBuildFolder, publish, storeFor } from '../../scripts/lib/publish.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');

async function runScript(script: string, env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(root, 'scripts', script)], {
      cwd: root,
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function brokenCopyOfDemoData(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'scorecard-bad-'));
  await cp(path.join(root, 'data'), dir, { recursive: true });
  const file = path.join(dir, 'quarters', '2025-26-Q3.csv');
  const lines = (await readFile(file, 'utf8')).split('\n');
  const [id] = lines[2]!.split(',');
  lines[2] = `${id},twelve,,,`;
  await writeFile(file, lines.join('\n'));
  return dir;
}

describe('npm run build with bad data', () => {
  it('names the file, line and column, exits non-zero, and leaves the published site untouched', async () => {
    const dataDir = await brokenCopyOfDemoData();
    const published = await mkdtemp(path.join(tmpdir(), 'scorecard-published-'));
    const outDir = path.join(published, 'dist');
    const store = storeFor(outDir);
    const previous = await newBuildFolder(store);
    await mkdir(previous);
    await writeFile(path.join(previous, 'index.html'), '<p>Last quarter, as published</p>');
    await publish(store, previous);
    const before = (await readdir(published, { recursive: true })).sort();

    const result = await runScript('build.ts', { DATA_DIR: dataDir, OUT_DIR: outDir });

    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/quarters\/2025-26-Q3\.csv, line 3, column B \(value\)/);
    expect(result.stderr).toContain('"twelve"');
    // Each problem once, and one summary sentence.
    expect(result.stderr.match(/line 3, column B \(value\)/g)).toHaveLength(1);
    expect(result.stderr).toMatch(/\n1 problem in 1 file\. Nothing was written; .*dist\/ is unchanged\.\n$/);
    expect(result.stderr).not.toMatch(/\.\.(\s|$)/);
    expect(await readFile(path.join(outDir, 'index.html'), 'utf8')).toBe('<p>Last quarter, as published</p>');
    expect((await readdir(published, { recursive: true })).sort()).toEqual(before);
  });
});

describe('npm run validate', () => {
  it('passes the demo data with no warning, summarises it and says what changed', async () => {
    const result = await runScript('validate.ts', { DATA_DIR: path.join(root, 'data') });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/valid/);
    expect(result.stdout).toContain('What changed in Q3 2025/26, against Q2 2025/26:');
    expect(result.stdout).toContain('- Warnings: none.');
  });

  it('warns about a file it does not read, and fails on it with --strict', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'scorecard-unread-'));
    await cp(path.join(root, 'data'), dataDir, { recursive: true });
    await writeFile(path.join(dataDir, 'quarters', '2026-27-Q1.xlsx'), 'PK');
    const relaxed = await runScript('validate.ts', { DATA_DIR: dataDir });
    expect(relaxed.code).toBe(0);
    expect(relaxed.stderr).toContain('Warning: quarters/2026-27-Q1.xlsx: this file is not read');
    expect(relaxed.stdout).toContain('1 warning above');
    const strict = await run(process.execPath, [path.join(root, 'scripts', 'validate.ts'), '--strict'], { cwd: root, env: { ...process.env, DATA_DIR: dataDir } })
      .catch((error: { code: number; stderr: string }) => error);
    expect((strict as { code: number }).code).toBe(1);
    expect((strict as { stderr: string }).stderr).toMatch(/^quarters\/2026-27-Q1\.xlsx: this file is not read/m);
  });

  it('warns about a percentage pasted as a fraction on its cell, reports what changed, and fails on the warning with --strict', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'scorecard-fraction-'));
    await cp(path.join(root, 'data'), dataDir, { recursive: true });
    // The demo's latest agency rate (whatever the demo says), pasted as a fraction.
    const file = path.join(dataDir, 'quarters', '2025-26-Q3.csv');
    const lines = (await readFile(file, 'utf8')).split('\n');
    const line = lines.findIndex((l) => l.startsWith('agency-social-workers,')) + 1;
    const written = lines[line - 1]!.split(',')[1]!;
    const fraction = String(Number((Number(written) / 100).toPrecision(12)));
    const previous = Number((await readFile(path.join(dataDir, 'quarters', '2025-26-Q2.csv'), 'utf8')).match(/^agency-social-workers,([\d.]+),/m)![1]);
    lines[line - 1] = lines[line - 1]!.replace(`,${written},`, `,${fraction},`);
    await writeFile(file, lines.join('\n'));
    const hint = `If ${fraction} was meant as ${written}%, write ${written}.`;
    const relaxed = await runScript('validate.ts', { DATA_DIR: dataDir });
    expect(relaxed.code).toBe(0);
    expect(relaxed.stderr).toContain(`Warning: quarters/2025-26-Q3.csv, line ${line}, column B (value): "Agency social workers (FTE rate)" (agency-social-workers): the value ${fraction} is between 0 and 1`);
    expect(relaxed.stderr).toContain(hint);
    expect(relaxed.stdout).toContain('1 warning above');
    // The fraction meets the target, as 0.112 did when it was published green: the report still shows it moved.
    expect(relaxed.stdout).toMatch(/\nWhat changed in Q3 2025\/26, against Q2 2025\/26:\n/);
    expect(relaxed.stdout).toContain(`  - Agency social workers (FTE rate): down ${(previous - Number(fraction)).toFixed(1)} percentage points, from ${previous.toFixed(1)}% to ${Number(fraction).toFixed(1)}%, better`);
    expect(relaxed.stdout).toMatch(/- Warnings: 1, listed above\.\n$/);
    const strict = await run(process.execPath, [path.join(root, 'scripts', 'validate.ts'), '--strict'], { cwd: root, env: { ...process.env, DATA_DIR: dataDir } })
      .catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect((strict as { code: number }).code).toBe(1);
    expect((strict as { stderr: string }).stderr).toContain(`quarters/2025-26-Q3.csv, line ${line}, column B (value): `);
    expect((strict as { stderr: string }).stderr).toContain(hint);
    expect((strict as { stdout: string }).stdout).not.toContain('What changed');
  }, 30_000);

  it('fails bad data with the same precise message', async () => {
    const result = await runScript('validate.ts', { DATA_DIR: await brokenCopyOfDemoData() });
    expect(result.code).toBe(1);
    expect(`${result.stdout}${result.stderr}`).toMatch(/quarters\/2025-26-Q3\.csv, line 3, column B \(value\)/);
  });
});

describe('npm run build for a council that publishes no quality assurance', () => {
  it('builds the scorecard and leaves the QA pages and their navigation out', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'scorecard-no-qa-'));
    await cp(path.join(root, 'data'), dataDir, { recursive: true });
    for (const qa of ['audits', 'audit-domains', 'feedback', 'narrative', 'grade-scales.json', 'schedule.csv', 'actions.csv']) {
      await rm(path.join(dataDir, qa), { recursive: true, force: true });
    }
    const outDir = path.join(await mkdtemp(path.join(tmpdir(), 'scorecard-out-')), 'dist');

    const result = await runScript('build.ts', { DATA_DIR: dataDir, OUT_DIR: outDir });

    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(true);
    expect(existsSync(path.join(outDir, 'quality'))).toBe(false);
    expect(existsSync(path.join(outDir, 'actions'))).toBe(false);
    const home = await readFile(path.join(outDir, 'index.html'), 'utf8');
    expect(home).not.toContain('href="/quality/"');
    expect(home).not.toContain('data-quality-link');
  }, 60_000);
});

describe('npm run build with names that make the same anchor', () => {
  it('gives every element on every page its own id, and every fragment link a target', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'scorecard-anchors-'));
    await cp(path.join(root, 'data'), dataDir, { recursive: true });
    const edit = async (file: string, change: (text: string) => string) =>
      writeFile(path.join(dataDir, file), change(await readFile(path.join(dataDir, file), 'utf8')));
    // Themes that slug alike ("Early help", "Early-help!", "early help"), and a theme named like another's id.
    await edit('indicators.csv', (text) => {
      let n = 0;
      return text.replace(/,Early help,/g, () => [',Early help,', ',"Early-help!",', ',early help,'][n++] ?? ',Early help,')
        .replace(/,Front door,count/, ',Early help 2,count');
    });
    // Action ids that differ only in case.
    await edit('actions.csv', (text) => {
      const lines = text.trimEnd().split('\n');
      return `${[...lines, lines[1]!.replace(/^A01,/, 'a01,')].join('\n')}\n`;
    });
    // QA activities whose names slug alike, or read like another's part ("… mix").
    await edit('audits/2025-26-Q3.csv', (text) => text.replace(/^Monthly case file audits,(.*)$/m, 'Monthly case-file audits,$1\nMonthly case file audits mix,$1'));
    // Glossary terms that slug alike.
    await edit('glossary.csv', (text) => `${text.trimEnd()}\nA.S.Y.E.,Another expansion,\n`);
    const outDir = path.join(await mkdtemp(path.join(tmpdir(), 'scorecard-out-')), 'dist');

    const result = await runScript('build.ts', { DATA_DIR: dataDir, OUT_DIR: outDir, CI: '1' });
    expect(result.code, result.stderr).toBe(0);

    const pages = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html'));
    const idsOf = async (page: string) => [...(await readFile(path.join(outDir, page), 'utf8')).matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!);
    const duplicates: string[] = [];
    const ids = new Map<string, Set<string>>();
    for (const page of pages) {
      const list = await idsOf(page);
      ids.set(`/${page}`.replace(/index\.html$/, ''), new Set(list));
      for (const id of new Set(list.filter((id, i) => list.indexOf(id) !== i))) duplicates.push(`${page}: #${id}`);
    }
    expect(duplicates).toEqual([]);
    const actions = ids.get('/actions/')!;
    expect([...actions].filter((id) => id.startsWith('action-a01'))).toEqual(['action-a01', 'action-a01-2']);
    // Every link to a fragment on another page (or this one) lands on an element.
    const missing: string[] = [];
    for (const page of pages) {
      const html = await readFile(path.join(outDir, page), 'utf8');
      const here = `/${page}`.replace(/index\.html$/, '');
      for (const [, target, fragment] of html.matchAll(/href="(\/[^"#]*)?#([^"]+)"/g)) {
        if (!ids.get(target ?? here)?.has(decodeURIComponent(fragment!))) missing.push(`${page} → ${target ?? ''}#${fragment}`);
      }
    }
    expect(missing).toEqual([]);
  }, 180_000);
});
