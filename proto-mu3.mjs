import * as mupdf from 'mupdf';
import { readFileSync } from 'node:fs';
const doc = mupdf.Document.openDocument(readFileSync('dist/pdf/ai-foundations.pdf'), 'application/pdf');
const page = doc.loadPage(1);
const st = page.toStructuredText('preserve-whitespace');
console.log(JSON.stringify(st.asText()).slice(0, 1500));
const json = JSON.parse(st.asJSON());
console.log(JSON.stringify(json.blocks.slice(0, 3)).slice(0, 2500));
console.log(page.getLinks().slice(0, 3).map(l => [l.getURI(), l.getBounds()]));
