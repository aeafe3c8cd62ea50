// Builds the DOM of search results from the engine's hits, with text nodes only (no innerHTML).
// Two shapes: options of a listbox for the dialog (walked with the arrow keys from the query box),
// and lists of links under headings for the search page.
import type { SearchHit, SearchSubHit } from './search-engine.ts';
import { highlightSegments, type TextSegment } from '../engine/search-text.ts';

/** What a learner calls each kind of page, one and many. */
export const KIND_LABELS: Readonly<Record<string, { one: string; many: string }>> = {
  concept: { one: 'Concept', many: 'Concepts' },
  module: { one: 'Module overview', many: 'Module overviews' },
  glossary: { one: 'Glossary', many: 'Glossary' },
  question: { one: 'Practice question', many: 'Practice questions' },
};

/** Appends text segments to `parent`, wrapping matched ones in <mark>. */
function appendSegments(parent: Element, segments: readonly TextSegment[]): void {
  for (const segment of segments) {
    if (segment.mark) {
      const mark = document.createElement('mark');
      mark.textContent = segment.text;
      parent.append(mark);
    } else parent.append(segment.text);
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

function segmentsIn<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, segments: readonly TextSegment[], id?: string): HTMLElementTagNameMap[K] {
  const node = element(tag, className);
  if (id) node.id = id;
  appendSegments(node, segments);
  return node;
}

/** "Concept · Generative AI fundamentals · intermediate". */
function metaLine(hit: SearchHit, id?: string): HTMLElement {
  const meta = element('span', 'search-hit-meta');
  if (id) meta.id = id;
  const kind = hit.kind ? (KIND_LABELS[hit.kind]?.one ?? hit.kind) : undefined;
  if (kind) meta.append(element('span', `search-chip search-chip--${hit.kind}`, kind));
  if (hit.difficulty) meta.append(element('span', 'search-hit-difficulty', hit.difficulty));
  if (hit.module && hit.kind !== 'module') meta.append(element('span', 'search-hit-module', hit.module));
  return meta;
}

/** A group of results under a label: a listbox group in the dialog, a section with a list on the page. */
export function resultGroup(mode: 'listbox' | 'list', label: string, id: string): { group: HTMLElement; items: HTMLElement } {
  if (mode === 'listbox') {
    const heading = element('div', 'search-group-label', label);
    heading.id = `${id}-label`;
    const group = element('div', 'search-group', heading);
    group.setAttribute('role', 'group');
    group.setAttribute('aria-labelledby', heading.id);
    return { group, items: group };
  }
  const heading = element('h2', 'search-group-label', label);
  heading.id = `${id}-label`;
  const items = element('ol', 'search-hit-list');
  const group = element('section', 'search-group', heading, items);
  group.setAttribute('aria-labelledby', heading.id);
  return { group, items };
}

/**
 * Options for the dialog's listbox: each page, then its matching sections. Every option is a real
 * link (`<a role="option">`), so a middle click or Ctrl+click opens it in a new tab.
 */
export function renderOptions(hits: readonly SearchHit[], words: readonly string[], nextId: () => string): HTMLAnchorElement[] {
  const options: HTMLAnchorElement[] = [];
  for (const hit of hits) {
    const id = nextId();
    const option = element(
      'a',
      `search-hit search-hit--${hit.kind ?? 'other'}`,
      segmentsIn('span', 'search-hit-title', highlightSegments(hit.title, words), `${id}-title`),
      metaLine(hit, `${id}-meta`),
    );
    if (hit.excerpt.length > 0) option.append(segmentsIn('span', 'search-hit-excerpt', hit.excerpt, `${id}-excerpt`));
    asOption(option, id, hit.url, `${id}-title ${id}-meta`, hit.excerpt.length > 0 ? `${id}-excerpt` : undefined);
    options.push(option);
    for (const sub of hit.subHits) options.push(subOption(sub, hit, nextId(), words));
  }
  return options;
}

function subOption(sub: SearchSubHit, hit: SearchHit, id: string, words: readonly string[]): HTMLAnchorElement {
  const context = element('span', 'visually-hidden', `in ${hit.title}`);
  context.id = `${id}-in`;
  const option = element(
    'a',
    'search-hit search-hit--section',
    element('span', 'search-hit-title', hashMark(), segmentsIn('span', '', highlightSegments(sub.title, words), `${id}-title`)),
    segmentsIn('span', 'search-hit-excerpt', sub.excerpt, `${id}-excerpt`),
    context,
  );
  // Read as "How it works, in Grounding, citations and RAG".
  asOption(option, id, sub.url, `${id}-title ${id}-in`, `${id}-excerpt`);
  return option;
}

/** The "#" before a section's title: a picture of a heading, not part of its name. */
function hashMark(): HTMLElement {
  const mark = element('span', 'search-hit-hash', '#');
  mark.setAttribute('aria-hidden', 'true');
  return mark;
}

/** An option that leads to every result of one kind ("Show all 12 practice questions"). */
export function showAllOption(label: string, href: string, kind: string, id: string): HTMLAnchorElement {
  const arrow = element('span', '', ' →');
  arrow.setAttribute('aria-hidden', 'true');
  const option = element('a', 'search-hit search-hit--all', element('span', 'search-hit-title', label, arrow));
  asOption(option, id, href);
  option.dataset['searchKind'] = kind;
  return option;
}

function asOption(option: HTMLAnchorElement, id: string, href: string, labelledBy?: string, describedBy?: string): void {
  option.id = id;
  option.href = href;
  option.tabIndex = -1;
  option.setAttribute('role', 'option');
  option.setAttribute('aria-selected', 'false');
  if (labelledBy) option.setAttribute('aria-labelledby', labelledBy);
  if (describedBy) option.setAttribute('aria-describedby', describedBy);
}

/** Items for the search page's lists: a heading link per page, its details, then its sections. */
export function renderListItems(hits: readonly SearchHit[], words: readonly string[]): HTMLLIElement[] {
  return hits.map((hit) => {
    const link = segmentsIn('a', 'search-hit-link', highlightSegments(hit.title, words));
    link.href = hit.url;
    const item = element('li', 'search-hit search-hit--page', element('h3', 'search-hit-title', link), metaLine(hit));
    if (hit.excerpt.length > 0) item.append(segmentsIn('p', 'search-hit-excerpt', hit.excerpt));
    if (hit.subHits.length > 0) {
      const subs = element('ul', 'search-subhits');
      for (const sub of hit.subHits) {
        const subLink = segmentsIn('a', 'search-hit-link', highlightSegments(sub.title, words));
        subLink.href = sub.url;
        subs.append(element('li', 'search-hit search-hit--section', subLink, segmentsIn('p', 'search-hit-excerpt', sub.excerpt)));
      }
      item.append(subs);
    }
    return item;
  });
}

/** A link under a list to every result of one kind. */
export function showAllLink(label: string, href: string, kind: string): HTMLParagraphElement {
  const link = element('a', 'search-show-all', label);
  link.href = href;
  link.dataset['searchKind'] = kind;
  return element('p', 'search-show-all-line', link);
}
