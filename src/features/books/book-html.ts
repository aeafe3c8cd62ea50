// A printed book puts every concept page on one HTML page. Each page's rendered HTML is written
// for its own URL, so before it joins the book it is scoped: its ids get a per-concept prefix (two
// pages both have `#how-it-works` and footnote `#user-content-fn-1`), its headings move one level
// down (the concept title becomes the h2), and links into the site point inside the book instead.

/** What a book holds, to decide whether a site link can become an in-book `#anchor`. */
export interface BookTargets {
  /** The site's base path, with a trailing slash ("/" or "/guide/"). */
  base: string;
  /** The public origin plus base, for links to pages the book does not hold ("https://x.example/guide/"). */
  siteUrl: string;
  concepts: ReadonlySet<string>;
  modules: ReadonlySet<string>;
  /** Glossary anchors (`term-…`) present in the book's glossary. */
  terms: ReadonlySet<string>;
}

/** A link resolved for the book: `xref` marks a cross-reference worth a page number. */
export interface BookLink {
  href: string;
  xref: boolean;
}

/** Book-wide anchor ids. Scoped ids of a concept start with `<slug>--`, so these never collide. */
export const bookAnchor = {
  module: (id: string) => `module-${id}`,
  concept: (slug: string) => `concept-${slug}`,
  section: (slug: string, id: string) => `${slug}--${id}`,
  worksheet: (slug: string) => `ws-${slug}`,
  question: (id: string) => `ws-q-${id}`,
  answers: (slug: string) => `ak-${slug}`,
  answer: (id: string) => `ak-q-${id}`,
};

/** Ids that a scoped fragment must leave alone: the worksheet's and answer key's book-wide ids. */
const BOOK_WIDE_ID = /^(ws|ak)-/;

/**
 * Where a site link should point in the book: an `#anchor` when the book holds the target, else the
 * page's absolute URL on the public site (a PDF has no site to be relative to). External links and
 * `mailto:` stay as they are.
 */
export function resolveBookHref(href: string, targets: BookTargets): BookLink {
  if (!href.startsWith('/') || href.startsWith('//')) return { href, xref: false };
  const path = href.startsWith(targets.base) ? href.slice(targets.base.length) : href.slice(1);
  const [pathname = '', fragment] = path.split('#', 2) as [string, string | undefined];
  const concept = /^concepts\/([^/]+)\/?$/.exec(pathname)?.[1];
  if (concept && targets.concepts.has(concept)) {
    return { href: `#${fragment ? bookAnchor.section(concept, fragment) : bookAnchor.concept(concept)}`, xref: true };
  }
  const module = /^modules\/([^/]+)\/?$/.exec(pathname)?.[1];
  if (module && targets.modules.has(module) && !fragment) return { href: `#${bookAnchor.module(module)}`, xref: true };
  if (/^glossary\/?$/.test(pathname) && fragment && targets.terms.has(fragment)) return { href: `#${fragment}`, xref: false };
  return { href: new URL(path, targets.siteUrl).href, xref: false };
}

/** Attributes that hold one id, or a space-separated list of ids. */
const ID_ATTRIBUTES = new Set(['id', 'for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'headers']);

// A start or end tag; attribute values may contain ">" inside quotes. Text in Astro's output never
// holds a raw "<" followed by a letter (it is escaped), so this does not match inside text.
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTRIBUTE = /(\s)([a-zA-Z_:][-a-zA-Z0-9_:.]*)="([^"]*)"/g;

export interface ScopeOptions {
  /** The concept slug: ids become `<slug>--<id>`. */
  slug: string;
  targets: BookTargets;
  /** How many levels to move headings down (h2 → h3 with 1). */
  shiftHeadings?: number;
}

/**
 * Scopes one concept's rendered HTML for the book: prefixes ids and the references to them,
 * moves headings down, and resolves links (in-book cross-references get `data-xref`, which the
 * PDF step fills with the page number).
 */
export function scopeConceptHtml(html: string, { slug, targets, shiftHeadings = 1 }: ScopeOptions): string {
  const scope = (id: string) => (BOOK_WIDE_ID.test(id) ? id : bookAnchor.section(slug, id));
  return html.replace(TAG, (_tag, slash: string, name: string, attributes: string) => {
    const heading = /^h([1-6])$/i.exec(name);
    const tagName = heading ? `h${Math.min(6, Number(heading[1]) + shiftHeadings)}` : name;
    if (slash) return `</${tagName}>`;
    let xref = false;
    const rewritten = attributes.replace(ATTRIBUTE, (whole, space: string, attribute: string, value: string) => {
      const key = attribute.toLowerCase();
      if (ID_ATTRIBUTES.has(key)) return `${space}${attribute}="${value.split(/\s+/).filter(Boolean).map(scope).join(' ')}"`;
      if (key === 'href' && name.toLowerCase() === 'a') {
        if (value.startsWith('#')) return `${space}href="#${scope(decodeURIComponent(value.slice(1)))}"`;
        const link = resolveBookHref(value.replaceAll('&amp;', '&'), targets);
        xref ||= link.xref;
        return `${space}href="${link.href.replaceAll('&', '&amp;')}"`;
      }
      return whole;
    });
    return `<${tagName}${rewritten}${xref ? ' data-xref' : ''}>`;
  });
}
