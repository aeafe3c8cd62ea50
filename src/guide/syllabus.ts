import type { ConceptEntry, ModuleEntry } from './model.ts';

/** A module with its concepts, in syllabus order. */
export interface SyllabusModule {
  module: ModuleEntry;
  concepts: ConceptEntry[];
}

/** Orders modules by `order`, and each module's concepts by `order`; concepts of unknown modules are left out. */
export function buildSyllabus(modules: readonly ModuleEntry[], concepts: readonly ConceptEntry[]): SyllabusModule[] {
  return [...modules]
    .sort((a, b) => a.data.order - b.data.order)
    .map((module) => ({
      module,
      concepts: concepts.filter((c) => c.data.module === module.id).sort((a, b) => a.data.order - b.data.order),
    }));
}

/** Every concept in reading order: module by module. */
export function readingOrder(syllabus: readonly SyllabusModule[]): ConceptEntry[] {
  return syllabus.flatMap((entry) => entry.concepts);
}

/** The concepts before and after `slug` in reading order (crossing module boundaries). */
export function neighbours(
  order: readonly ConceptEntry[],
  slug: string,
): { previous: ConceptEntry | undefined; next: ConceptEntry | undefined } {
  const index = order.findIndex((concept) => concept.slug === slug);
  if (index < 0) return { previous: undefined, next: undefined };
  return { previous: order[index - 1], next: order[index + 1] };
}
