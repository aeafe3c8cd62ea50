// Chromium builds the PDF's bookmark outline from the page's headings, but it takes each title from
// the laid-out lines and joins them without a space: a heading that wraps becomes "vs. machinelearning"
// in the bookmarks, and `text-transform` leaks in. This reads the outline and lines its items up with
// the page's headings (in document order) so each item can get its heading's real text back.
import { PdfObjects } from './pdf-objects.ts';

/** One bookmark: the object that holds it, its title as written, and its depth (1 = top level). */
export interface OutlineItem {
  ref: number;
  title: string;
  depth: number;
}

/** The bookmark outline of a PDF, depth first (the order of the headings it came from). */
export function readOutline(objects: PdfObjects): OutlineItem[] {
  const root = PdfObjects.ref(objects.trailer, 'Root');
  const outlines = root === undefined ? undefined : PdfObjects.ref(objects.object(root), 'Outlines');
  if (outlines === undefined) return [];
  const items: OutlineItem[] = [];
  const seen = new Set<number>();
  const visit = (first: number | undefined, depth: number) => {
    for (let ref = first; ref !== undefined && !seen.has(ref); ) {
      seen.add(ref);
      const item = objects.object(ref);
      const title = readStringAfter(item, '/Title');
      items.push({ ref, title: title?.value ?? '', depth });
      visit(PdfObjects.ref(item, 'First'), depth + 1);
      ref = PdfObjects.ref(item, 'Next');
    }
  };
  visit(PdfObjects.ref(objects.object(outlines), 'First'), 1);
  return items;
}

/** Letters and digits only, lower case: what survives Chromium's joining of lines and text-transform. */
const squash = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Matches bookmarks to headings in order (a heading that is not in the outline, such as a hidden one,
 * is skipped) and returns the corrected title of each bookmark whose text differs from its heading.
 */
export function correctOutlineTitles(items: readonly OutlineItem[], headings: readonly string[]): Map<number, string> {
  const corrected = new Map<number, string>();
  let next = 0;
  for (const item of items) {
    const wanted = squash(item.title);
    const found = headings.findIndex((heading, index) => index >= next && squash(heading) === wanted);
    if (found < 0) continue;
    next = found + 1;
    const text = headings[found]!.replace(/\s+/g, ' ').trim();
    if (text !== item.title) corrected.set(item.ref, text);
  }
  return corrected;
}

/** New bodies for the bookmark objects whose titles change, for packPdf(). */
export function retitleOutline(objects: PdfObjects, titles: ReadonlyMap<number, string>): Map<number, string> {
  const bodies = new Map<number, string>();
  for (const [ref, title] of titles) {
    const body = objects.object(ref);
    const old = readStringAfter(body, '/Title');
    if (!old) continue;
    bodies.set(ref, `${body.slice(0, old.start)}${encodePdfText(title)}${body.slice(old.end)}`);
  }
  return bodies;
}

/** A text string as PDF wants it for any language: UTF-16BE with a byte-order mark, in hex. */
export function encodePdfText(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i += 1) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/** Decodes a PDF text string's bytes (UTF-16BE with a byte-order mark, or PDFDocEncoding read as latin1). */
export function decodePdfText(bytes: string): string {
  if (bytes.startsWith('\xfe\xff')) {
    let text = '';
    for (let i = 2; i + 1 < bytes.length; i += 2) text += String.fromCharCode(bytes.charCodeAt(i) * 256 + bytes.charCodeAt(i + 1));
    return text;
  }
  return bytes;
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };

/** The string value after `key` in a dictionary: its decoded text and where its token starts and ends. */
export function readStringAfter(dictionary: string, key: string): { value: string; start: number; end: number } | undefined {
  const at = new RegExp(`${key.replace('/', '\\/')}\\s*([(<])`).exec(dictionary);
  if (!at) return undefined;
  const start = at.index + at[0].length - 1;
  if (at[1] === '<') {
    const end = dictionary.indexOf('>', start) + 1;
    const hex = dictionary.slice(start + 1, end - 1).replace(/\s+/g, '');
    const bytes = (hex.length % 2 ? `${hex}0` : hex).replace(/../g, (pair) => String.fromCharCode(parseInt(pair, 16)));
    return { value: decodePdfText(bytes), start, end };
  }
  let bytes = '';
  let depth = 0;
  for (let i = start + 1; i < dictionary.length; i += 1) {
    const char = dictionary[i]!;
    if (char === '\\') {
      const escaped = dictionary[i + 1] ?? '';
      const octal = /^[0-7]{1,3}/.exec(dictionary.slice(i + 1, i + 4));
      if (octal) {
        bytes += String.fromCharCode(parseInt(octal[0], 8) & 0xff);
        i += octal[0].length;
      } else if (escaped === '\r' || escaped === '\n') {
        i += escaped === '\r' && dictionary[i + 2] === '\n' ? 2 : 1;
      } else {
        bytes += ESCAPES[escaped] ?? escaped;
        i += 1;
      }
    } else if (char === '(') {
      depth += 1;
      bytes += char;
    } else if (char === ')') {
      if (depth === 0) return { value: decodePdfText(bytes), start, end: i + 1 };
      depth -= 1;
      bytes += char;
    } else bytes += char;
  }
  return undefined;
}
