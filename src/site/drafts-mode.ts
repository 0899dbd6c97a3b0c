// Whether this build shows the draft quarters (site.json "drafts"). The build script sets the variable for a
// preview (`npm run build -- --drafts`); `npm run dev` always shows them, as officers preview there.

/** The variable scripts/build.ts sets to 1 for a preview build. */
export const DRAFTS_VARIABLE = 'SCORECARD_DRAFTS';

export function showsDrafts(): boolean {
  return import.meta.env.DEV || process.env[DRAFTS_VARIABLE] === '1';
}
