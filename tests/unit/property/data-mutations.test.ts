// Property: whatever happens to the data files (bytes flipped, lines shuffled, columns moved, files saved in
// the wrong encoding, numbers written as NaN or 1e309, JSON nested 5,000 deep, YAML anchors and tags), loading
// the folder ends in either a dataset or a list of located problems: never an exception, never a hang.
//
// Each case is loaded in a worker thread, so a case that loops forever is stopped and reported (a timer in
// this thread could never fire while a loop held it). Seeded and bounded for CI; see settings.ts to search harder.
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixture, writeTree } from '../../support/data-folder.ts';
import type { LoadOutcome, LoadReply } from './load-worker.ts';
import { applyMutation, describeMutation, fileNames, folderMutation, mutationFor, type DataTree, type Mutation } from './mutations.ts';
import { parameters, searchingHard } from './settings.ts';

/** Longest a single load may take; generous, as a case normally takes a few milliseconds. */
const TIME_LIMIT_MS = Number(process.env['PROPERTY_TIMEOUT_MS'] ?? 2000);
/** Cases per file in CI, and cases of folder-level damage. */
const RUNS_PER_FILE = 30;
const FOLDER_RUNS = 60;
const TEST_TIMEOUT_MS = searchingHard ? 24 * 60 * 60 * 1000 : 60_000;

/** One worker thread that loads data folders; replaced when a case overruns and has to be stopped. */
class Loader {
  #worker: Worker | null = null;
  #nextId = 0;

  #start(): Worker {
    this.#worker ??= new Worker(new URL('./load-worker.ts', import.meta.url));
    return this.#worker;
  }

  async load(dataDir: string, limitMs: number): Promise<LoadOutcome | { kind: 'timeout' }> {
    const worker = this.#start();
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        cleanUp();
        // terminate() interrupts even a loop that never yields.
        void worker.terminate();
        this.#worker = null;
        resolve({ kind: 'timeout' });
      }, limitMs);
      const onMessage = (reply: LoadReply) => {
        if (reply.id !== id) return;
        cleanUp();
        resolve(reply.outcome);
      };
      const onError = (error: Error) => {
        cleanUp();
        this.#worker = null;
        reject(error);
      };
      const cleanUp = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage({ id, dataDir });
    });
  }

  async close(): Promise<void> {
    await this.#worker?.terminate();
    this.#worker = null;
  }
}

const fixture = readFixture();
const names = fileNames(fixture);
const loader = new Loader();
let scratch = '';
let caseNumber = 0;

beforeAll(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), 'scorecard-property-'));
  // Warm the worker up (module loading) so the time limit measures loading data, not starting Node.
  const dir = path.join(scratch, 'fixture');
  mkdirSync(dir);
  writeTree(dir, fixture);
  const outcome = await loader.load(dir, 60_000);
  if (outcome.kind !== 'resolved' || !outcome.hasDataset) {
    throw new Error(`the unmutated fixture should load cleanly, but: ${JSON.stringify(outcome, null, 2)}`);
  }
}, 120_000);

afterAll(async () => {
  await loader.close();
  if (scratch !== '') rmSync(scratch, { recursive: true, force: true });
});

function decoded(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

/** How many lines a file can have, counted generously (\r\n, \r and \n each end a line). */
function lineCount(bytes: Uint8Array): number {
  const text = decoded(bytes);
  return (text.match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
}

function describeCase(tree: DataTree, mutations: readonly Mutation[]): string {
  let current = fixture;
  const lines: string[] = [];
  for (const mutation of mutations) {
    lines.push(`  - ${describeMutation(current, mutation)}`);
    current = applyMutation(current, mutation);
  }
  const changed = [...tree].filter(([name, content]) => fixture.get(name) !== content);
  const shown = changed.map(([name, content]) => {
    if (content === 'folder') return `  ${name}: (a folder)`;
    const text = JSON.stringify(decoded(content.subarray(0, 300)));
    return `  ${name} (${content.length} bytes) starts ${text}`;
  });
  return ['mutations:', ...lines, 'changed files:', ...shown].join('\n');
}

/** Loads the mutated folder and checks the outcome; throws with a full description of the case when it fails. */
async function checkCase(mutations: readonly Mutation[]): Promise<void> {
  const tree = mutations.reduce(applyMutation, fixture);
  const dir = path.join(scratch, `case-${caseNumber++}`);
  mkdirSync(dir);
  writeTree(dir, tree);
  try {
    const outcome = await loader.load(dir, TIME_LIMIT_MS);
    const fail = (problem: string): never => {
      throw new Error(`${problem}\n${describeCase(tree, mutations)}`);
    };
    if (outcome.kind === 'timeout') fail(`loadDataset did not finish within ${TIME_LIMIT_MS} ms (a hang, or far too slow)`);
    if (outcome.kind === 'rejected') fail(`loadDataset threw instead of reporting a problem:\n${outcome.error}`);
    if (outcome.kind !== 'resolved') return;
    if (outcome.milliseconds > TIME_LIMIT_MS) fail(`loadDataset took ${Math.round(outcome.milliseconds)} ms, over the ${TIME_LIMIT_MS} ms limit`);
    if (!outcome.hasDataset && outcome.issues.length === 0) fail('loadDataset returned neither a dataset nor any problem');
    if (outcome.hasDataset && outcome.issues.length > 0) fail('loadDataset returned a dataset although it found problems');
    const everything = [...tree.values()].map((content) => (content === 'folder' ? '' : decoded(content))).join('\n');
    for (const item of outcome.issues) {
      const where = `problem ${JSON.stringify(item)}`;
      if (typeof item.file !== 'string' || item.file.trim() === '') fail(`${where} does not name a file`);
      if (item.file.startsWith('/') || item.file.includes('\\')) fail(`${where} names its file by an absolute or backslash path`);
      if (typeof item.message !== 'string' || item.message.trim() === '') fail(`${where} has no message`);
      // A message quoting a value that is in no file was built from a missing or unparsed value (`${undefined}`).
      // (YAML reads `.nan` as NaN, so a message may fairly call that the number NaN.)
      for (const slip of ['undefined', '[object Object]', '[native code]', 'NaN']) {
        if (item.message.includes(slip) && !everything.toLowerCase().includes(slip.toLowerCase())) {
          fail(`${where} says "${slip}", which is not in the data: a message built from a missing value`);
        }
      }
      if (item.column !== null && (typeof item.column !== 'string' || item.column.trim() === '')) fail(`${where} has an empty column`);
      if (item.column !== null && item.line === null) fail(`${where} names a column but no line`);
      if (item.line !== null) {
        if (!Number.isInteger(item.line) || item.line < 1) fail(`${where} has line ${item.line}, which is not a line number`);
        const content = tree.get(item.file);
        if (content instanceof Uint8Array && item.line > lineCount(content)) {
          fail(`${where} is on line ${item.line}, but ${item.file} has only ${lineCount(content)} lines`);
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('loading a damaged data folder ends in a dataset or located problems, never an exception or a hang', () => {
  describe.each(names.map((name, index) => ({ name, index })))('$name', ({ name, index }) => {
    it('survives random damage to this file', async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(mutationFor(name, index), { minLength: 1, maxLength: 3 }), checkCase),
        parameters(RUNS_PER_FILE),
      );
    }, TEST_TIMEOUT_MS);
  });

  it('survives files removed, added, renamed or replaced by folders, with damage to several files', async () => {
    const fileDamage = fc.nat(names.length - 1).chain((index) => mutationFor(names[index]!, index));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(folderMutation(names.length), fileDamage), { minLength: 1, maxLength: 5 }),
        checkCase,
      ),
      parameters(FOLDER_RUNS),
    );
  }, TEST_TIMEOUT_MS);
});

describe('the mutations themselves', () => {
  it('change the files they are aimed at', () => {
    const csvName = 'indicators.csv';
    const index = names.indexOf(csvName);
    const mutated = applyMutation(fixture, { kind: 'csv-set-cell', file: index, row: 1, column: 4, value: 'NaN' });
    expect(decoded(mutated.get(csvName) as Uint8Array)).toContain('NaN');
    const encoded = applyMutation(fixture, { kind: 're-encode', file: index, encoding: 'utf16le-bom' }).get(csvName) as Uint8Array;
    expect([encoded[0], encoded[1]]).toEqual([0xff, 0xfe]);
    const jsonIndex = names.indexOf('site.json');
    const deep = applyMutation(fixture, { kind: 'json-replace-value', file: jsonIndex, path: 1, token: '['.repeat(5000) });
    expect(decoded(deep.get('site.json') as Uint8Array)).toContain('['.repeat(5000));
  });
});
