// @ts-check
// npm run dev, astro check and astro preview. A build (scripts/build.ts) makes the same configuration itself, from
// the same settings, and hands the pages the data it has already read (scripts/lib/astro-config.ts).
import { defineConfig } from 'astro/config';
import { astroConfig, pinTimeZone } from './scripts/lib/astro-config.ts';
import { resolveConfig } from './scripts/lib/config.ts';

pinTimeZone();
const resolved = resolveConfig(process.env, [], { mode: 'dev' });
if (!resolved.ok) throw new Error(`A setting has a problem:\n${resolved.problems.join('\n')}`);

export default defineConfig(astroConfig(resolved.config));
