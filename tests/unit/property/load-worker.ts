// Runs loadDataset in a worker thread, so the property test can stop a case that hangs (a runaway regular
// expression or loop never gives the event loop back, so a timer in the same thread could not fire).
// Messages in: { id, dataDir }. Messages out: { id, outcome }.
import { parentPort } from 'node:worker_threads';
import { loadDataset } from '../../../src/load/dataset.ts';
import type { ValidationIssue } from '../../../src/load/issue.ts';

export interface LoadRequest {
  id: number;
  dataDir: string;
}

export type LoadOutcome =
  | { kind: 'resolved'; hasDataset: boolean; issues: ValidationIssue[]; milliseconds: number }
  | { kind: 'rejected'; error: string; milliseconds: number };

export interface LoadReply {
  id: number;
  outcome: LoadOutcome;
}

const port = parentPort;
if (port === null) throw new Error('load-worker.ts must run in a worker thread');

port.on('message', async ({ id, dataDir }: LoadRequest) => {
  const started = performance.now();
  let outcome: LoadOutcome;
  try {
    const { dataset, issues } = await loadDataset(dataDir);
    outcome = { kind: 'resolved', hasDataset: dataset !== null, issues, milliseconds: performance.now() - started };
  } catch (error) {
    const text = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
    outcome = { kind: 'rejected', error: text, milliseconds: performance.now() - started };
  }
  port.postMessage({ id, outcome } satisfies LoadReply);
});
