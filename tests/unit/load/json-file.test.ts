// A JSON data file (site.json, grade-scales.json) is read with every problem at its line: a syntax error at its
// line and character, a name given twice at the repeat, a schema problem at the line of its key with the key's
// path as the column (or of the object that should hold a missing key).
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ValidationIssue } from '../../../src/load/issue.ts';
import { locateJson, readJsonFile, reportSchemaIssues, requiredText } from '../../../src/load/json-file.ts';

const SITE = `{
  "organisation": "Exampleshire County Council",
  "comparators": [
    { "id": "england", "label": "England" },
    { "id": "region" }
  ]
}
`;

function read(text: string) {
  const issues: ValidationIssue[] = [];
  return { json: readJsonFile(text, 'site.json', issues), issues };
}

describe('readJsonFile', () => {
  it('reads a file saved with a byte-order mark', () => {
    const { json, issues } = read(`\uFEFF${SITE}`);
    expect(issues).toEqual([]);
    expect(json?.value).toEqual(JSON.parse(SITE));
  });

  it('places a syntax error at its line and character, saying it is not valid JSON', () => {
    const { json, issues } = read('{\n  "organisation": "Exampleshire",\n  "title": Children\n}');
    expect(json).toBeNull();
    expect(issues).toEqual([{ file: 'site.json', line: 3, column: '12', message: expect.stringMatching(/^this is not valid JSON: "Children" is not a value JSON understands\./) }]);
  });

  it('gives an empty file no line, and points to the example', () => {
    expect(read('  \n').issues).toEqual([{ file: 'site.json', line: null, column: null, message: 'the file is empty. It needs the site settings between { and }. See docs/data-format.md for an example.' }]);
  });

  it('refuses a name given twice at the repeat, naming both places', () => {
    const { json, issues } = read('{\n  "drafts": ["2024-25-Q2"],\n  "drafts": []\n}');
    expect(json).toBeNull();
    expect(issues).toEqual([{ file: 'site.json', line: 3, column: '3', message: expect.stringMatching(/^"drafts" is given twice: at line 2, column 3 and again here, at line 3, column 3\./) }]);
  });
});

describe('locateJson and reportSchemaIssues', () => {
  const json = read(SITE).json!;

  it('finds the line of a key, and of the object that should hold a missing one', () => {
    expect(locateJson(json, ['organisation'])).toBe(2);
    expect(locateJson(json, ['comparators', 1, 'id'])).toBe(5);
    expect(locateJson(json, ['comparators', 1, 'label'])).toBe(5);
    expect(locateJson(json, ['title'])).toBe(1);
  });

  it('points at the key, not its value, when the value starts on a later line', () => {
    const spread = read('{\n  "comparators":\n    [\n      { "id": "england" }\n    ]\n}').json!;
    expect(locateJson(spread, ['comparators'])).toBe(2);
    // A key missing from the list's first item: the line where that item starts.
    expect(locateJson(spread, ['comparators', 0, 'label'])).toBe(4);
  });

  it('reports each schema problem at its key\'s line, with the key\'s path as the column', () => {
    const schema = z.object({
      organisation: requiredText('organisation', '"Exampleshire County Council"'),
      title: requiredText('title', '"Children\'s services performance"'),
      comparators: z.array(z.object({ id: z.string(), label: requiredText('label', '"England"') })),
    });
    const result = schema.safeParse(json.value);
    expect(result.success).toBe(false);
    const issues: ValidationIssue[] = [];
    reportSchemaIssues(json, result.error!.issues, issues);
    expect(issues).toEqual([
      { file: 'site.json', line: 1, column: 'title', message: '"title" is missing. Add it, e.g. "Children\'s services performance"' },
      { file: 'site.json', line: 5, column: 'comparators[1].label', message: '"label" is missing. Add it, e.g. "England"' },
    ]);
  });
});

describe('requiredText', () => {
  const organisation = requiredText('organisation', '"Exampleshire County Council"');

  it('reads text, trimmed', () => {
    expect(organisation.parse('  Exampleshire  ')).toBe('Exampleshire');
  });

  it('says whether the setting is empty or not text, with an example', () => {
    expect(organisation.safeParse('   ').error?.issues[0]?.message).toBe('"organisation" is empty. Fill it in, e.g. "Exampleshire County Council"');
    expect(organisation.safeParse(12).error?.issues[0]?.message).toBe('"organisation" must be text in double quotes, e.g. "Exampleshire County Council"');
  });
});
