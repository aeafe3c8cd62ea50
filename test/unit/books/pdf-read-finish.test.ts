import { describe, expect, it } from 'vitest';
import { correctOutlineTitles, retitleOutline, savePacked } from '../../../src/features/books/pdf/pdf-finish.ts';
import { openPdf, pageText, readOutline, readPdfLayout } from '../../../src/features/books/pdf/pdf-read.ts';

/** Writes a classic PDF 1.4 (objects numbered from 1, a cross-reference table), the way Chromium does. */
function classicPdf(objects: string[]): Buffer {
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(out.length);
    out += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<</Size ${objects.length + 1}\n/Root 1 0 R\n/Info 13 0 R>>\nstartxref\n${xref}\n%%EOF`;
  return Buffer.from(out, 'latin1');
}

const content = 'BT /F1 12 Tf 72 700 Td (Words on page one) Tj ET';
// Three pages in a nested page tree; named destinations (one escaped, one behind /D); a two-level
// outline whose first title lost the space at a line wrap, as Chromium writes it; tagged, in English.
const SAMPLE = classicPdf([
  '<</Type /Catalog\n/Pages 2 0 R\n/Dests 6 0 R\n/Outlines 7 0 R\n/Lang (en)\n/MarkInfo <</Marked true>>\n/StructTreeRoot 14 0 R>>',
  '<</Type /Pages\n/Count 3\n/Kids [3 0 R 9 0 R]>>',
  '<</Type /Page\n/Parent 2 0 R\n/MediaBox [0 0 595 842]\n/Contents 5 0 R\n/Resources <</Font <</F1 15 0 R>>>>>>',
  '<</Type /Page\n/Parent 9 0 R\n/MediaBox [0 0 595 842]>>',
  `<</Length ${content.length}>> stream\n${content}\nendstream`,
  '<</concept-a [3 0 R /XYZ 0 800 0]\n/caf#C3#A9 [4 0 R /XYZ 0 800 0]\n/late <</D [10 0 R /XYZ 0 700 0]>>>>',
  '<</Type /Outlines\n/First 8 0 R\n/Last 8 0 R\n/Count 3>>',
  '<</Title (Symbolic AI vs. machinelearning)\n/Parent 7 0 R\n/First 11 0 R\n/Last 12 0 R\n/Count 2\n/Dest [3 0 R /XYZ 0 800 0]>>',
  '<</Type /Pages\n/Parent 2 0 R\n/Count 2\n/Kids [4 0 R 10 0 R]>>',
  '<</Type /Page\n/Parent 9 0 R\n/MediaBox [0 0 595 842]>>',
  '<</Title <FEFF00C9007400E9>\n/Parent 8 0 R\n/Next 12 0 R\n/Dest [4 0 R /XYZ 0 800 0]>>',
  '<</Title (A \\(b\\) c\\051)\n/Parent 8 0 R\n/Prev 11 0 R\n/Dest [10 0 R /XYZ 0 800 0]>>',
  '<</Title (Sample book)>>',
  '<</Type /StructTreeRoot\n/K [16 0 R]>>',
  '<</Type /Font\n/Subtype /Type1\n/BaseFont /Helvetica>>',
  '<</Type /StructElem\n/S /P\n/P 14 0 R\n/Pg 3 0 R\n/K 0>>',
]);

describe('reading where things landed in a Chromium PDF', () => {
  it('counts pages through a nested page tree and maps named destinations to pages', () => {
    const layout = readPdfLayout(openPdf(SAMPLE));
    expect(layout.pageCount).toBe(3);
    expect(Object.fromEntries(layout.destinations)).toEqual({ 'concept-a': 1, café: 2, late: 3 });
  });

  it('reads the outline depth first, decoding literal, escaped and UTF-16 titles, with their pages', () => {
    expect(readOutline(openPdf(SAMPLE))).toEqual([
      { title: 'Symbolic AI vs. machinelearning', depth: 1, page: 1 },
      { title: 'Été', depth: 2, page: 2 },
      { title: 'A (b) c)', depth: 2, page: 3 },
    ]);
  });

  it('reads the text of a page', () => {
    expect(pageText(openPdf(SAMPLE), 1, 1)).toContain('Words on page one');
  });

  it('says plainly when a file is not a complete PDF', () => {
    expect(() => openPdf(Buffer.from('%PDF-1.4\nnothing here'))).toThrow('Not a readable PDF');
  });
});

describe('giving bookmarks their headings back', () => {
  const titles = ['Symbolic AI vs. machinelearning', 'Été', 'A (b) c)'];

  it('matches bookmarks to headings in order, skipping headings that have no bookmark', () => {
    const headings = ['Sample book', 'Symbolic AI vs.\n  machine learning', 'A hidden heading', 'Été', 'A (b) c)'];
    expect(correctOutlineTitles(titles, headings)).toEqual(['Symbolic AI vs. machine learning', 'Été', 'A (b) c)']);
  });

  it('leaves a bookmark alone when no heading matches it', () => {
    expect(correctOutlineTitles(titles, ['Something else entirely'])).toEqual([undefined, undefined, undefined]);
  });
});

describe('finishing a book: repaired bookmarks, objects packed into compressed object streams', () => {
  const pdf = openPdf(SAMPLE);
  const changed = retitleOutline(pdf, ['Symbolic AI vs. machine learning', 'Été', 'A (b) c)', 'Module 1: “AI” – naïve 🙂']);
  const packed = savePacked(pdf);
  const reopened = openPdf(packed);

  it('changes only the titles that differ from their headings, and any text survives the trip', () => {
    expect(changed).toBe(1);
    expect(readOutline(reopened)).toEqual([
      { title: 'Symbolic AI vs. machine learning', depth: 1, page: 1 },
      { title: 'Été', depth: 2, page: 2 },
      { title: 'A (b) c)', depth: 2, page: 3 },
    ]);
  });

  it('keeps every page, destination, the tags, the language and the document title', () => {
    expect(readPdfLayout(reopened)).toEqual(readPdfLayout(openPdf(SAMPLE)));
    const root = reopened.getTrailer().get('Root');
    expect(root.get('MarkInfo').get('Marked').asBoolean()).toBe(true);
    expect(root.get('StructTreeRoot').get('K').get(0).get('S').asName()).toBe('P');
    expect(root.get('Lang').asString()).toBe('en');
    expect(reopened.getMetaData('info:Title')).toBe('Sample book');
    expect(pageText(reopened, 1, 1)).toContain('Words on page one');
  });

  it('writes PDF 1.5 with object streams: the dictionaries are no longer readable in the file', () => {
    const raw = packed.toString('latin1');
    expect(raw.startsWith('%PDF-1.5')).toBe(true);
    expect(raw).toContain('/ObjStm');
    expect(SAMPLE.toString('latin1')).toMatch(/\/Type\s*\/Outlines/);
    expect(raw).not.toMatch(/\/Type\s*\/Outlines/);
    expect(raw).not.toMatch(/\/Type\s*\/StructTreeRoot/);
  });
});
