// The Open Government Licence is linked only where site.json's licence statement names it, so a council that
// publishes under other terms is never said to use it.

export const OGL_URL = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';

/** The licence statement split around the words naming the Open Government Licence, to make those words a link. */
export interface LicenceStatement {
  before: string;
  /** The words to link; '' when the statement does not name version 3 (or any version) of the licence. */
  licence: string;
  after: string;
}

// "Open Government Licence", optionally with a version: "v3.0", "version 3", "(OGL) v3".
const OGL_NAME = /Open Government Licen[cs]e(?:\s*\(OGL\))?(?:\s+(?:v|version\s*)(\d+)(?:\.\d+)?)?/i;

export function licenceStatement(text: string): LicenceStatement {
  const match = OGL_NAME.exec(text);
  // A statement naming another version (v2.0, v1.0) must not be linked to version 3's terms.
  if (!match || (match[1] !== undefined && match[1] !== '3')) return { before: text, licence: '', after: '' };
  return { before: text.slice(0, match.index), licence: match[0], after: text.slice(match.index + match[0].length) };
}

/** True when the statement names the Open Government Licence version 3 (or no version). */
export function isOpenGovernmentLicence(text: string): boolean {
  return licenceStatement(text).licence !== '';
}
