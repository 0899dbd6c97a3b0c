// The day of the build as the edge resolved it (src/site/build-date.ts, in astro.config.mjs), handed to the
// pages' loader so that `npm run dev` and the build check the quarters against the same day as validate.
// undefined outside Astro (unit tests), where the caller gives the day itself.
const given: unknown = import.meta.env?.SCORECARD_TODAY;
export const buildToday: string | undefined = typeof given === 'string' && given !== '' ? given : undefined;
