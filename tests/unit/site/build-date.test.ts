// The day of the build: SCORECARD_TODAY when set (tests fix it with this), else the date in the UK.
import { describe, expect, it } from 'vitest';
import { resolveBuildDate, ukDate } from '../../../src/site/build-date.ts';

describe('the day of the build', () => {
  it('is SCORECARD_TODAY when it is a real date', () => {
    expect(resolveBuildDate({ SCORECARD_TODAY: '2026-12-06' })).toEqual({ ok: true, today: '2026-12-06' });
    expect(resolveBuildDate({ SCORECARD_TODAY: ' 2026-04-01 ' })).toEqual({ ok: true, today: '2026-04-01' });
  });

  it('is the date in the UK when SCORECARD_TODAY is not set or blank', () => {
    const now = new Date('2026-03-31T23:30:00Z'); // half past midnight on 1 April, British Summer Time
    expect(resolveBuildDate({}, now)).toEqual({ ok: true, today: '2026-04-01' });
    expect(resolveBuildDate({ SCORECARD_TODAY: '' }, now)).toEqual({ ok: true, today: '2026-04-01' });
    expect(ukDate(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });

  it.each(['6/12/2026', '2026-13-01', '2026-02-30', 'today'])('refuses SCORECARD_TODAY=%s, saying how to write it', (given) => {
    const result = resolveBuildDate({ SCORECARD_TODAY: given }, new Date('2026-12-06T12:00:00Z'));
    expect(result).toEqual({
      ok: false,
      problem: `SCORECARD_TODAY is "${given}", which is not a real date written YYYY-MM-DD. It sets the day of the build, which decides which quarters have ended: ` +
        'write it like SCORECARD_TODAY=2026-12-06, or remove it to use today\'s date.',
    });
  });
});
