import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '../../../src/load/issue.ts';
import { readJson } from '../../../src/load/json.ts';
import { DEFAULT_LICENCE, readSite } from '../../../src/load/site.ts';
import { SITE_JSON, issuesWith } from '../../support/load-fixtures.ts';

function site(text: string) {
  const issues: ValidationIssue[] = [];
  const result = readSite(text, issues);
  return { ...result, issues };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const BASE = {
  organisation: 'Exampleshire County Council',
  title: 'Scorecard',
  comparators: [{ id: 'england', label: 'England' }, { id: 'region', label: 'North West' }],
};

describe('readSite: valid files', () => {
  // Seeds 000, 003 and 004 (Leicester, Nottinghamshire, Tameside) report without comparing with other areas.
  it('reads a council without comparators, whether the list is empty or left out', () => {
    for (const text of [json({ ...BASE, comparators: [] }), json({ organisation: 'Nottinghamshire County Council', title: 'Scorecard' })]) {
      const { site: config, issues, comparatorIds } = site(text);
      expect(issues).toEqual([]);
      expect(config?.comparators).toEqual([]);
      expect([...(comparatorIds ?? ['not read'])]).toEqual([]);
    }
  });

  it('fills in defaults for the optional settings', () => {
    const { site: config, issues, comparatorIds } = site(SITE_JSON);
    expect(issues).toEqual([]);
    expect(config).toMatchObject({ amber: null, description: '', contact: null, licence: DEFAULT_LICENCE, licenceId: 'OGL-UK-3.0' });
    expect([...(comparatorIds ?? [])]).toEqual(['england', 'region']);
  });

  it('reads every setting, trims text and ignores unknown keys', () => {
    const { site: config, issues } = site(`\uFEFF${json({
      ...BASE, organisation: '  Exampleshire  ', amber: 1.5, description: 'About.', contact: 'a@b.example', licence_text: ' Mine. ', colour: 'blue',
      statement_date: '2026-11-23',
    })}`.replace(/\n/g, '\r\n'));
    expect(issues).toEqual([]);
    expect(config).toEqual({
      organisation: 'Exampleshire', title: 'Scorecard', comparators: BASE.comparators,
      amber: 1.5, description: 'About.', licence: 'Mine.', licenceId: null, statementDate: '2026-11-23', disclosure: null, drafts: [], siteUrl: null, basePath: null,
      contact: { text: 'a@b.example', url: { kind: 'mailto', address: 'a@b.example', href: 'mailto:a@b.example' } },
    });
  });

  it('refuses an accessibility statement date that is not a real date, saying how to write it', () => {
    const { site: config, issues } = site(json({ ...BASE, statement_date: '2026-02-30' }));
    expect(config).toBeNull();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'site.json', column: 'statement_date' });
    expect(issues[0]!.message).toMatch(/February 2026 has 28 days.*YYYY-MM-DD/);
  });

  it('accepts null for the optional settings', () => {
    const { site: config, issues } = site(json({ ...BASE, amber: null, description: null, licence: null, licence_text: null }));
    expect(issues).toEqual([]);
    expect(config).toMatchObject({ amber: null, description: '', licence: DEFAULT_LICENCE, licenceId: 'OGL-UK-3.0' });
  });
});

describe('readSite: disclosure control (opt-in)', () => {
  it('is off unless asked for', () => {
    expect(site(json(BASE)).site!.disclosure).toBeNull();
  });

  it('reads the minimum count', () => {
    const { site: config, issues } = site(json({ ...BASE, disclosure: { minimum_count: 6 } }));
    expect(issues).toEqual([]);
    expect(config!.disclosure).toEqual({ minimumCount: 6 });
  });

  it.each([
    [{ minimum_count: 1 }, /2 or more/],
    [{ minimum_count: 5.5 }, /whole number/],
    [{ minimum_count: '6' }, /without quotes/],
    [{}, /"minimum_count" must be a whole number/],
    [6, /"disclosure" must be written as "disclosure": \{ "minimum_count": 6 \}/],
  ])('refuses %j, naming the setting and how to write it', (disclosure, message) => {
    const { site: config, issues } = site(json({ ...BASE, disclosure }));
    expect(config).toBeNull();
    expect(issues).toHaveLength(1);
    expect(issues[0]!.file).toBe('site.json');
    expect(issues[0]!.column).toMatch(/^disclosure/);
    expect(issues[0]!.message).toMatch(message);
  });

  it('refuses a misspelt setting inside it rather than silently publishing small counts', () => {
    const { site: config, issues } = site(json({ ...BASE, disclosure: { minimum_count: 6, minimun_count: 10 } }));
    expect(config).toBeNull();
    expect(issues.map((i) => i.message).join(' ')).toMatch(/minimun_count/);
  });
});

describe('readSite: JSON syntax errors give the line and character position', () => {
  it('a comma after the last item', () => {
    const { site: config, issues } = site('{\n  "organisation": "X",\n  "title": "Y",\n}\n');
    expect(config).toBeNull();
    expect(issues).toEqual([{
      file: 'site.json', line: 3, column: '15',
      message: 'this is not valid JSON: there is a comma after the last item. Remove this comma: JSON does not allow a comma before the closing }.',
    }]);
  });

  it('a missing comma between items', () => {
    const { issues } = site('{\n  "organisation": "X"\n  "title": "Y"\n}\n');
    expect(issues).toEqual([{
      file: 'site.json', line: 3, column: '3',
      message: expect.stringContaining('a comma (,) is missing before this point'),
    }]);
  });

  it('single quotes, unquoted names, unclosed text and an early end', () => {
    expect(site("{ 'title': 1 }").issues[0]).toMatchObject({ line: 1, column: '3', message: expect.stringContaining('not single quotes') });
    expect(site('{\n  title: 1 }').issues[0]).toMatchObject({ line: 2, column: '3', message: expect.stringContaining('names must be in double quotes') });
    expect(site('{\n  "title": "Y\n}').issues[0]).toMatchObject({ line: 2, column: '12', message: expect.stringContaining('cannot run over more than one line') });
    expect(site('{\n  "comparators": [\n').issues[0]).toMatchObject({ line: 3, column: '1', message: expect.stringContaining('ends too early') });
    expect(site('{ "amber": two }').issues[0]).toMatchObject({ line: 1, column: '12', message: expect.stringContaining('"two" is not a value JSON understands') });
  });

  it('an empty file', () => {
    expect(site(' \n').issues).toEqual([{
      file: 'site.json', line: null, column: null, message: expect.stringMatching(/^the file is empty/),
    }]);
  });
});

describe('readSite: missing or wrong settings name the key and its line', () => {
  it('a missing required key is reported on line 1 with the key as the column', () => {
    const { issues, comparatorIds } = site(json({ comparators: BASE.comparators }));
    expect(issues).toEqual([
      { file: 'site.json', line: 1, column: 'organisation', message: '"organisation" is missing. Add it, e.g. "organisation": "Exampleshire County Council"' },
      { file: 'site.json', line: 1, column: 'title', message: expect.stringMatching(/^"title" is missing\. Add it, e\.g\. "title": /) },
    ]);
    // The comparators are fine, so other files can still be checked against them.
    expect([...(comparatorIds ?? [])]).toEqual(['england', 'region']);
  });

  it('a wrong value is reported on the line of its key', () => {
    const text = '{\n  "organisation": "X",\n  "title": "",\n  "amber": "2",\n  "comparators": [{ "id": "england", "label": "England" }]\n}\n';
    expect(site(text).issues).toEqual([
      { file: 'site.json', line: 3, column: 'title', message: expect.stringMatching(/^"title" is empty\. Fill it in/) },
      { file: 'site.json', line: 4, column: 'amber', message: expect.stringMatching(/^"amber" must be a number without quotes, e\.g\. "amber": 2/) },
    ]);
  });

  it('a negative amber', () => {
    expect(site(json({ ...BASE, amber: -1 })).issues).toEqual([
      { file: 'site.json', line: 14, column: 'amber', message: expect.stringMatching(/cannot be below 0/) },
    ]);
  });

  it('a comparator without a label is reported at that comparator', () => {
    const text = '{\n  "organisation": "X",\n  "title": "Y",\n  "comparators": [\n    { "id": "england", "label": "England" },\n    { "id": "region" }\n  ]\n}\n';
    expect(site(text).issues).toEqual([
      { file: 'site.json', line: 6, column: 'comparators[1].label', message: expect.stringMatching(/^"label" is missing\. Add it, e\.g\. "label": "England"/) },
    ]);
  });

  it('duplicate and badly formed comparator ids', () => {
    const { issues, comparatorIds } = site(json({
      ...BASE,
      comparators: [{ id: 'england', label: 'England' }, { id: 'Stat Neighbours', label: 'SN' }, { id: 'england', label: 'E' }],
    }));
    expect(comparatorIds).toBeNull();
    expect(issues).toEqual([
      { file: 'site.json', line: 10, column: 'comparators[1].id', message: expect.stringMatching(/"Stat Neighbours" cannot be used as an id\..*e\.g\. "stat-neighbours"/) },
      { file: 'site.json', line: 14, column: 'comparators[2].id', message: 'the comparator id "england" is used twice (comparators 1 and 3 in the list). Give each comparator its own id.' },
    ]);
  });

  it('a wrongly shaped comparators list', () => {
    expect(site(json({ ...BASE, comparators: 'england' })).issues[0]).toMatchObject({ column: 'comparators', message: expect.stringContaining('must be a list in square brackets') });
    expect(site(json({ ...BASE, comparators: ['england'] })).issues[0]).toMatchObject({ column: 'comparators[0]', line: 5, message: expect.stringContaining('each comparator must be written as') });
  });

  it('a file that is not an object', () => {
    expect(site('[1, 2]').issues).toEqual([{ file: 'site.json', line: 1, column: null, message: expect.stringContaining('one object between { and }') }]);
  });

  it('is reported through loadDataset with the other files still checked', async () => {
    const issues = await issuesWith({ 'site.json': '{ "title": "Y" ' });
    expect(issues).toEqual([{ file: 'site.json', line: 1, column: '16', message: expect.stringContaining('ends too early') }]);
  });
});

describe('readJson', () => {
  it('agrees with JSON.parse on valid input and records where keys are', () => {
    const text = '{\n "a": [1, {"b": "x\\"y"}],\n "c": null }';
    const result = readJson(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual(JSON.parse(text));
    expect(result.locations.get('a[1].b')?.key).toBe(text.indexOf('"b"'));
    expect(result.locations.get('c')?.key).toBe(text.indexOf('"c"'));
  });
});

describe('readSite: the contact is a safe address', () => {
  const contactIssues = (contact: string) => site(json({ ...BASE, contact })).issues;

  it('accepts an email address, an https address and a path on the site', () => {
    expect(site(json({ ...BASE, contact: 'https://www.example.gov.uk/contact' })).site?.contact).toEqual(
      { text: 'https://www.example.gov.uk/contact', url: { kind: 'https', href: 'https://www.example.gov.uk/contact' } });
    expect(site(json({ ...BASE, contact: 'mailto:qa@example.gov.uk' })).site?.contact?.url).toMatchObject({ kind: 'mailto', href: 'mailto:qa@example.gov.uk' });
    expect(site(json({ ...BASE, contact: '/accessibility/' })).site?.contact?.url).toEqual({ kind: 'site', path: '/accessibility/' });
  });

  it.each([
    ['javascript:alert(1)', '"javascript:" addresses are not allowed'],
    ['JaVaScRiPt:alert(1)', '"javascript:" addresses are not allowed'],
    ['data:text/html,<script>x</script>', '"data:" addresses are not allowed'],
    ['https://example.gov.uk/a b', 'contains a space or a control character'],
    ['data:text/html;base64,PHNjcmlwdD4=', '"data:" addresses are not allowed'],
    ['http://www.example.gov.uk', 'is not secure (http:). Write it with https:// instead'],
    ['//other.example/x', 'is not an address this site can link to'],
    ['www.example.gov.uk', 'is not an address this site can link to'],
  ])('refuses %s at its line, naming the key', (contact, words) => {
    const issues = contactIssues(contact);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'site.json', line: 14, column: 'contact' });
    expect(issues[0]!.message).toContain(words);
  });
});

describe('readSite: deeply nested JSON', () => {
  it('names the place of a 5,000-deep run of [ instead of overflowing the stack', () => {
    const text = `{\n  "organisation": "X",\n  "title": ${'['.repeat(5000)}\n}`;
    const { site: config, issues } = site(text);
    expect(config).toBeNull();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'site.json', line: 3 });
    expect(issues[0]!.message).toMatch(/nested more than 64 levels deep/);
  });

  it('still reads nesting up to the limit', () => {
    const nested = `${'['.repeat(60)}${']'.repeat(60)}`;
    expect(readJson(`{ "a": ${nested} }`).ok).toBe(true);
  });
});

describe('readSite: the licence is chosen by identifier', () => {
  const text = (value: Record<string, unknown>) => `{\n  "organisation": "Exampleshire County Council",\n  "title": "Scorecard",\n${Object.entries(value).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n')}\n}\n`;

  it('each known licence, with its statement; the Open Government Licence when none is named', () => {
    expect(site(text({ licence: 'OGL-UK-3.0' })).site).toMatchObject({ licenceId: 'OGL-UK-3.0', licence: DEFAULT_LICENCE });
    expect(site(text({ licence: 'CC-BY-4.0' })).site).toMatchObject({ licenceId: 'CC-BY-4.0', licence: '© Exampleshire County Council. Licensed under the Creative Commons Attribution 4.0 International licence (CC BY 4.0).' });
    expect(site(text({ licence: 'cc0-1.0' })).site).toMatchObject({ licenceId: 'CC0-1.0' });
    expect(site(text({ amber: null })).site).toMatchObject({ licenceId: 'OGL-UK-3.0', licence: DEFAULT_LICENCE });
  });

  it('terms of the council\'s own are "licence_text", shown as written and claiming no licence, whatever they mention', () => {
    const own = 'Not available under the Open Government Licence v3.0: all rights reserved.';
    expect(site(text({ licence_text: own })).site).toMatchObject({ licenceId: null, licence: own });
  });

  it('text in "licence" is refused at its line, never read for a licence\'s name', () => {
    const { site: config, issues } = site(text({ licence: 'These figures are not under the Open Government Licence v3.0' }));
    expect(config).toBeNull();
    expect(issues).toEqual([{
      file: 'site.json', line: 4, column: 'licence',
      message: expect.stringMatching(/^"licence" must name the licence by its identifier, not a sentence, .*one of "OGL-UK-3\.0" \(Open Government Licence v3\.0\), "CC-BY-4\.0" .*"licence_text"/),
    }]);
  });

  it('the statement councils used to write is refused with the exact line to write instead', () => {
    expect(site(text({ licence: DEFAULT_LICENCE })).issues).toEqual([{
      file: 'site.json', line: 4, column: 'licence',
      message: '"licence" must now name the licence by its identifier rather than a sentence: this is the Open Government Licence v3.0\'s statement, so write "licence": "OGL-UK-3.0". ' +
        'For terms of your own, write them as "licence_text": "..." instead: they are shown as written, and no licence is claimed.',
    }]);
  });

  it('an unknown identifier, an empty one or a number is refused at its line, listing the known ones', () => {
    expect(site(text({ licence: 'OGL-UK-2.0' })).issues).toEqual([{ file: 'site.json', line: 4, column: 'licence', message: expect.stringMatching(/^"OGL-UK-2\.0" is not a licence the site knows\. Write the licence's identifier: one of "OGL-UK-3\.0"/) }]);
    expect(site(text({ licence: '' })).issues).toEqual([{ file: 'site.json', line: 4, column: 'licence', message: expect.stringMatching(/^"licence" is empty\./) }]);
    expect(site(text({ licence: 3 })).issues).toEqual([{ file: 'site.json', line: 4, column: 'licence', message: expect.stringMatching(/^"licence" must be a licence's identifier in double quotes/) }]);
  });

  it('both a licence and terms of the council\'s own is refused, even beside other problems', () => {
    const { issues } = site(text({ licence: 'OGL-UK-3.0', licence_text: 'Ours.', amber: -1 }));
    expect(issues.map((item) => [item.line, item.column])).toEqual([[6, 'amber'], [5, 'licence_text']]);
    expect(issues[1]!.message).toBe('"licence" and "licence_text" are both given. Keep "licence" to publish under a licence the site knows, or "licence_text" for terms of your own, and delete the other.');
    expect(site(text({ licence_text: ' ' })).issues).toEqual([{ file: 'site.json', line: 4, column: 'licence_text', message: expect.stringMatching(/^"licence_text" is empty/) }]);
  });
});
