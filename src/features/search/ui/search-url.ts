// The search page's address for a query (`search/?q=…&module=…`), built in one place so the address
// bar, the "Show all" link and the link to the search page agree on its shape.
import type { SearchFilters } from './search-engine.ts';

/** The search page's path and query string for a search, under the site's `base` path. */
export function searchPageUrl(base: string, query: string, filters: SearchFilters): string {
  const url = new URL(`${base}search/`, window.location.href);
  if (query.trim()) url.searchParams.set('q', query.trim());
  for (const [name, value] of Object.entries(filters)) if (value) url.searchParams.set(name, value);
  return `${url.pathname}${url.search}`;
}

