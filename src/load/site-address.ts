// Where the site is published, as site.json ("site_url", "base_path") or the environment (SITE_URL, BASE_PATH)
// gives it: the checks of each setting and the one way the address is written, for the loader and for
// src/site/deployment.ts, which resolves the settings for the build.

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Why `text` cannot be the site's address, or null when it can. */
export function siteUrlProblem(text: string): string | null {
  const example = 'e.g. https://www.kesterley.gov.uk';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `"${text}" is not a complete web address. Write the address of the host, starting https://, ${example}.`;
  }
  if (url.protocol === 'http:' && !LOCAL_HOSTS.has(url.hostname)) {
    return `"${text}" is not secure (http:). Write it with https:// instead, ${example}.`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `"${text}" must start https://, ${example}.`;
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
    return `"${text}" must be only the address of the host, ${example}, with no user name, ? or #.`;
  }
  if (url.pathname !== '/') {
    return `"${text}" includes a folder (${url.pathname}). Write only the host, ${example}, and the folder as the base path ("base_path": "${url.pathname.replace(/\/?$/, '/')}").`;
  }
  return null;
}

/** Why `text` cannot be the site's base path, or null when it can. */
export function basePathProblem(text: string): string | null {
  const example = 'e.g. "/children/", or "/" for the root of the host';
  if (!text.startsWith('/') || !text.endsWith('/')) return `"${text}" must start and end with /, ${example}.`;
  if (text.includes('//')) return `"${text}" has two / in a row. Write it ${example}.`;
  if (!/^[A-Za-z0-9/._~-]*$/.test(text)) return `"${text}" may hold only letters, digits and - . _ ~ between the / signs, ${example}.`;
  if (text.split('/').some((part) => part === '.' || part === '..')) return `"${text}" cannot contain . or .. as a folder, ${example}.`;
  return null;
}

/** The host's address written one way: `https://host[:port]`, no trailing slash. */
export function normaliseSiteUrl(text: string): string {
  return new URL(text).origin;
}
