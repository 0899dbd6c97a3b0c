// History that no commit can forge, built for real: the demo data in a new git repository whose commits carry
// hostile messages (a second line naming a child, the old record separators with a fake commit after them,
// right-to-left overrides and terminal escapes, a pasted essay). The changes page, /api/changes.json, the
// scorecard API and the Atom feed publish each as one ordinary first line, and no commit that does not exist.
// A commit whose date git cannot give properly stops the build with a located message, and no stack trace.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { DOMParser } from 'linkedom';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { dataWithCorrection } from '../../scripts/lib/history-repo.ts';
import { MAX_MESSAGE_LENGTH } from '../../src/load/git-log.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const gitEnv = { GIT_CEILING_DIRECTORIES: tmpdir() };
const cleanup: string[] = [];

afterAll(async () => {
  for (const dir of cleanup) await rm(dir, { recursive: true, force: true });
});

async function build(dataDir: string, outDir: string) {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(root, 'scripts', 'build.ts')], {
      cwd: root,
      env: { ...process.env, ...gitEnv, DATA_DIR: dataDir, OUT_DIR: outDir, SITE_URL: 'https://scorecard.example.org' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

/** The newest quarter of the demo data and the figures in it that are values alone (no numerator or denominator). */
async function demoQuarter() {
  const names = (await readdir(path.join(root, 'data', 'quarters'))).filter((n) => /^\d{4}-\d{2}-Q\d\.csv$/.test(n)).sort();
  const newest = names[names.length - 1]!.replace(/\.csv$/, '');
  const rows = Papa.parse<Record<string, string>>(await readFile(path.join(root, 'data', 'quarters', `${newest}.csv`), 'utf8'), { header: true, skipEmptyLines: true }).data;
  const plain = rows.filter((r) => /^-?\d+(\.\d+)?$/.test(r['value'] ?? '') && !r['numerator'] && !r['denominator']).map((r) => r['indicator_id']!);
  return { newest, plain };
}

const CHILD = 'Jane Doe (child 4471)';
const FAKE = 'f'.repeat(40);
const PUBLISH = `Publish the new quarter\nMoved: ${CHILD} to a new placement`;
const FORGED = `Correct a late return\u001e${FAKE}\u001fdeadbee\u001f2020-01-01\u001fForged commit`;
const HIDDEN = 'Correct \u202Edetalsnart\u202C figure \u001b[31mnow\u001b[0m\u009b2J ok\u0007';
const ESSAY = `Correct ${'a very long reason '.repeat(300)}`;
const EXPECTED = {
  publish: 'Publish the new quarter',
  forged: `Correct a late return${FAKE}deadbee2020-01-01Forged commit`,
  hidden: 'Correct detalsnart figure [31mnow[0m2J ok',
  essay: `${ESSAY.slice(0, MAX_MESSAGE_LENGTH - 1).trimEnd()}…`,
};

function git(cwd: string, args: string[], date: string, env: NodeJS.ProcessEnv = {}) {
  return execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...gitEnv, GIT_AUTHOR_NAME: 'Performance team', GIT_AUTHOR_EMAIL: 'p@example.gov.uk', GIT_COMMITTER_NAME: 'Performance team', GIT_COMMITTER_EMAIL: 'p@example.gov.uk', GIT_AUTHOR_DATE: `${date}T09:00:00Z`, GIT_COMMITTER_DATE: `${date}T09:00:00Z`, ...env },
  });
}

/** Changes one plain figure of the newest quarter and commits it with `message`. */
async function correct(repo: string, dataDir: string, newest: string, indicatorId: string, message: string, date: string, env?: NodeJS.ProcessEnv) {
  const file = path.join(dataDir, 'quarters', `${newest}.csv`);
  const lines = (await readFile(file, 'utf8')).split('\n');
  const at = lines.findIndex((l) => l.startsWith(`${indicatorId},`));
  const cells = lines[at]!.split(',');
  cells[1] = String(Math.round((Number(cells[1]) + 1.7) * 10) / 10);
  lines[at] = cells.join(',');
  await writeFile(file, lines.join('\n'));
  git(repo, ['commit', '-q', '-a', '-m', message], date, env);
}

describe('commit messages crafted to forge or leak history', () => {
  it('publish as one ordinary first line each, without hidden characters, on the changes page, in the JSON and in the feed', async () => {
    const { newest, plain } = await demoQuarter();
    expect(plain.length).toBeGreaterThanOrEqual(3);
    const data = await dataWithCorrection(path.join(root, 'data'), {
      newest, indicatorId: plain[0]!, message: FORGED, publishMessage: PUBLISH, env: gitEnv,
      dates: { earlier: '2025-11-10', published: '2026-02-03', corrected: '2026-03-12' },
    });
    cleanup.push(data.repo);
    await correct(data.repo, data.dataDir, newest, plain[1]!, HIDDEN, '2026-03-13');
    await correct(data.repo, data.dataDir, newest, plain[2]!, ESSAY, '2026-03-14');
    const realHashes = new Set(git(data.repo, ['log', '--format=%h'], '2026-03-14').trim().split('\n'));

    const outDir = path.join(await mkdtemp(path.join(tmpdir(), 'scorecard-hostile-history-')), 'site');
    cleanup.push(path.dirname(outDir));
    const built = await build(data.dataDir, outDir);
    expect(built.code, built.output).toBe(0);
    const page = (file: string) => readFile(path.join(outDir, file), 'utf8');

    // The JSON: exactly the commits that exist, each with its message's first line, cleaned.
    const changes = JSON.parse(await page('api/changes.json')) as { changes: { type: string; indicator_id: string | null; commit: string; date: string; message: string }[] };
    expect(changes.changes.every((c) => realHashes.has(c.commit))).toBe(true);
    expect(changes.changes.some((c) => c.date === '2020-01-01')).toBe(false);
    const revisionMessages = new Map(changes.changes.filter((c) => c.type === 'revision').map((c) => [c.indicator_id, c.message]));
    expect(Object.fromEntries(revisionMessages)).toEqual({ [plain[0]!]: EXPECTED.forged, [plain[1]!]: EXPECTED.hidden, [plain[2]!]: EXPECTED.essay });
    expect(Array.from(EXPECTED.essay)).toHaveLength(MAX_MESSAGE_LENGTH);
    expect(changes.changes.find((c) => c.type === 'first_publication' && c.commit === data.publishedHash)?.message).toBe(EXPECTED.publish);
    const scorecard = JSON.parse(await page(`api/scorecard/${newest}.json`)) as { indicators: { id: string; revisions: { message: string }[] }[] };
    expect(scorecard.indicators.find((r) => r.id === plain[1])?.revisions.map((v) => v.message)).toEqual([EXPECTED.publish]);

    // Every published form: the messages as expected, and nothing of the second line or the hidden characters.
    const changesPage = new DOMParser().parseFromString(await page('changes/index.html'), 'text/html');
    const cells = [...changesPage.querySelectorAll('tr[data-change]')].map((row) => row.textContent ?? '');
    for (const message of Object.values(EXPECTED)) expect(cells.some((cell) => cell.includes(message)), message).toBe(true);
    const feed = new DOMParser().parseFromString(await page('changes.xml'), 'text/xml');
    const summaries = [...feed.querySelectorAll('entry > summary')].map((s) => s.textContent ?? '');
    expect(summaries).toHaveLength(changes.changes.length);
    for (const message of Object.values(EXPECTED)) expect(summaries.some((s) => s.startsWith(`${message} (version `)), message).toBe(true);
    for (const file of ['changes/index.html', 'api/changes.json', 'changes.xml', `api/scorecard/${newest}.json`, 'index.html', `indicators/${plain[1]}/index.html`]) {
      const text = await page(file);
      expect(text, file).not.toContain('Jane Doe');
      expect(text, file).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    }
  }, 240_000);
});

describe('a commit whose date git cannot give properly', () => {
  it('stops the build with the commit named and how to correct it, no stack trace, and nothing written', async () => {
    const { newest, plain } = await demoQuarter();
    const data = await dataWithCorrection(path.join(root, 'data'), {
      newest, indicatorId: plain[0]!, message: 'Correct a figure', env: gitEnv,
      dates: { earlier: '2025-11-10', published: '2026-02-03', corrected: '2026-03-12' },
    });
    cleanup.push(data.repo);
    // A clock far in the future: git stores it, and gives the date as 3170843-11-07.
    await correct(data.repo, data.dataDir, newest, plain[1]!, 'Correct another figure\nwith a second line', '2026-03-13', { GIT_COMMITTER_DATE: '@99999999999999 +0000' });
    const hash = git(data.repo, ['log', '-1', '--format=%h'], '2026-03-13').trim();

    const outDir = path.join(await mkdtemp(path.join(tmpdir(), 'scorecard-undated-history-')), 'site');
    cleanup.push(path.dirname(outDir));
    const built = await build(data.dataDir, outDir);
    expect(built.code).toBe(1);
    expect(built.output).toContain(
      `The data's version history: commit ${hash} ("Correct another figure") cannot be published: git gives its date as "3170843-11-07", which is not a date written YYYY-MM-DD. ` +
      'The site dates each published figure and each change to it by its commit, so it would show a wrong date. ' +
      'As it is the newest commit, correct its date with git commit --amend --no-edit (which dates it now), then build again.');
    expect(built.output).not.toMatch(/^\s+at /m);
    expect(built.output).not.toContain('with a second line');
    // Nothing written (an earlier site in its place is kept the same way: tests/unit/publish.test.ts).
    expect(existsSync(outDir)).toBe(false);
  }, 240_000);
});
