// The one judge of web addresses that come from data (the contact in site.json, links and images in
// narratives), and the one place they become an href. Only three kinds are published: https:// addresses,
// email addresses (we write the mailto: ourselves) and paths on this site starting with "/". Anything else
// (javascript:, data:, http:, protocol-relative //host) is refused by validation, so it never reaches a page.
export type DataUrl =
  | { kind: 'https'; href: string }
  | { kind: 'mailto'; href: string; address: string }
  /** A path on this site from its root (`/quality/`), or a place on the same page (`#findings`). */
  | { kind: 'site'; path: string };

export type UrlCheck = { ok: true; url: DataUrl } | { ok: false; problem: string };

// The domain is dot-separated labels, written so that no input makes the pattern backtrack.
const EMAIL = /^[^\s@<>"'(),;:\\[\]]+@[^\s@<>"'(),;:\\[\].]+(?:\.[^\s@<>"'(),;:\\[\].]+)+$/;
/** Longer than any real address (RFC 5321 allows 254 characters); such text is refused without a look. */
const MAX_URL_LENGTH = 2048;
// eslint-disable-next-line no-control-regex
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007F-\u009F\u2028\u2029]/;

const ALLOWED = 'Use an address starting https://, an email address (e.g. performance@example.gov.uk), or a path on this site starting with / (e.g. /quality/).';

export function checkUrl(text: string): UrlCheck {
  const value = text.trim();
  if (value === '') return { ok: false, problem: `the address is empty. ${ALLOWED}` };
  if (value.length > MAX_URL_LENGTH) return { ok: false, problem: `the address is ${value.length} characters long, more than any real address. Check it was pasted correctly.` };
  if (CONTROL_OR_SPACE.test(value)) return { ok: false, problem: `"${value}" contains a space or a control character. Remove it; write a space in an address as %20.` };
  const mailto = /^mailto:(.*)$/i.exec(value);
  const address = mailto ? mailto[1]! : value;
  if (EMAIL.test(address) && !address.includes('/')) {
    return { ok: true, url: { kind: 'mailto', address, href: `mailto:${encodeURI(address)}` } };
  }
  if (value.startsWith('#') || (value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\'))) {
    return { ok: true, url: { kind: 'site', path: encodeURI(decodeURISafe(value)) } };
  }
  if (/^https:\/\//i.test(value)) {
    try {
      const parsed = new URL(value);
      if (parsed.protocol === 'https:' && parsed.hostname !== '' && parsed.username === '' && parsed.password === '') {
        return { ok: true, url: { kind: 'https', href: parsed.href } };
      }
    } catch {
      // Falls through to the message below.
    }
    return { ok: false, problem: `"${value}" is not a complete web address. Check it opens in a browser, e.g. https://www.example.gov.uk/children.` };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (scheme === 'http') return { ok: false, problem: `"${value}" is not secure (http:). Write it with https:// instead. ${ALLOWED}` };
  if (scheme) return { ok: false, problem: `"${scheme}:" addresses are not allowed. ${ALLOWED}` };
  return { ok: false, problem: `"${value}" is not an address this site can link to. ${ALLOWED}` };
}

function decodeURISafe(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

/** The href for a checked address; site paths are put under the site's base path (e.g. /children/). */
export function urlHref(url: DataUrl, base = '/'): string {
  if (url.kind === 'site') return url.path.startsWith('#') ? url.path : `${base.replace(/\/$/, '')}${url.path}`;
  return url.href;
}
