import * as mupdf from 'mupdf';
import { readFileSync } from 'node:fs';
const doc = mupdf.PDFDocument.openDocument(readFileSync(process.argv[2]), 'application/pdf');
const root = doc.getTrailer().get('Root');
console.log('MarkInfo', root.get('MarkInfo').toString(), 'STR', root.get('StructTreeRoot').isNull() ? 'none' : 'yes', 'Lang', root.get('Lang').toString());
const first = root.get('Outlines').get('First');
console.log('first raw', first.resolve().toString().slice(0, 300));
const it = doc.outlineIterator();
const items = [];
function walk(depth) {
  do {
    const item = it.item(); if (!item) break;
    items.push({ depth, ...item });
    if (items.length === 2) { it.update({ ...item, title: 'Changed title ✓ “x”' }); }
    const r = it.down(); if (r === mupdf.OutlineIterator.ITERATOR_AT_ITEM) walk(depth + 1); if (r !== mupdf.OutlineIterator.ITERATOR_DID_NOT_MOVE) it.up();
  } while (it.next() === mupdf.OutlineIterator.ITERATOR_AT_ITEM);
}
walk(1);
console.log(items.length, items.slice(0, 4));
const out = doc.saveToBuffer('compress,garbage,objstms');
const doc2 = mupdf.PDFDocument.openDocument(out, 'application/pdf');
const r2 = doc2.getTrailer().get('Root');
console.log('after: MarkInfo', r2.get('MarkInfo').toString(), 'STR', !r2.get('StructTreeRoot').isNull(), 'Lang', r2.get('Lang').toString());
let o = r2.get('Outlines').get('First'); o = o.get('Next');
console.log('second raw after', o.resolve().toString().slice(0, 300));
const o2 = doc2.loadOutline(); console.log(o2.slice(0,3).map(x => [x.title, x.page, x.uri]));
