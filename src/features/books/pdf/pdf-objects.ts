// A small reader for the PDFs this project writes: Chromium's (Skia's) output, which has a classic
// cross-reference table, and the same file after packPdf(), which moves objects into compressed object
// streams behind a cross-reference stream. Enough to find objects by number; not a general PDF parser
// (no incremental updates, no encryption).
import { inflateSync } from 'node:zlib';

/** Where an object lives: at a byte offset, or inside an object stream. */
export type XrefEntry = { type: 1; offset: number } | { type: 2; stream: number; index: number };

/** The objects of a PDF, by number. */
export class PdfObjects {
  readonly bytes: Buffer;
  /** The file as latin1 text: one character per byte, so string offsets are byte offsets. */
  readonly text: string;
  readonly entries = new Map<number, XrefEntry>();
  /** The trailer dictionary (or the cross-reference stream's dictionary). */
  readonly trailer: string;
  /** The byte offset of the cross-reference section. */
  readonly xrefOffset: number;
  /** True when the file has a classic `xref` table (as Chromium writes it). */
  readonly classic: boolean;
  #streams = new Map<number, string[]>();

  constructor(pdf: Uint8Array) {
    this.bytes = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    this.text = this.bytes.toString('latin1');
    const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(this.text.slice(-64));
    if (!start) throw new Error('Not a complete PDF: no startxref at the end');
    this.xrefOffset = Number(start[1]);
    this.classic = this.text.startsWith('xref', this.xrefOffset);
    this.trailer = this.classic ? this.#readTable() : this.#readXrefStream();
  }

  /** The text of object `ref` without its `N 0 obj … endobj` wrapper; for a stream, only its dictionary. */
  object(ref: number): string {
    const entry = this.entries.get(ref);
    if (!entry) throw new Error(`PDF object ${ref} is not in the cross-reference section`);
    if (entry.type === 2) {
      const object = this.#objectStream(entry.stream)[entry.index];
      if (object === undefined) throw new Error(`PDF object ${ref} is missing from object stream ${entry.stream}`);
      return object;
    }
    return this.#objectAt(entry.offset);
  }

  /** The object number of `/Key N 0 R` in a dictionary's text. */
  static ref(dictionary: string, key: string): number | undefined {
    const match = new RegExp(`/${key}\\s+(\\d+)\\s+\\d+\\s+R`).exec(dictionary);
    return match ? Number(match[1]) : undefined;
  }

  #objectAt(offset: number): string {
    const header = /^\s*\d+\s+\d+\s+obj\b/.exec(this.text.slice(offset, offset + 32));
    if (!header) throw new Error(`No PDF object starts at byte ${offset}`);
    const start = offset + header[0].length;
    const end = this.text.indexOf('endobj', start);
    const body = this.text.slice(start, end < 0 ? undefined : end);
    const stream = /(>>\s*)stream\r?\n/.exec(body);
    return (stream ? body.slice(0, stream.index + (stream[1]?.length ?? 0)) : body).trim();
  }

  /** The decoded data of the stream object at `offset`. */
  #streamAt(offset: number): Buffer {
    const dictionary = this.#objectAt(offset);
    const keyword = /stream\r?\n/.exec(this.text.slice(offset));
    if (!keyword) throw new Error(`No stream data at byte ${offset}`);
    const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dictionary);
    if (!length) throw new Error(`The stream at byte ${offset} has no direct /Length`);
    const start = offset + keyword.index + keyword[0].length;
    const data = this.bytes.subarray(start, start + Number(length[1]));
    return /\/Filter\s*\/FlateDecode/.test(dictionary) ? inflateSync(data) : data;
  }

  #objectStream(ref: number): string[] {
    const cached = this.#streams.get(ref);
    if (cached) return cached;
    const entry = this.entries.get(ref);
    if (entry?.type !== 1) throw new Error(`PDF object stream ${ref} is not in the cross-reference section`);
    const dictionary = this.#objectAt(entry.offset);
    const count = Number(/\/N\s+(\d+)/.exec(dictionary)?.[1]);
    const first = Number(/\/First\s+(\d+)/.exec(dictionary)?.[1]);
    const data = this.#streamAt(entry.offset).toString('latin1');
    const numbers = data.slice(0, first).trim().split(/\s+/).map(Number);
    const offsets = Array.from({ length: count }, (_, i) => first + numbers[i * 2 + 1]!);
    const objects = offsets.map((start, i) => data.slice(start, offsets[i + 1] ?? data.length).trim());
    this.#streams.set(ref, objects);
    return objects;
  }

  #readTable(): string {
    const trailerAt = this.text.indexOf('trailer', this.xrefOffset);
    const lines = this.text.slice(this.xrefOffset + 4, trailerAt).trim().split(/\r?\n|\r/);
    let number = 0;
    for (const line of lines) {
      const section = /^(\d+)\s+(\d+)\s*$/.exec(line);
      if (section) {
        number = Number(section[1]);
        continue;
      }
      const entry = /^(\d{10})\s+(\d{5})\s+([nf])/.exec(line);
      if (!entry) continue;
      if (entry[3] === 'n') this.entries.set(number, { type: 1, offset: Number(entry[1]) });
      number += 1;
    }
    return this.text.slice(trailerAt + 'trailer'.length, this.text.indexOf('startxref', trailerAt)).trim();
  }

  #readXrefStream(): string {
    const dictionary = this.#objectAt(this.xrefOffset);
    if (!/\/Type\s*\/XRef\b/.test(dictionary)) throw new Error('startxref points at neither an xref table nor an xref stream');
    const widths = (/\/W\s*\[([^\]]*)\]/.exec(dictionary)?.[1] ?? '').trim().split(/\s+/).map(Number);
    const size = Number(/\/Size\s+(\d+)/.exec(dictionary)?.[1]);
    const index = (/\/Index\s*\[([^\]]*)\]/.exec(dictionary)?.[1] ?? `0 ${size}`).trim().split(/\s+/).map(Number);
    const data = this.#streamAt(this.xrefOffset);
    const rowWidth = widths.reduce((sum, width) => sum + width, 0);
    let row = 0;
    for (let i = 0; i < index.length; i += 2) {
      for (let number = index[i]!; number < index[i]! + index[i + 1]!; number += 1, row += 1) {
        let at = row * rowWidth;
        const fields = widths.map((width) => {
          let value = 0;
          for (let b = 0; b < width; b += 1) value = value * 256 + data[at++]!;
          return value;
        });
        const type = widths[0] === 0 ? 1 : fields[0];
        if (type === 1) this.entries.set(number, { type: 1, offset: fields[1]! });
        else if (type === 2) this.entries.set(number, { type: 2, stream: fields[1]!, index: fields[2]! });
      }
    }
    return dictionary;
  }
}
