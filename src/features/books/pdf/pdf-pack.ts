// Chromium writes PDF 1.4: every object stands uncompressed in the file. A tagged book has tens of
// thousands of small structure-tree objects (one per line of text), which made the whole guide about
// 7 MB. PDF 1.5 object streams hold such objects compressed; this moves every non-stream object into
// them and replaces the cross-reference table with a compressed cross-reference stream. Object numbers
// do not change, so every reference stays valid; streams (pages, fonts, images) are copied byte for byte.
import { deflateSync } from 'node:zlib';
import { PdfObjects } from './pdf-objects.ts';

/** How many objects go into one object stream: big enough to compress well, small enough to read fast. */
const OBJECTS_PER_STREAM = 200;

/**
 * Packs a classic PDF (as Chromium writes it) into a PDF 1.5 with object streams; returns the new bytes.
 * `replacements` gives new bodies for some non-stream objects (e.g. corrected bookmark titles).
 */
export function packPdf(pdf: Uint8Array, replacements: ReadonlyMap<number, string> = new Map()): Buffer {
  const source = new PdfObjects(pdf);
  if (!source.classic) throw new Error('packPdf expects a PDF with a classic cross-reference table, as Chromium writes it');
  const byOffset = [...source.entries]
    .flatMap(([number, entry]) => (entry.type === 1 ? [{ number, offset: entry.offset }] : []))
    .sort((a, b) => a.offset - b.offset);

  const chunks: Buffer[] = [Buffer.from('%PDF-1.5\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = chunks[0]!.length;
  const write = (chunk: Buffer | string) => {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk;
    chunks.push(buffer);
    length += buffer.length;
  };
  const rows = new Map<number, [number, number, number]>();
  const packed: { number: number; body: string }[] = [];

  for (const [i, { number, offset }] of byOffset.entries()) {
    const end = byOffset[i + 1]?.offset ?? source.xrefOffset;
    const raw = source.bytes.subarray(offset, end);
    const text = raw.toString('latin1');
    const header = /^\s*(\d+)\s+(\d+)\s+obj\b/.exec(text);
    if (!header || Number(header[1]) !== number) throw new Error(`PDF object ${number} is not where the cross-reference table says`);
    const body = text.slice(header[0].length).replace(/\s*endobj\s*$/, '').trim();
    if (body.endsWith('endstream') || header[2] !== '0') {
      rows.set(number, [1, length, Number(header[2])]);
      write(raw);
      if (raw[raw.length - 1] !== 0x0a) write('\n');
    } else packed.push({ number, body: replacements.get(number) ?? body });
  }

  let next = Math.max(0, ...source.entries.keys()) + 1;
  for (let start = 0; start < packed.length; start += OBJECTS_PER_STREAM) {
    const group = packed.slice(start, start + OBJECTS_PER_STREAM);
    const number = next++;
    let index = '';
    let bodies = '';
    for (const [position, object] of group.entries()) {
      index += `${object.number} ${bodies.length} `;
      bodies += `${object.body}\n`;
      rows.set(object.number, [2, number, position]);
    }
    const data = deflateSync(Buffer.from(index + bodies, 'latin1'));
    rows.set(number, [1, length, 0]);
    write(`${number} 0 obj\n<</Type /ObjStm /N ${group.length} /First ${index.length} /Filter /FlateDecode /Length ${data.length}>>\nstream\n`);
    write(data);
    write('\nendstream\nendobj\n');
  }

  const xref = next++;
  const xrefOffset = length;
  rows.set(xref, [1, xrefOffset, 0]);
  const table = Buffer.alloc(next * 7);
  for (let number = 0; number < next; number += 1) {
    const [type, field2, field3] = rows.get(number) ?? [0, 0, number === 0 ? 65535 : 0];
    table.writeUInt8(type, number * 7);
    table.writeUInt32BE(field2, number * 7 + 1);
    table.writeUInt16BE(field3, number * 7 + 5);
  }
  const data = deflateSync(table);
  const keep = ['Root', 'Info'].flatMap((key) => {
    const ref = PdfObjects.ref(source.trailer, key);
    return ref === undefined ? [] : [`/${key} ${ref} 0 R`];
  });
  const id = /\/ID\s*\[[^\]]*\]/.exec(source.trailer)?.[0];
  write(`${xref} 0 obj\n<</Type /XRef /Size ${next} /W [1 4 2] ${keep.join(' ')}${id ? ` ${id}` : ''} /Filter /FlateDecode /Length ${data.length}>>\nstream\n`);
  write(data);
  write(`\nendstream\nendobj\nstartxref\n${xrefOffset}\n%%EOF\n`);
  return Buffer.concat(chunks, length);
}
