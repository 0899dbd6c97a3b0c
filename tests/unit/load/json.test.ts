// A JSON file means one thing: a name given twice in one object is refused at both places, in every JSON file
// the data folder holds. JSON.parse keeps the last silently, so site.json's "drafts" given twice, the second
// empty, used to publish the draft.
import { describe, expect, it } from 'vitest';
import { readDraftsLeniently } from '../../../src/load/history.ts';
import { jsonPath, readJson } from '../../../src/load/json.ts';
import { readSiteJsonSettings } from '../../../src/site/deployment.ts';
import { GRADE_SCALES_JSON, issuesWith, qaIssuesWith, writeDataDir } from '../../support/load-fixtures.ts';

const DRAFTS_TWICE = `{
  "organisation": "Exampleshire County Council",
  "title": "Children's services performance",
  "drafts": ["2024-25-Q2"],
  "comparators": [
    { "id": "england", "label": "England" },
    { "id": "region", "label": "North West" }
  ],
    "drafts": []
}
`;

describe('a name given twice in a JSON file', () => {
  it('site.json: "drafts" twice, the second empty, is refused at both places rather than publishing the draft', async () => {
    const issues = await issuesWith({ 'site.json': DRAFTS_TWICE });
    expect(issues).toEqual([{
      file: 'site.json', line: 9, column: '5',
      message: '"drafts" is given twice: at line 4, column 3 and again here, at line 9, column 5. A JSON file keeps only one of them (the last) ' +
        'and quietly ignores the other, so the file would not mean what it seems to say. Keep the one you mean and delete the other.',
    }]);
  });

  it('names a nested setting by its path, and each repeat of a name given three times', async () => {
    const text = '{\n  "organisation": "X", "title": "Y",\n  "disclosure": { "minimum_count": 10, "minimum_count": 2 },\n  "title": "Z", "title": "W"\n}\n';
    const issues = await issuesWith({ 'site.json': text });
    expect(issues.map((item) => [item.line, item.column, item.message.slice(0, item.message.indexOf('. A JSON'))])).toEqual([
      [3, '40', '"disclosure.minimum_count" is given twice: at line 3, column 19 and again here, at line 3, column 40'],
      [4, '3', '"title" is given twice: at line 2, column 24 and again here, at line 4, column 3'],
      [4, '17', '"title" is given twice: at line 2, column 24 and again here, at line 4, column 17'],
    ]);
  });

  it('compares names as JSON reads them: an escaped letter is the same name', async () => {
    const issues = await issuesWith({ 'site.json': DRAFTS_TWICE.replace('"drafts": []', '"dr\\u0061fts": []') });
    expect(issues).toEqual([expect.objectContaining({ file: 'site.json', line: 9, column: '5', message: expect.stringMatching(/^"drafts" is given twice/) })]);
  });

  it('grade-scales.json: a grade\'s "good" given twice is refused at both places', async () => {
    const text = GRADE_SCALES_JSON.replace('{ "id": "inadequate", "label": "Inadequate", "good": false }', '{ "id": "inadequate", "label": "Inadequate", "good": false, "good": true }');
    expect(text).not.toBe(GRADE_SCALES_JSON);
    const issues = await qaIssuesWith({ 'grade-scales.json': text });
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('"Inadequate"')) + 1;
    const at = (from: 'first' | 'last') => (from === 'first' ? lines[line - 1]!.indexOf('"good"') : lines[line - 1]!.lastIndexOf('"good"')) + 1;
    expect(issues).toEqual([{
      file: 'grade-scales.json', line, column: String(at('last')),
      message: expect.stringMatching(new RegExp(`^"\\[0\\]\\.grades\\[3\\]\\.good" is given twice: at line ${line}, column ${at('first')} and again here, at line ${line}, column ${at('last')}\\.`)),
    }]);
  });

  it('the same name in different objects is not a repeat', () => {
    const result = readJson('{ "a": { "id": 1 }, "b": { "id": 2 }, "c": [{ "id": 3 }, { "id": 4 }] }');
    expect(result.ok && result.duplicates).toEqual([]);
  });

  it('the lenient readers (history, deployment settings) do not pick one of the two either', () => {
    expect(readDraftsLeniently(DRAFTS_TWICE)).toBeNull();
    expect(readDraftsLeniently('{ "drafts": ["2024-25-Q2"] }')).toEqual(new Set(['2024-25-Q2']));
    const twice = writeDataDir({ 'site.json': '{ "base_path": "/a/", "base_path": "/b/" }' });
    expect(readSiteJsonSettings(twice)).toBeNull();
    const once = writeDataDir({ 'site.json': '{ "base_path": "/a/" }' });
    expect(readSiteJsonSettings(once)).toEqual({ base_path: '/a/' });
  });
});

// Where each setting is, so that a problem found later is placed on its line, and the words for a file's shape.
describe('readJson: places and paths', () => {
  it('names a setting by its path as docs/data-format.md writes it', () => {
    expect(jsonPath(['comparators', 1, 'label'])).toBe('comparators[1].label');
    expect(jsonPath([0, 'grades', 2, 'id'])).toBe('[0].grades[2].id');
    expect(jsonPath([])).toBe('');
  });

  it('remembers where each key and each value starts', () => {
    const text = '{ "comparators": [ { "id": "england" } ] }';
    const result = readJson(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.locations.get('comparators')).toEqual({ key: text.indexOf('"comparators"'), value: text.indexOf('[') });
    expect(result.locations.get('comparators[0].id')).toEqual({ key: text.indexOf('"id"'), value: text.indexOf('"england"') });
    expect(result.locations.get('')).toEqual({ key: 0, value: 0 });
  });

  it('says what the file should hold when it is empty or has text after its end', () => {
    const shape = { contents: 'the grade scales between [ and ]', trailing: 'there is more text after the closing ] of the scales.' };
    expect(readJson('', shape)).toEqual({ ok: false, offset: 0, message: 'the file is empty. It needs the grade scales between [ and ].' });
    expect(readJson('[] x', shape)).toEqual({ ok: false, offset: 3, message: 'there is more text after the closing ] of the scales.' });
  });
});
