// A council like Nottinghamshire in 2013/14 (seed 003) reads on the built site as its report did: each service's
// share on its own pass line ("82% adequate or good"), no share added across scales, moderation not reported,
// the family support audits done but not graded, and Targeted Support against quarter 3.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { dataDirWith } from '../support/load-fixtures.ts';
import { NOTTS_FILES } from '../support/seed-qa.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const text = (html: string, selector: string) =>
  [...parseHTML(html).document.querySelectorAll(selector)].map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());

describe('npm run build on a data folder shaped like Nottinghamshire\'s Q4 2013/14 report', () => {
  it('shows each pass line in its own words, never a combined share, and the report\'s other facts', async () => {
    const dataDir = dataDirWith(NOTTS_FILES);
    const outDir = path.join(await mkdtemp(path.join(tmpdir(), 'scorecard-notts-')), 'dist');
    await run(process.execPath, [path.join(root, 'scripts', 'build.ts')], { cwd: root, env: { ...process.env, DATA_DIR: dataDir, OUT_DIR: outDir } });
    const page = await readFile(path.join(outDir, 'quality', '2013-14-Q4', 'index.html'), 'utf8');

    const glance = text(page, '[data-summary="quality"] li');
    expect(glance).toEqual([
      '671audits, observations and dip samples',
      '82%adequate or good262 of 320 graded audits (82%)',
      '59%good or outstanding60 of 101 graded audits (59%)',
      '27%good quality4 of 15 graded audits (27%)',
      "18%inadequate (Children's Social Care audit grades)58 of 320 graded audits (18%)",
      '9%inadequate (Ofsted grades)9 of 101 graded audits (9%)',
      '13%inadequate (CAF quality grades)2 of 15 graded audits (13%)',
      '–moderation not reported',
      '235done but not graded',
    ]);
    // The page opens with the same shares on the same bases, each pass line in its own words.
    expect(text(page, '[data-pass-lines]')).toEqual([
      'Adequate or good: 262 of 320 graded audits (82%). Good or outstanding: 60 of 101 graded audits (59%). Good quality: 4 of 15 graded audits (27%).',
    ]);
    // No pass-line share adds the 320 + 101 + 15 audits graded on three scales, and no default wording appears.
    expect(page).not.toMatch(/of 436 \(\d+%\)/);
    expect(page).not.toContain('good or better');
    expect(page).not.toMatch(/None of the \d+ was moderated/);
    expect(page).toContain('Of the 671 done, 235 were not graded; shares are of the 436 graded.');
    expect(page).not.toMatch(/\d+ more were done/);

    const csc = text(page, '[data-activity="Social care case file audits"] [data-fact="good"]');
    expect(csc).toEqual(['Graded adequate or good: 262 of 320 (82%)']);
    const ts = text(page, '[data-activity="Targeted support case audits"] [data-fact="previous"]');
    expect(ts).toEqual(['Previous quarter (Q3 2013/14): 52 of 100 (52%) good or outstanding.']);
    expect(text(page, '[data-ungraded]')).toEqual(['Family support case audits: 235 case-file audits done, not graded']);

    const api = JSON.parse(await readFile(path.join(outDir, 'api', 'audits', '2013-14-Q4.json'), 'utf8'));
    expect(api.totals.headlines.map((h: { label: string }) => h.label)).toEqual(['adequate or good', 'good or outstanding', 'good quality']);
    expect(api.totals.moderated).toBeNull();
  }, 120_000);
});
