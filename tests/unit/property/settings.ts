// How hard the property-based tests try. CI runs a small, fixed number of cases from a fixed seed, so a run is
// quick and repeatable; set the environment variables to search much harder locally, e.g.
//
//   PROPERTY_RUNS=1000 npx vitest run tests/unit/property
//   PROPERTY_SEED=12345 PROPERTY_RUNS=1000 npx vitest run tests/unit/property/data-mutations.test.ts
//
// A failure prints the seed and the path of the failing case; rerun with the same PROPERTY_SEED (fast-check's
// own output also shows `seed` and `path`) to reproduce it.
import type { Parameters } from 'fast-check';

/** The seed every property uses unless PROPERTY_SEED is set. */
export const DEFAULT_SEED = 20_251_123;

function integerFromEnv(name: string): number | null {
  const text = process.env[name]?.trim();
  if (!text) return null;
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new Error(`${name} must be a whole number, not "${text}"`);
  return value;
}

export const seed = integerFromEnv('PROPERTY_SEED') ?? DEFAULT_SEED;

/** PROPERTY_RUNS when set (the local "search hard" mode), otherwise the CI bound given by each test. */
export function runs(ciRuns: number): number {
  const configured = integerFromEnv('PROPERTY_RUNS');
  return configured !== null && configured > 0 ? configured : ciRuns;
}

/** True when PROPERTY_RUNS asks for more cases than CI runs; used to scale test timeouts. */
export const searchingHard = (integerFromEnv('PROPERTY_RUNS') ?? 0) > 0;

/** fast-check parameters for a property: seeded, bounded, and with the whole counterexample in the report. */
export function parameters<T>(ciRuns: number): Parameters<T> {
  return { seed, numRuns: runs(ciRuns), verbose: 1, endOnFailure: false };
}
