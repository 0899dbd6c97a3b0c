// The day of the build: SCORECARD_TODAY when set (tests fix it with this), else the date in England.
import { describe, expect, it } from 'vitest';
import { dateInEngland, resolveBuildDate } from '../../../src/site/build-date.ts';

describe('the day of the build', () => {
  it('is SCORECARD_TODAY when it is a real date', () => {
    expect(resolveBuildDate({ SCORECARD_TODAY: '2026-12-06' })).toEqual({ ok: true, date: '2026-12-06' });
    expect(resolveBuildDate({ SCORECARD_TODAY: ' 2026-04-01 ' })).toEqual({ ok: true, date: '2026-04-01' });
  });

  it('is the date in England when SCORECARD_TODAY is not set or blank', () => {
    const now = new Date('2026-03-31T23:30:00Z'); // half past midnight on 1 April, British Summer Time
    expect(resolveBuildDate({}, now)).toEqual({ ok: true, date: '2026-04-01' });
    expect(resolveBuildDate({ SCORECARD_TODAY: '' }, now)).toEqual({ ok: true, date: '2026-04-01' });
    expect(dateInEngland(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });

  it.each(['6/12/2026', '2026-13-01', '2026-02-30', 'today'])('refuses SCORECARD_TODAY=%s, saying how to write it', (given) => {
    const result = resolveBuildDate({ SCORECARD_TODAY: given }, new Date('2026-12-06T12:00:00Z'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toContain(`SCORECARD_TODAY is "${given}"`);
    if (!result.ok) expect(result.problem).toContain('YYYY-MM-DD');
  });
});
