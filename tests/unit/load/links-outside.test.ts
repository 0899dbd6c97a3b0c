// Files stay inside the data folder: a symbolic link committed to a data repository must not publish a file
// from elsewhere on the machine that builds the site (a narrative image would be copied into media/; a CSV or
// narrative would be read and published). Links that stay inside the data folder still work.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/load/dataset.ts';
import { NARRATIVE_MD, QA_FILES, VALID_FILES, writeDataDir } from '../../support/load-fixtures.ts';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const elsewhere = mkdtempSync(path.join(tmpdir(), 'scorecard-elsewhere-'));
afterAll(() => rmSync(elsewhere, { recursive: true, force: true }));

/** A file outside any data folder, with its real path (tmpdir may itself be a link, e.g. on macOS). */
function outsideFile(name: string, content: string | Uint8Array): string {
  const file = path.join(elsewhere, name);
  writeFileSync(file, content);
  return realpathSync(file);
}

const withNarrative = (...lines: string[]) => writeDataDir({ ...VALID_FILES, ...QA_FILES, 'narrative/2024-25-Q1.md': `${NARRATIVE_MD}\n${lines.join('\n')}\n` });
const imageLine = NARRATIVE_MD.split('\n').length + 1;

describe('a narrative image that is a link', () => {
  it('to a file outside the data folder is refused where the narrative shows it, and nothing is copied', async () => {
    const secret = outsideFile('secret.png', PNG);
    const dir = withNarrative('Grades: ![Grades by quarter](images/grades.png)');
    mkdirSync(path.join(dir, 'narrative', 'images'));
    symlinkSync(secret, path.join(dir, 'narrative', 'images', 'grades.png'));
    const { dataset, issues } = await loadDataset(dir);
    expect(dataset).toBeNull();
    expect(issues).toEqual([{
      file: 'narrative/2024-25-Q1.md', line: imageLine, column: '30',
      message: `the image narrative/images/grades.png is a link to ${secret}, which is outside the data folder. The site only reads and publishes files kept in the data folder, ` +
        'so that nothing else on the computer that builds it can be published by mistake. Put a copy of the file itself here in place of the link.',
    }]);
  });

  it('through a linked folder is refused the same way', async () => {
    const folder = path.join(elsewhere, 'pictures');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'grades.png'), PNG);
    const dir = withNarrative('![Grades by quarter](images/grades.png)');
    symlinkSync(folder, path.join(dir, 'narrative', 'images'));
    const { issues } = await loadDataset(dir);
    expect(issues).toEqual([expect.objectContaining({
      file: 'narrative/2024-25-Q1.md', line: imageLine, column: '22',
      message: expect.stringMatching(`^the image narrative/images/grades\\.png is a link to ${realpathSync(folder)}/grades\\.png, which is outside the data folder\\.`),
    })]);
  });

  it('to another file inside the data folder is read as that file', async () => {
    const dir = withNarrative('![Grades by quarter](images/grades.png)');
    mkdirSync(path.join(dir, 'narrative', 'images'));
    writeFileSync(path.join(dir, 'narrative', 'original.png'), PNG);
    symlinkSync(path.join('..', 'original.png'), path.join(dir, 'narrative', 'images', 'grades.png'));
    const { dataset, issues } = await loadDataset(dir);
    expect(issues).toEqual([]);
    expect(dataset?.quality.media).toEqual([{ path: 'narrative/images/grades.png', bytes: PNG }]);
  });
});

describe('a data file that is a link to a file outside the data folder', () => {
  it('a quarter, site.json or a narrative is refused by name, and its contents are not read', async () => {
    const quarter = outsideFile('2024-25-Q2.csv', 'indicator_id,value\ncla-rate,1\n');
    const settings = outsideFile('site.json', '{ "organisation": "Elsewhere", "title": "Not ours" }');
    const narrative = outsideFile('2024-25-Q1.md', NARRATIVE_MD);
    const dir = writeDataDir({ ...VALID_FILES, ...QA_FILES, 'quarters/2024-25-Q2.csv': null, 'site.json': null, 'narrative/2024-25-Q1.md': null });
    symlinkSync(quarter, path.join(dir, 'quarters', '2024-25-Q2.csv'));
    symlinkSync(settings, path.join(dir, 'site.json'));
    mkdirSync(path.join(dir, 'narrative'), { recursive: true });
    symlinkSync(narrative, path.join(dir, 'narrative', '2024-25-Q1.md'));
    const { dataset, issues } = await loadDataset(dir);
    expect(dataset).toBeNull();
    expect(issues).toEqual([
      { file: 'site.json', line: null, column: null, message: expect.stringMatching(`^this file is a link to ${settings}, which is outside the data folder\\..*Put a copy of the file itself here in place of the link\\.$`) },
      { file: 'quarters/2024-25-Q2.csv', line: null, column: null, message: expect.stringMatching(`^this file is a link to ${quarter}, which is outside the data folder\\.`) },
      { file: 'narrative/2024-25-Q1.md', line: null, column: null, message: expect.stringMatching(`^this file is a link to ${narrative}, which is outside the data folder\\.`) },
    ]);
  });

  it('a quarter linked to another file inside the data folder is read; one linked to nothing is refused', async () => {
    const dir = writeDataDir({ ...VALID_FILES, 'quarters/2024-25-Q2.csv': null, 'copies/q2.csv': VALID_FILES['quarters/2024-25-Q2.csv']! });
    symlinkSync(path.join('..', 'copies', 'q2.csv'), path.join(dir, 'quarters', '2024-25-Q2.csv'));
    const { dataset } = await loadDataset(dir);
    expect(dataset?.values.filter((value) => value.period === '2024-25-Q2').length).toBeGreaterThan(0);
    symlinkSync(path.join(elsewhere, 'gone.csv'), path.join(dir, 'quarters', '2024-25-Q3.csv'));
    expect((await loadDataset(dir)).issues).toEqual([{
      file: 'quarters/2024-25-Q3.csv', line: null, column: null,
      message: 'this file is a link to a file that does not exist. Put a copy of the file itself here in place of the link.',
    }]);
  });

  it('a data folder reached through a link is still inside itself', async () => {
    const dir = writeDataDir(VALID_FILES);
    const link = path.join(elsewhere, 'data-link');
    symlinkSync(dir, link);
    const { issues } = await loadDataset(link);
    expect(issues).toEqual([]);
  });
});
