import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PdfObjects } from '../../../src/features/books/pdf/pdf-objects.ts';
import { readPdfLayout } from '../../../src/features/books/pdf/pdf-layout.ts';
import { correctOutlineTitles, decodePdfText, encodePdfText, readOutline, readStringAfter, retitleOutline } from '../../../src/features/books/pdf/pdf-outline.ts';
import { packPdf } from '../../../src/features/books/pdf/pdf-pack.ts';

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

const content = 'BT /F1 12 Tf (endobj inside a stream) Tj ET';
// Three pages in a nested page tree; named destinations (one escaped); a two-level outline whose
// first title lost the space at a line wrap, as Chromium writes it.
const SAMPLE = classicPdf([
  '<</Type /Catalog\n/Pages 2 0 R\n/Dests 6 0 R\n/Outlines 7 0 R\n/Lang (en)>>',
  '<</Type /Pages\n/Count 3\n/Kids [3 0 R 9 0 R]>>',
  '<</Type /Page\n/Parent 2 0 R\n/Contents 5 0 R>>',
  '<</Type /Page\n/Parent 9 0 R>>',
  `<</Length ${content.length}>> stream\n${content}\nendstream`,
  '<</concept-a [3 0 R /XYZ 0 800 0]\n/caf#C3#A9 [4 0 R /XYZ 0 800 0]\n/late <</D [10 0 R /XYZ 0 700 0]>>>>',
  '<</Type /Outlines\n/First 8 0 R\n/Last 8 0 R\n/Count 3>>',
  '<</Title (Symbolic AI vs. machinelearning)\n/Parent 7 0 R\n/First 11 0 R\n/Last 12 0 R\n/Dest [3 0 R /XYZ 0 800 0]>>',
  '<</Type /Pages\n/Parent 2 0 R\n/Count 2\n/Kids [4 0 R 10 0 R]>>',
  '<</Type /Page\n/Parent 9 0 R>>',
  '<</Title <FEFF00C9007400E9>\n/Parent 8 0 R\n/Next 12 0 R\n/Dest [4 0 R /XYZ 0 800 0]>>',
  '<</Title (A \\(b\\) c\\051)\n/Parent 8 0 R\n/Prev 11 0 R\n/Dest [10 0 R /XYZ 0 800 0]>>',
  '<</Title (Sample book)>>',
]);

const workDir = mkdtempSync(join(tmpdir(), 'pdf-objects-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** poppler's pdfinfo judges the file: it must open it without a syntax error. */
function pdfinfo(pdf: Buffer): { status: number | null; output: string } {
  const file = join(workDir, `check-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  const result = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  if (result.error) throw new Error('pdfinfo (poppler-utils) is needed for this test: sudo apt-get install -y poppler-utils', { cause: result.error });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('reading where things landed in a Chromium PDF', () => {
  it('counts pages through a nested page tree and maps named destinations to pages', () => {
    const layout = readPdfLayout(SAMPLE);
    expect(layout.pageCount).toBe(3);
    expect(Object.fromEntries(layout.destinations)).toEqual({ 'concept-a': 1, café: 2, late: 3 });
  });

  it('reads the outline depth first, decoding literal, escaped and UTF-16 titles', () => {
    expect(readOutline(new PdfObjects(SAMPLE))).toEqual([
      { ref: 8, title: 'Symbolic AI vs. machinelearning', depth: 1 },
      { ref: 11, title: 'Été', depth: 2 },
      { ref: 12, title: 'A (b) c)', depth: 2 },
    ]);
  });

  it('says plainly when a file is not a complete PDF', () => {
    expect(() => readPdfLayout(Buffer.from('%PDF-1.4\nnothing here'))).toThrow('Not a complete PDF');
  });
});

describe('giving bookmarks their headings back', () => {
  const items = readOutline(new PdfObjects(SAMPLE));

  it('matches bookmarks to headings in order, skipping headings that have no bookmark', () => {
    const headings = ['Sample book', 'Symbolic AI vs.\n  machine learning', 'A hidden heading', 'Été', 'A (b) c)'];
    expect(Object.fromEntries(correctOutlineTitles(items, headings))).toEqual({ 8: 'Symbolic AI vs. machine learning' });
  });

  it('leaves a bookmark alone when no heading matches it', () => {
    expect(correctOutlineTitles(items, ['Something else entirely']).size).toBe(0);
  });

  it('encodes any text as UTF-16 and reads it back', () => {
    const text = 'Module 1: “AI” – naïve 🙂';
    const token = encodePdfText(text);
    expect(token).toMatch(/^<FEFF[0-9A-F]+>$/);
    expect(readStringAfter(`<</Title ${token}>>`, '/Title')?.value).toBe(text);
    expect(decodePdfText('plain')).toBe('plain');
  });
});

describe('packing objects into compressed object streams', () => {
  const titles = retitleOutline(new PdfObjects(SAMPLE), new Map([[8, 'Symbolic AI vs. machine learning']]));
  const packed = packPdf(SAMPLE, titles);

  it('keeps every page, destination and stream, and applies replacements', () => {
    expect(packed.subarray(0, 8).toString('latin1')).toBe('%PDF-1.5');
    expect(readPdfLayout(packed)).toEqual(readPdfLayout(SAMPLE));
    const objects = new PdfObjects(packed);
    expect(objects.classic).toBe(false);
    expect(readOutline(objects).map((item) => item.title)).toEqual(['Symbolic AI vs. machine learning', 'Été', 'A (b) c)']);
    expect(objects.object(1)).toContain('/Lang (en)');
    expect(packed.toString('latin1')).toContain(content);
    // Dictionaries are no longer readable in the file: they sit compressed in object streams.
    expect(packed.toString('latin1')).not.toContain('/Type /Outlines');
  });

  it('writes a file that poppler opens without complaint', () => {
    for (const pdf of [SAMPLE, packed]) {
      const { status, output } = pdfinfo(pdf);
      expect(output).not.toMatch(/error/i);
      expect(status).toBe(0);
      expect(output).toMatch(/Pages:\s+3/);
      expect(output).toMatch(/Title:\s+Sample book/);
    }
  });

  it('refuses a file that is already packed', () => {
    expect(() => packPdf(packed)).toThrow('classic cross-reference table');
  });
});
