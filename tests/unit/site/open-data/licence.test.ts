import { describe, expect, it } from 'vitest';
import { isOpenGovernmentLicence, licenceStatement, OGL_URL } from '../../../../src/site/open-data/licence.ts';
import { DEFAULT_LICENCE } from '../../../../src/load/site.ts';

describe('licenceStatement', () => {
  it('splits the default statement around the licence name, to link exactly those words', () => {
    const statement = licenceStatement(DEFAULT_LICENCE);
    expect(statement).toEqual({ before: 'Contains public sector information licensed under the ', licence: 'Open Government Licence v3.0', after: '.' });
    expect(statement.before + statement.licence + statement.after).toBe(DEFAULT_LICENCE);
  });

  it('recognises the usual ways of writing it, including version 3 and no version', () => {
    for (const text of ['open government licence', 'the Open Government License, version 3', 'Open Government Licence (OGL) v3', 'Open Government Licence version 3.0']) {
      expect(isOpenGovernmentLicence(text), text).toBe(true);
    }
    expect(licenceStatement('Use under the Open Government Licence version 3 please').licence).toBe('Open Government Licence version 3');
  });

  it('does not claim the licence for other terms or other versions', () => {
    for (const text of ['© Anyshire County Council. All rights reserved.', 'Creative Commons Attribution 4.0', 'Open Government Licence v2.0', 'Open Government Licence version 1']) {
      expect(isOpenGovernmentLicence(text), text).toBe(false);
      expect(licenceStatement(text)).toEqual({ before: text, licence: '', after: '' });
    }
  });

  it('links version 3 at the National Archives', () => {
    expect(OGL_URL).toBe('https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/');
  });
});
