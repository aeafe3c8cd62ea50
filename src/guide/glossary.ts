import GithubSlugger from 'github-slugger';
import type { ConceptEntry } from './model.ts';

/** One glossary entry: a key term, its definition and the pages that define it. */
export interface GlossaryEntry {
  term: string;
  /** Anchor id on the glossary page. */
  anchor: string;
  definition: string;
  /** The concept that defines it first in reading order. */
  concept: string;
  /** Other concepts that also list this term. */
  alsoIn: string[];
}

/** Anchor of a term on the glossary page, shared by the glossary and `<KeyTerms />`. */
export function glossaryAnchor(term: string): string {
  return `term-${new GithubSlugger().slug(term)}`;
}

/** Collects every key term, once each (first definition in reading order wins), sorted A–Z. */
export function buildGlossary(conceptsInOrder: readonly ConceptEntry[]): GlossaryEntry[] {
  const entries = new Map<string, GlossaryEntry>();
  for (const concept of conceptsInOrder) {
    for (const { term, definition } of concept.data.keyTerms) {
      const anchor = glossaryAnchor(term);
      const existing = entries.get(anchor);
      if (existing) {
        if (existing.concept !== concept.slug && !existing.alsoIn.includes(concept.slug)) existing.alsoIn.push(concept.slug);
      } else entries.set(anchor, { term, anchor, definition, concept: concept.slug, alsoIn: [] });
    }
  }
  return [...entries.values()].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
}
