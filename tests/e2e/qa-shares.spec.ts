// One base, named, and one rounding for every share of audits a quality assurance page states: the opening
// sentence and the "At a glance" tiles must give each pass line (and lowest grade) the same percentage, with the
// count of graded audits it is of next to it. The expected bases come from the published audit JSON.
import { expect, test } from './fixtures.ts';

interface Share {
  label: string;
  count: number;
  total: number;
}
interface AuditsJson {
  period: string;
  totals: { headlines: Share[]; lowest_grade: (Share & { scale: string })[] };
}

const PERCENT = /([<>]?\d+(?:\.\d+)?%)/g;

/** A percentage that is a target ("the 65% target", "(target 50%)") is not a share of audits. */
function isTarget(clause: string, at: number, length: number): boolean {
  return /^\s*target\b/i.test(clause.slice(at + length)) || /\btarget\s*(?:of\s*)?$/i.test(clause.slice(0, at));
}

/** Where each pass line or lowest grade is named in a clause, longest words first ("meets good or better" before "good or better"). */
function labelsIn(clause: string, labels: readonly string[]): { label: string; at: number }[] {
  const found: { label: string; at: number; end: number }[] = [];
  const lower = clause.toLowerCase();
  for (const label of [...labels].sort((a, b) => b.length - a.length)) {
    for (let at = lower.indexOf(label); at !== -1; at = lower.indexOf(label, at + 1)) {
      const end = at + label.length;
      if (!found.some((f) => at < f.end && end > f.at)) found.push({ label, at, end });
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

test('every quarter’s quality assurance page states each pass line on one base, named, with the same percentage in its opening and its tiles', async ({ page }) => {
  test.setTimeout(90_000);
  let path: string | null = '/quality/';
  let quarters = 0;
  let openingShares = 0;
  while (path) {
    await page.goto(path);
    const href = await page.getByRole('link', { name: /audits \(JSON\)/ }).getAttribute('href');
    const audits = (await (await page.request.get(href!)).json()) as AuditsJson;
    const where = audits.period;

    // The tiles: the big figure, the words, and the base as "54 of 85 graded audits (64%)".
    const shares = new Map<string, { share: Share; percent: string }>();
    const tiles = [
      ...audits.totals.headlines.filter((h) => h.total > 0).map((h) => ({ share: h, tile: page.locator(`[data-fact="good"][data-headline="${h.label}"]`) })),
      ...audits.totals.lowest_grade.filter((l) => l.total > 0).map((l) => ({ share: l as Share, tile: page.locator(`[data-fact="lowest"][data-scale="${l.scale}"]`) })),
    ];
    for (const { share, tile } of tiles) {
      const percent = (await tile.locator('.summary__count').innerText()).trim();
      const base = (await tile.locator('.muted').innerText()).trim();
      expect(base, `${where}, ${share.label} tile`).toContain(`${share.count} of ${share.total} graded audit`);
      expect(base.match(PERCENT) ?? [], `${where}, ${share.label} tile: the base gives the tile's own percentage`).toEqual([percent]);
      shares.set(share.label.toLowerCase(), { share, percent });
    }

    // The opening (every lede paragraph above "At a glance"): each share stated for a pass line or lowest
    // grade has that line's tile percentage, with the count of graded audits it is of next to it.
    const opening = (await page.locator('main p.lede').allInnerTexts()).join(' ').replace(/\s+/g, ' ');
    for (const clause of opening.split(/(?<=\.)\s+|;\s*/)) {
      const named = labelsIn(clause, [...shares.keys()]);
      for (const match of clause.matchAll(PERCENT)) {
        if (isTarget(clause, match.index, match[0].length)) continue;
        // The share is of the line named after it ("65% of audits were graded good or better") or, failing
        // that, before it ("Good or better: 54 of 85 graded audits (64%)").
        const line = named.find((n) => n.at > match.index) ?? named.filter((n) => n.at < match.index).at(-1);
        if (!line) continue;
        const { share, percent } = shares.get(line.label)!;
        expect(match[0], `${where}: "${clause}" states ${line.label} as its tile does`).toBe(percent);
        expect(clause, `${where}: "${clause}" names the base of ${match[0]}`).toContain(`of ${share.total} graded audit`);
        openingShares += 1;
      }
    }

    quarters += 1;
    const previous = page.locator('main a[rel="prev"]');
    path = (await previous.count()) > 0 ? await previous.first().getAttribute('href') : null;
    if (quarters > 60) throw new Error('The previous-quarter links loop.');
  }
  expect(quarters).toBeGreaterThan(1);
  // The openings must actually state the shares, or the test would prove nothing.
  expect(openingShares).toBeGreaterThanOrEqual(quarters);
});
