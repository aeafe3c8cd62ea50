import { GUIDE_BOOK_ID, PDF_DIR, bookFile, bookRoute, type BookSpec } from './book-files.ts';
import type { BookTargets } from './book-html.ts';
import type { GlossaryEntry } from '../../guide/glossary.ts';
import type { SyllabusModule } from '../../guide/syllabus.ts';
import type { Guide } from '../../guide/load-guide.ts';
import { config } from '../../config.ts';
import { base, href } from '../../paths.ts';

/** False when the build skips the PDF step (`GUIDE_SKIP_PDF=1`): pages then leave out links to PDFs that do not exist. */
export const pdfBooksBuilt = !config.skipPdf;

/** The books the build prints: the whole guide first, then one per module in syllabus order. */
export function bookSpecs(guide: Guide): BookSpec[] {
  return [
    { id: GUIDE_BOOK_ID, file: bookFile(GUIDE_BOOK_ID), route: bookRoute(GUIDE_BOOK_ID), title: 'GenAI Study Guide' },
    ...guide.syllabus.map(({ module }) => ({
      id: module.id,
      file: bookFile(module.id),
      route: bookRoute(module.id),
      title: `Module ${module.data.order}: ${module.data.title}`,
    })),
  ];
}

/** The URL of a book's PDF on the site. */
export const pdfUrl = (bookId: string) => href(`${PDF_DIR}/${bookFile(bookId)}`);

let numbers: Map<string, number> | undefined;
/** The number of a question in every book ("Q131"): its position in the bank in reading order, the same in the guide and in its module's book. */
export function questionNumber(guide: Guide, id: string): number {
  numbers ??= new Map(
    guide.order.flatMap((concept) => guide.questionsByConcept.get(concept.slug) ?? []).map((question, index) => [question.id, index + 1]),
  );
  const number = numbers.get(id);
  if (number === undefined) throw new Error(`No question has the id "${id}".`);
  return number;
}

/** What one book holds, so that links to it become in-book anchors and links elsewhere go to the site. */
export function bookTargets(modules: readonly SyllabusModule[], glossary: readonly GlossaryEntry[], site: URL | undefined): BookTargets {
  return {
    base,
    siteUrl: new URL(base, site ?? config.siteUrl).href,
    concepts: new Set(modules.flatMap(({ concepts }) => concepts.map((concept) => concept.slug))),
    modules: new Set(modules.map(({ module }) => module.id)),
    terms: new Set(glossary.map((entry) => entry.anchor)),
  };
}
