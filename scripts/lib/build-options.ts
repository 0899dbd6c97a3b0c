// What `npm run build` was asked for. `--drafts` makes a preview with the draft quarters (site.json "drafts"),
// written to preview/ rather than dist/ so that a preview is never uploaded as the published site by mistake.
// `--verbose` adds Astro's log of every route it writes; without it the build says only what an officer acts on.
import { parseArgs } from 'node:util';

export interface BuildOptions {
  /** A preview build: drafts shown, with a banner, and turned away from search engines. */
  preview: boolean;
  /** The output folder as given (OUT_DIR, else preview or dist), relative to the project. */
  outDir: string;
  /** Astro's full log (every route written) as well as the build's own report. */
  verbose: boolean;
}

export const USAGE = 'Usage: npm run build (the published site, in dist/) or npm run build -- --drafts (a preview with the draft quarters, in preview/); add --verbose to list every page written.';

/** The options, or a message saying what was wrong with the command. */
export function buildOptions(args: readonly string[], env: Readonly<Record<string, string | undefined>>): BuildOptions | { problem: string } {
  let preview: boolean;
  let verbose: boolean;
  try {
    const { values } = parseArgs({ args: [...args], options: { drafts: { type: 'boolean' }, verbose: { type: 'boolean' } }, allowPositionals: false, strict: true });
    preview = values.drafts === true;
    verbose = values.verbose === true;
  } catch (error) {
    return { problem: `${error instanceof Error ? error.message : String(error)}\n${USAGE}` };
  }
  const outDir = env['OUT_DIR']?.trim() || (preview ? 'preview' : 'dist');
  return { preview, outDir, verbose };
}
