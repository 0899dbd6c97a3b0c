// Checks the GitHub Actions workflows with actionlint (scripts/lib/workflow-lint.ts): the site's own, and the
// example for a data repository in docs/. Part of npm test (tests/unit/workflow.test.ts).
//   npm run lint:workflows
import path from 'node:path';
import { lintWorkflows, workflowFiles } from './lib/workflow-lint.ts';

const root = path.resolve(import.meta.dirname, '..');
const files = [...await workflowFiles(path.join(root, '.github', 'workflows')), ...await workflowFiles(path.join(root, 'docs', 'workflows'))];
const messages = await lintWorkflows(files, root);
for (const message of messages) console.error(message);
if (messages.length > 0) {
  console.error(`\nactionlint found ${messages.length} problem${messages.length === 1 ? '' : 's'} in the workflows. Fix ${messages.length === 1 ? 'it' : 'them'}: GitHub would stop the workflow on ${messages.length === 1 ? 'it' : 'them'}.`);
  process.exitCode = 1;
} else {
  console.log(`actionlint: no problems in ${files.map((file) => path.relative(root, file)).join(', ')}.`);
}
