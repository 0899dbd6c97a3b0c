// The build's date ("today"): the data is checked against it (no action completed in the future). It is the
// date in England when the build runs, unless SCORECARD_TODAY gives one (tests, or checking the data as of a
// day). Resolved once at the edge (scripts/lib/config.ts) and passed down.

/** The variable that sets the build's date, `YYYY-MM-DD`. */
export const TODAY_VARIABLE = 'SCORECARD_TODAY';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` in England (a council's day, whatever the computer's time zone). */
export function dateInEngland(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

function isRealDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export type BuildDate = { ok: true; date: string } | { ok: false; problem: string };

/** SCORECARD_TODAY when set (blank counts as not set), else today's date in England. */
export function resolveBuildDate(env: Readonly<Record<string, string | undefined>>, now: Date = new Date()): BuildDate {
  const given = env[TODAY_VARIABLE]?.trim();
  if (given === undefined || given === '') return { ok: true, date: dateInEngland(now) };
  if (isRealDate(given)) return { ok: true, date: given };
  return { ok: false, problem: `${TODAY_VARIABLE} is "${given}", which is not a date. Write it as YYYY-MM-DD, e.g. 2026-01-15, or remove it to use today's date.` };
}

