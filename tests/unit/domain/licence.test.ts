import { describe, expect, it } from 'vitest';
import {
  LICENCE_IDS, LICENCES, OGL_URL, knownLicences, licenceId, licenceProblem, licenceTerms, ownTerms, wordsText,
} from '../../../src/domain/licence.ts';
import { DEFAULT_LICENCE } from '../../../src/load/site.ts';

const ORG = 'Anyshire County Council';

describe('the licences a council can choose', () => {
  it('are at least the Open Government Licence, CC BY 4.0 and CC0, by their SPDX identifiers, with their terms', () => {
    expect(LICENCE_IDS).toEqual(['OGL-UK-3.0', 'CC-BY-4.0', 'CC0-1.0']);
    expect(OGL_URL).toBe('https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/');
    expect(LICENCES['CC-BY-4.0'].url).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(LICENCES['CC0-1.0'].url).toBe('https://creativecommons.org/publicdomain/zero/1.0/');
  });

  it('the Open Government Licence keeps the statement and attribution the site has always published', () => {
    const terms = licenceTerms('OGL-UK-3.0', ORG);
    expect(terms.statement).toEqual({ before: 'Contains public sector information licensed under the ', name: 'Open Government Licence v3.0', after: '.' });
    expect(wordsText(terms.statement)).toBe(DEFAULT_LICENCE);
    expect(wordsText(terms.permission)).toBe('You may copy, publish and adapt these figures, for any purpose, under the Open Government Licence v3.0, ' +
      'if you say where they came from with the words “Contains public sector information licensed under the Open Government Licence v3.0.”');
    expect(terms.url).toBe(OGL_URL);
  });

  it('CC BY 4.0 names the council as the source to credit', () => {
    const terms = licenceTerms('CC-BY-4.0', ORG);
    expect(wordsText(terms.statement)).toBe('© Anyshire County Council. Licensed under the Creative Commons Attribution 4.0 International licence (CC BY 4.0).');
    expect(terms.statement.name).toBe('Creative Commons Attribution 4.0 International licence');
    expect(wordsText(terms.permission)).toMatch(/under the Creative Commons Attribution 4\.0 International licence \(CC BY 4\.0\), if you say where they came from, for example with the words “Source: Anyshire County Council, licensed under CC BY 4\.0\.”$/);
  });

  it('CC0 asks for no credit', () => {
    const terms = licenceTerms('CC0-1.0', ORG);
    expect(wordsText(terms.statement)).toBe('Anyshire County Council has placed these figures in the public domain with the CC0 1.0 Universal public domain dedication (CC0 1.0).');
    expect(wordsText(terms.permission)).toMatch(/without asking and without saying where they came from/);
  });

  it('the council\'s own terms are shown as written and claim nothing, even when they mention a licence', () => {
    const text = 'Not available under the Open Government Licence v3.0. © Anyshire.';
    expect(ownTerms(text)).toEqual({ id: null, url: null, statement: { before: text, name: '', after: '' }, permission: { before: text, name: '', after: '' } });
  });
});

describe('reading the identifier', () => {
  it('matches identifiers whatever their capitals, as SPDX does, and nothing else', () => {
    expect(licenceId('OGL-UK-3.0')).toBe('OGL-UK-3.0');
    expect(licenceId(' cc-by-4.0 ')).toBe('CC-BY-4.0');
    for (const text of ['OGL', 'OGL-UK-2.0', 'CC-BY', 'Open Government Licence v3.0', DEFAULT_LICENCE, 'OGL-UK-3.0 please']) expect(licenceId(text), text).toBeNull();
  });

  it('says what to write instead, listing the known identifiers', () => {
    expect(knownLicences()).toBe('"OGL-UK-3.0" (Open Government Licence v3.0), "CC-BY-4.0" (Creative Commons Attribution 4.0 International licence), "CC0-1.0" (CC0 1.0 Universal public domain dedication)');
    expect(licenceProblem('OGL-3')).toBe(`"OGL-3" is not a licence the site knows. Write the licence's identifier: one of ${knownLicences()}. ` +
      'The site then writes the licence\'s statement and links to its terms. For terms of your own, write them as "licence_text": "..." instead: they are shown as written, and no licence is claimed.');
    expect(licenceProblem(DEFAULT_LICENCE)).toMatch(/^"licence" must now name the licence by its identifier rather than a sentence: this is the Open Government Licence v3\.0's statement, so write "licence": "OGL-UK-3\.0"\. For terms of your own/);
    expect(licenceProblem('Not under the Open Government Licence')).toMatch(/^"licence" must name the licence by its identifier, not a sentence, so that the site never guesses which licence the words mean\. Write the licence's identifier: one of "OGL-UK-3\.0"/);
    expect(licenceProblem(' ')).toMatch(/^"licence" is empty\. Write the licence's identifier/);
  });
});
