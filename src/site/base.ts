// The site's base path with a trailing slash, for building links ("/" unless Astro's `base` is set).
export const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
