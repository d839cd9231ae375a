import { once } from 'node:events';
import { createInflate, type Inflate } from 'node:zlib';
import { PdfActiveContent } from '@pos/shared';

/**
 * Finds what a PDF can do when opened that a document for a review never needs: scripts, launch actions, embedded
 * files, rich media, XFA forms, automatic actions. It reads the upload as it streams past, once, keeping only a few
 * bytes between chunks (a name or keyword cut by a chunk boundary), never the file: PDF objects can sit anywhere in
 * it, so the whole file is read, but never held.
 *
 * What it reads:
 * - names in the file's own syntax (`/JavaScript`, `/J#61vaScript` is the same name), wherever they are outside
 *   streams;
 * - inside each stream, the stream inflated when it is Flate-compressed (object streams hide whole dictionaries
 *   there) with the same reading, and, for streams that are not (images), only the long names: a three-letter name
 *   such as `/JS` turns up by chance in the bytes of one photo in a few dozen.
 * A stream starts after the keyword `stream` at the end of a line and ends at `endstream`; inflated output is bounded
 * (MAX_INFLATED_BYTES for the whole file) so a compression bomb costs a bounded amount of work, after which the rest of
 * the streams is read raw only.
 */
export class PdfActiveContentScanner {
  private readonly found = new Set<PdfActiveContent>();
  private readonly names = new NameReader(this.found);
  private inStream = false;
  /** The last bytes before the current chunk, to see keywords across chunk boundaries. */
  private carry = Buffer.alloc(0);
  private inflater: StreamInflater | null = null;
  private readonly inflaters: Promise<void>[] = [];
  private inflatedBytes = 0;

  /** Reads the next chunk. When the returned promise exists, wait for it before the next write (back-pressure). */
  write(chunk: Buffer): Promise<void> | undefined {
    let offset = 0;
    let pending: Promise<void> | undefined;
    while (offset < chunk.length) {
      if (!this.inStream) offset = this.readObjects(chunk, offset);
      else {
        const [next, wait] = this.readStream(chunk, offset);
        offset = next;
        pending = wait ?? pending;
      }
    }
    this.carry = Buffer.concat([this.carry, chunk]).subarray(-KEYWORD_WINDOW);
    return pending;
  }

  /** The kinds found, once every inflated stream has been read. */
  async end(): Promise<PdfActiveContent[]> {
    this.names.flush(true);
    this.inflater?.end();
    await Promise.all(this.inflaters);
    return [...this.found].sort();
  }

  /** The byte `back` positions before `index` of this chunk, looking into the previous chunk when needed. */
  private before(chunk: Buffer, index: number, back: number): number | undefined {
    const at = index - back;
    return at >= 0 ? chunk[at] : this.carry[this.carry.length + at];
  }

  /** Object syntax: every name counts. Returns where a stream's data starts, or the chunk's end. */
  private readObjects(chunk: Buffer, from: number): number {
    for (let index = from; index < chunk.length; index += 1) {
      const byte = chunk[index]!;
      this.names.push(byte, true);
      // `stream` then CRLF or LF, the keyword standing alone (not the end of `endstream`).
      if (byte !== LF) continue;
      // How far back the keyword's last letter is: just before the LF, or before a CR.
      const last = this.before(chunk, index, 1) === CR ? 2 : 1;
      let matches = true;
      for (let k = 0; k < STREAM.length && matches; k += 1) matches = this.before(chunk, index, last + STREAM.length - 1 - k) === STREAM[k];
      const preceding = this.before(chunk, index, last + STREAM.length);
      if (matches && (preceding === undefined || !isRegular(preceding))) {
        this.names.flush(true);
        this.startStream();
        return index + 1;
      }
    }
    return chunk.length;
  }

  /** Stream data: inflated and read when it is Flate data, else only long names count. Ends after `endstream`. */
  private readStream(chunk: Buffer, from: number): [number, Promise<void> | undefined] {
    const lookBack = Math.min(ENDSTREAM.length - 1, from + this.carry.length);
    const lead = from >= lookBack ? chunk.subarray(from - lookBack, from) : Buffer.concat([this.carry.subarray(this.carry.length - (lookBack - from)), chunk.subarray(0, from)]);
    const hit = Buffer.concat([lead, chunk.subarray(from)]).indexOf(ENDSTREAM);
    const dataEnd = hit < 0 ? chunk.length : Math.max(from, from + hit - lookBack);
    const data = chunk.subarray(from, dataEnd);
    for (const byte of data) this.names.push(byte, false);
    const wait = this.inflater?.write(data);
    if (hit < 0) return [chunk.length, wait];
    this.names.flush(false);
    this.inflater?.end();
    this.inflater = null;
    this.inStream = false;
    return [from + hit - lookBack + ENDSTREAM.length, wait];
  }

  private startStream(): void {
    this.inStream = true;
    if (this.inflatedBytes >= MAX_INFLATED_BYTES) return;
    const inflater = new StreamInflater(new NameReader(this.found), (bytes) => {
      this.inflatedBytes += bytes;
      return this.inflatedBytes < MAX_INFLATED_BYTES;
    });
    this.inflater = inflater;
    this.inflaters.push(inflater.done);
  }
}

/** Inflated output read per file at most: far above what the documents of an application inflate to. */
const MAX_INFLATED_BYTES = 64 * 1024 * 1024;
/** Enough bytes to see `endstream` or `stream\r\n` and the byte before it across a chunk boundary. */
const KEYWORD_WINDOW = 16;
const LF = 0x0a;
const CR = 0x0d;
const STREAM = Buffer.from('stream');
const ENDSTREAM = Buffer.from('endstream');

/** Each name (after `#xx` escapes) and what it means; names starting with RichMedia all mean rich media. */
const MEANING: Record<string, PdfActiveContent> = {
  JavaScript: PdfActiveContent.JAVASCRIPT,
  JS: PdfActiveContent.JAVASCRIPT,
  Launch: PdfActiveContent.LAUNCH_ACTION,
  EmbeddedFile: PdfActiveContent.EMBEDDED_FILE,
  EmbeddedFiles: PdfActiveContent.EMBEDDED_FILE,
  RichMedia: PdfActiveContent.RICH_MEDIA,
  XFA: PdfActiveContent.XFA_FORM,
  AA: PdfActiveContent.AUTOMATIC_ACTION,
};
/** Inside raw stream data, a name must be at least this long to count (Launch, RichMedia, JavaScript, EmbeddedFile). */
const MIN_NAME_IN_RAW_DATA = 6;
/** Longer names are none of ours; the reader stops collecting there. */
const MAX_NAME = 32;

/** PDF whitespace and delimiters end a name; every other byte is part of it (ISO 32000-1, 7.2.2). */
function isRegular(byte: number): boolean {
  switch (byte) {
    case 0x00:
    case 0x09:
    case 0x0a:
    case 0x0c:
    case 0x0d:
    case 0x20:
    case 0x28: // (
    case 0x29: // )
    case 0x3c: // <
    case 0x3e: // >
    case 0x5b: // [
    case 0x5d: // ]
    case 0x7b: // {
    case 0x7d: // }
    case 0x2f: // /
    case 0x25: // %
      return false;
    default:
      return true;
  }
}

/** Collects PDF names byte by byte, across chunks, and records the ones that mean active content. */
class NameReader {
  private name: number[] | null = null;
  private long = false;

  constructor(private readonly found: Set<PdfActiveContent>) {}

  push(byte: number, shortNamesCount: boolean): void {
    if (this.name) {
      if (isRegular(byte)) {
        if (this.name.length < MAX_NAME) this.name.push(byte);
        else this.long = true;
        return;
      }
      this.flush(shortNamesCount);
    }
    if (byte === 0x2f) this.name = [];
  }

  /** Ends the name being read, if any. */
  flush(shortNamesCount: boolean): void {
    if (!this.name) return;
    const decoded = this.long ? '' : decodeName(this.name);
    this.name = null;
    this.long = false;
    if (!shortNamesCount && decoded.length < MIN_NAME_IN_RAW_DATA) return;
    const meaning = MEANING[decoded] ?? (decoded.startsWith('RichMedia') ? PdfActiveContent.RICH_MEDIA : undefined);
    if (meaning) this.found.add(meaning);
  }

  readBuffer(data: Buffer): void {
    for (const byte of data) this.push(byte, true);
  }
}

/** `/J#61vaScript` is `/JavaScript`: a `#` and two hex digits stand for that byte (PDF 1.2 and later). */
function decodeName(bytes: number[]): string {
  let out = '';
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index]!;
    if (byte === 0x23 && index + 2 < bytes.length) {
      const hex = String.fromCharCode(bytes[index + 1]!, bytes[index + 2]!);
      if (/^[0-9a-fA-F]{2}$/.test(hex)) {
        out += String.fromCharCode(parseInt(hex, 16));
        index += 2;
        continue;
      }
    }
    out += String.fromCharCode(byte);
  }
  return out;
}

/**
 * Inflates one stream while it is written and reads the names in the output. Data that is not Flate (an image) fails
 * at its first bytes; the inflater then takes nothing more. `allow(n)` counts output against the file's budget.
 */
class StreamInflater {
  readonly done: Promise<void>;
  private readonly zlib: Inflate = createInflate();
  private failed = false;

  constructor(
    private readonly names: NameReader,
    allow: (bytes: number) => boolean,
  ) {
    this.zlib.on('data', (data: Buffer) => {
      this.names.readBuffer(data);
      if (!allow(data.length)) this.stop();
    });
    this.done = new Promise((resolve) => {
      this.zlib.once('close', () => {
        this.names.flush(true);
        resolve();
      });
    });
    this.zlib.on('error', () => this.stop());
  }

  /** A promise when the inflater wants the writer to wait (it is behind), else nothing. */
  write(data: Buffer): Promise<void> | undefined {
    if (this.failed || data.length === 0) return undefined;
    if (this.zlib.write(data)) return undefined;
    // Waits for room, or for the inflater's end (an error or the budget) so a writer never waits forever.
    return Promise.race([once(this.zlib, 'drain').then(() => undefined), this.done]).catch(() => undefined);
  }

  end(): void {
    if (!this.failed) this.zlib.end();
  }

  private stop(): void {
    this.failed = true;
    this.zlib.destroy();
  }
}
