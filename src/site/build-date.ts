// The day of the build, which the period checks measure quarters against (a quarter that has not ended is a
// draft or nothing). Resolved once, at the edge (scripts/validate.ts, scripts/build.ts, astro.config.mjs), from
// SCORECARD_TODAY when it is set, so that tests and a re-run of an old build can fix it, else from the clock,
// as the date in the UK, where the councils and their quarters are. A plain function with no Astro in it.
import { dateProblem } from '../load/dates.ts';

/** The variable that sets the day of the build, `YYYY-MM-DD`. */
export const TODAY_VARIABLE = 'SCORECARD_TODAY';

const UK_DATE = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** `YYYY-MM-DD` for the day `now` falls on in the UK. */
export function ukDate(now: Date): string {
  const part = (type: string) => UK_DATE.formatToParts(now).find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export type BuildDate = { ok: true; today: string } | { ok: false; problem: string };

/** The day of the build from `SCORECARD_TODAY` (blank counts as not set), else from `now`. */
export function resolveBuildDate(env: Readonly<Record<string, string | undefined>>, now: Date = new Date()): BuildDate {
  const given = env[TODAY_VARIABLE]?.trim();
  if (given === undefined || given === '') return { ok: true, today: ukDate(now) };
  if (dateProblem(given) !== '') {
    return {
      ok: false,
      problem: `${TODAY_VARIABLE} is "${given}", which is not a real date written YYYY-MM-DD. It sets the day of the build, which decides which quarters have ended: ` +
        `write it like ${TODAY_VARIABLE}=${ukDate(now)}, or remove it to use today's date.`,
    };
  }
  return { ok: true, today: given };
}
