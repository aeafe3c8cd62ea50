// The last steps on a book's final render, with MuPDF.js.
// 1. Bookmark titles. Chromium builds the outline from the page's headings but takes each title from the
//    laid-out lines, joined without a space: a heading that wraps becomes "vs. machinelearning", and
//    `text-transform` leaks in. Each bookmark is matched to its heading (in document order) and gets the
//    heading's real text back.
// 2. Size. Chromium writes PDF 1.4, every object uncompressed; a tagged book has tens of thousands of
//    small structure-tree objects (one per line of text), which made the whole guide about 7 MB. MuPDF
//    saves them compressed in PDF 1.5 object streams (`objstms`), with unused objects dropped (`garbage`).
import * as mupdf from 'mupdf';
import type { OutlineItem, Pdf } from './pdf-read.ts';

/** MuPDF's write options (see its "PDF Write Options"; it throws on a name it does not know). */
const SAVE_OPTIONS = 'compress,garbage,objstms';

/** Letters and digits only, lower case: what survives Chromium's joining of lines and text-transform. */
const squash = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Matches bookmark titles to headings in order (a heading that has no bookmark, such as a hidden one,
 * is skipped) and returns, per bookmark, its heading's text, or undefined when none matches.
 */
export function correctOutlineTitles(titles: readonly string[], headings: readonly string[]): (string | undefined)[] {
  let next = 0;
  return titles.map((title) => {
    const wanted = squash(title);
    const found = headings.findIndex((heading, index) => index >= next && squash(heading) === wanted);
    if (found < 0) return undefined;
    next = found + 1;
    return headings[found]!.replace(/\s+/g, ' ').trim();
  });
}

/** Gives every bookmark whose title differs from its heading the heading's text; returns how many changed. */
export function retitleOutline(pdf: Pdf, headings: readonly string[]): number {
  const { ITERATOR_AT_ITEM, ITERATOR_DID_NOT_MOVE } = mupdf.OutlineIterator;
  // First read every title depth first, then walk again and update: the matching needs them all.
  const titles: string[] = [];
  const walk = (visit: (iterator: mupdf.OutlineIterator, item: OutlineItem) => void) => {
    const iterator = pdf.outlineIterator();
    const level = () => {
      do {
        const item = iterator.item();
        if (!item) return;
        visit(iterator, item);
        const moved = iterator.down();
        if (moved === ITERATOR_AT_ITEM) level();
        if (moved !== ITERATOR_DID_NOT_MOVE) iterator.up();
      } while (iterator.next() === ITERATOR_AT_ITEM);
    };
    level();
  };
  walk((_, item) => titles.push(item.title ?? ''));
  const corrected = correctOutlineTitles(titles, headings);
  let index = 0;
  let changed = 0;
  walk((iterator, item) => {
    const title = corrected[index++];
    if (title === undefined || title === item.title) return;
    iterator.update({ ...item, title });
    changed += 1;
  });
  return changed;
}

/** The PDF's bytes, objects packed into compressed object streams. */
export function savePacked(pdf: Pdf): Buffer {
  return Buffer.from(pdf.saveToBuffer(SAVE_OPTIONS).asUint8Array());
}
