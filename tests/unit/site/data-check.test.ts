// npm run dev prints the data's warnings and problems when it starts, and again after a data file changes.
import { EventEmitter } from 'node:events';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataCheck } from '../../../src/site/data-check.ts';

const root = path.resolve(import.meta.dirname, '../../..');
let dataDir: string | undefined;

afterEach(async () => {
  vi.unstubAllEnvs();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

function fakeServer() {
  const watcher = Object.assign(new EventEmitter(), { watched: [] as string[], add(dir: string) { this.watched.push(dir); } });
  const logged: string[] = [];
  const logger = {
    info: (text: string) => logged.push(`info: ${text}`),
    warn: (text: string) => logged.push(`warn: ${text}`),
    error: (text: string) => logged.push(`error: ${text}`),
  };
  return { watcher, logged, logger };
}

describe('the data check in npm run dev', () => {
  it('says the data is valid at start, then prints a warning on its cell after a file changes', async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'scorecard-dev-'));
    await cp(path.join(root, 'data'), dataDir, { recursive: true });
    vi.stubEnv('DATA_DIR', dataDir);
    const { watcher, logged, logger } = fakeServer();
    const setup = dataCheck().hooks['astro:server:setup'] as unknown as (options: object) => void;
    setup({ server: { watcher }, logger });
    expect(watcher.watched).toEqual([dataDir]);
    await vi.waitFor(() => expect(logged).toEqual(['info: The data is valid, with no warnings.']), { timeout: 20_000 });

    // The demo's latest agency rate (whatever the demo says), pasted as a fraction.
    const file = path.join(dataDir, 'quarters', '2025-26-Q3.csv');
    const lines = (await readFile(file, 'utf8')).split('\n');
    const line = lines.findIndex((l) => l.startsWith('agency-social-workers,')) + 1;
    const written = lines[line - 1]!.split(',')[1]!;
    const fraction = String(Number((Number(written) / 100).toPrecision(12)));
    lines[line - 1] = lines[line - 1]!.replace(`,${written},`, `,${fraction},`);
    await writeFile(file, lines.join('\n'));
    watcher.emit('all', 'change', file);
    await vi.waitFor(() => expect(logged).toHaveLength(3), { timeout: 20_000 });
    expect(logged[1]).toMatch(new RegExp(`^warn: Warning: quarters/2025-26-Q3\\.csv, line ${line}, column B \\(value\\): `));
    expect(logged[1]!.endsWith(`If ${fraction} was meant as ${written}%, write ${written}.`)).toBe(true);
    expect(logged[2]).toBe('info: The data is valid, with 1 warning.');
  }, 60_000);
});
