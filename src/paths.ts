// Every internal URL goes through here so the site works under a base path (BASE_PATH). Client
// scripts import this module too, so it reads Astro's BASE_URL (fixed at build time), never the
// environment: src/config.ts is for the build only.

/** The base path with a slash at each end ("/" or "/guide/"). */
export const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** Prefixes a site-relative path ("concepts/x/") with the base path. */
export const href = (path = ''): string => `${base}${path.replace(/^\//, '')}`;

export const homeUrl = () => href('');
export const moduleUrl = (id: string) => href(`modules/${id}/`);
export const conceptUrl = (slug: string) => href(`concepts/${slug}/`);
export const glossaryUrl = (anchor?: string) => href(`glossary/${anchor ? `#${anchor}` : ''}`);
export const questionUrl = (id: string) => href(`questions/${id}/`);
