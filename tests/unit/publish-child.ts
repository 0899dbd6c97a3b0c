// Run by publish.test.ts in a child process: publishes `folder` into `outDir` and kills itself with SIGKILL
// straight after `step`, as a power cut or a killed CI job would.
import { publish, storeFor, type PublishStep } from '../../scripts/lib/publish.ts';

const [outDir, folder, step] = process.argv.slice(2) as [string, string, PublishStep];
await publish(storeFor(outDir), folder, (reached) => {
  if (reached === step) process.kill(process.pid, 'SIGKILL');
});
