import * as mupdf from 'mupdf';
import { readFileSync } from 'node:fs';
const bytes = readFileSync(process.argv[2]);
let t = performance.now();
const doc = mupdf.PDFDocument.openDocument(bytes, 'application/pdf');
console.log('open', (performance.now() - t).toFixed(0), 'ms; pages', doc.countPages());
t = performance.now();
const dests = doc.getTrailer().get('Root').get('Dests');
console.log('Dests', dests.isDictionary(), 'names tree', doc.getTrailer().get('Root').get('Names').isNull());
let n = 0; const sample = [];
dests.forEach((v, k) => { n++; if (sample.length < 3) sample.push([k, v.toString()]); });
console.log('dests', n, sample, (performance.now() - t).toFixed(0), 'ms');
t = performance.now();
let n2 = 0; const s2 = [];
dests.forEach((v, k) => { const p = doc.resolveLink('#' + encodeURIComponent(k)); n2++; if (s2.length<3) s2.push([k, p]); });
console.log('resolveLink', s2, (performance.now() - t).toFixed(0), 'ms');
const ol = doc.loadOutline(); console.log('outline top', ol.length, ol[0]?.title, ol[0]?.down?.length);
for (const opts of ['compress,garbage,objstms', 'compress,garbage,object-streams', 'garbage=compact,compress,object-streams', 'object-streams', 'compress', 'garbage=deduplicate,compress,object-streams,compress-effort=100']) {
  t = performance.now();
  try { const out = doc.saveToBuffer(opts).asUint8Array(); const s = Buffer.from(out).toString('latin1');
  console.log(opts, out.length, 'ObjStm', /ObjStm/.test(s), 'ver', s.slice(0,8), (performance.now() - t).toFixed(0), 'ms'); } catch (e) { console.log(opts, 'ERR', e.message); }
}
