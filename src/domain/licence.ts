// The licence the council publishes its figures under, chosen in site.json by identifier ("licence":
// "OGL-UK-3.0"), never guessed from words: a sentence that mentions the Open Government Licence without
// choosing it must not be linked to its terms. Terms of the council's own ("licence_text") are shown as
// written and claim no licence. The identifiers are SPDX's (https://spdx.org/licenses/), which catalogues
// and data portals use. Here: the licences, their wording and the reading of site.json's identifier;
// site/open-data/licence.ts picks the site's terms for the pages.

export const LICENCES = {
  'OGL-UK-3.0': {
    name: 'Open Government Licence v3.0',
    url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
  },
  'CC-BY-4.0': {
    name: 'Creative Commons Attribution 4.0 International licence',
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
  'CC0-1.0': {
    name: 'CC0 1.0 Universal public domain dedication',
    url: 'https://creativecommons.org/publicdomain/zero/1.0/',
  },
} as const;

export type LicenceId = keyof typeof LICENCES;

export const LICENCE_IDS = Object.keys(LICENCES) as LicenceId[];

/** The licence used when site.json names none: the Open Government Licence, as for most UK public data. */
export const DEFAULT_LICENCE_ID: LicenceId = 'OGL-UK-3.0';

export const OGL_URL = LICENCES['OGL-UK-3.0'].url;

/** Words around the licence's name, which is linked to its terms; `name` is '' when no licence is claimed. */
export interface LicenceWords {
  before: string;
  name: string;
  after: string;
}

export interface LicenceTerms {
  /** null for the council's own terms. */
  id: LicenceId | null;
  /** The licence's terms; null for the council's own terms. */
  url: string | null;
  /** One sentence for the footer of every page and the downloads. */
  statement: LicenceWords;
  /** What a reader may do with the figures, for the Open data page. */
  permission: LicenceWords;
}

/** Plain text of linked words. */
export function wordsText(words: LicenceWords): string {
  return `${words.before}${words.name}${words.after}`;
}

/**
 * The attribution statement the licence asks re-users to give: OGL's own wording, and for CC BY the
 * council as the source with the licence. CC0 asks for none.
 */
function attribution(id: LicenceId, organisation: string): string | null {
  if (id === 'OGL-UK-3.0') return 'Contains public sector information licensed under the Open Government Licence v3.0.';
  if (id === 'CC-BY-4.0') return `Source: ${organisation}, licensed under CC BY 4.0.`;
  return null;
}

/** The terms and their wording for a licence chosen by identifier. */
export function licenceTerms(id: LicenceId, organisation: string): LicenceTerms {
  const { name, url } = LICENCES[id];
  const words = (before: string, after: string): LicenceWords => ({ before, name, after });
  const credit = attribution(id, organisation);
  if (id === 'OGL-UK-3.0') {
    return {
      id, url,
      statement: words('Contains public sector information licensed under the ', '.'),
      permission: words('You may copy, publish and adapt these figures, for any purpose, under the ', `, if you say where they came from with the words “${credit}”`),
    };
  }
  if (id === 'CC-BY-4.0') {
    return {
      id, url,
      statement: words(`© ${organisation}. Licensed under the `, ' (CC BY 4.0).'),
      permission: words('You may copy, publish and adapt these figures, for any purpose, under the ', ` (CC BY 4.0), if you say where they came from, for example with the words “${credit}”`),
    };
  }
  return {
    id, url,
    statement: words(`${organisation} has placed these figures in the public domain with the `, ' (CC0 1.0).'),
    permission: words(`You may copy, publish and adapt these figures, for any purpose, without asking and without saying where they came from: ${organisation} has placed them in the public domain with the `,
      `. Saying they come from ${organisation} still helps others find them.`),
  };
}

/** The council's own terms: shown as written, with no licence claimed and nothing linked. */
export function ownTerms(text: string): LicenceTerms {
  const words = { before: text, name: '', after: '' };
  return { id: null, url: null, statement: words, permission: words };
}

/** The known licences as a list for messages: `"OGL-UK-3.0" (Open Government Licence v3.0), ...`. */
export function knownLicences(): string {
  return LICENCE_IDS.map((id) => `"${id}" (${LICENCES[id].name})`).join(', ');
}

/** The identifier written in site.json, matched as SPDX does (capitals do not matter); null when unknown. */
export function licenceId(text: string): LicenceId | null {
  return LICENCE_IDS.find((id) => id.toLowerCase() === text.trim().toLowerCase()) ?? null;
}

/**
 * What to say about a "licence" that is not an identifier. A statement the site itself writes for a licence
 * (as the old default, "Contains public sector information licensed under the Open Government Licence v3.0.",
 * which councils copied into site.json) gets that licence's identifier as the fix; any other text is never
 * read for a licence's name.
 */
export function licenceProblem(text: string): string {
  const choose = `Write the licence's identifier: one of ${knownLicences()}. The site then writes the licence's statement and links to its terms.`;
  const own = 'For terms of your own, write them as "licence_text": "..." instead: they are shown as written, and no licence is claimed.';
  if (text.trim() === '') return `"licence" is empty. ${choose} ${own}`;
  // Only statements that name no organisation can be recognised without knowing it: the OGL's.
  const same = LICENCE_IDS.find((id) => [wordsText(licenceTerms(id, '').statement), attribution(id, '')].includes(text.trim()));
  if (same) return `"licence" must now name the licence by its identifier rather than a sentence: this is the ${LICENCES[same].name}'s statement, so write "licence": "${same}". ${own}`;
  if (/\s/.test(text.trim())) return `"licence" must name the licence by its identifier, not a sentence, so that the site never guesses which licence the words mean. ${choose} ${own}`;
  return `"${text.trim()}" is not a licence the site knows. ${choose} ${own}`;
}
