import { describe, expect, it } from 'vitest';
import { LICENCES } from '../../../../src/domain/licence.ts';
import { siteLicence } from '../../../../src/site/open-data/licence.ts';
import { makeSite } from '../../../support/domain-fixtures.ts';

describe('the site\'s licence', () => {
  it('is the council\'s own terms, which claim nothing, or the licence chosen by identifier', () => {
    const text = 'Not available under the Open Government Licence v3.0. © Anyshire.';
    expect(siteLicence(makeSite({ licence: text, licenceId: null })).url).toBeNull();
    expect(siteLicence(makeSite({ licenceId: 'CC0-1.0' })).url).toBe(LICENCES['CC0-1.0'].url);
  });
});
