import { createHash, type Hash } from 'node:crypto';
import { type Readable, Transform, type TransformCallback, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Injectable } from '@nestjs/common';
import { type AcceptedUploadType, ACCEPTED_UPLOAD_TYPES, ErrorCode, type PdfActiveContent } from '@pos/shared';
import type { FastifyRequest } from 'fastify';
import { fileTypeFromBuffer } from 'file-type';
import { RuntimeConfig } from '../config/runtime-config.js';
import { DomainError } from '../errors/domain-error.js';
import { PdfActiveContentScanner } from './pdf-active-content.js';
import { type StagedFile, StoredFiles } from './stored-files.js';

/** A checked upload, staged in the store (never held whole in memory). */
export interface ReceivedUpload extends StagedFile {
  mimeType: AcceptedUploadType;
  /** For display only: never used to build a path. */
  displayName: string;
  /** What the PDF can do when opened that a document never needs; empty for images and plain PDFs. */
  activeContent: PdfActiveContent[];
}

/** file-type reads at most this many leading bytes to recognise a format. */
const SNIFF_BYTES = 4100;
/** file-type calls a file a PDF when it starts with these bytes; only those are scanned for active content. */
const PDF_MAGIC = Buffer.from('%PDF');

/**
 * Control characters, characters Windows refuses in names, and the bidirectional overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F) that make "licence\u202Efdp.exe" display as "licenceexe.pdf".
 */
// eslint-disable-next-line no-control-regex
const UNSAFE_NAME_CHARACTERS = /[\u0000-\u001f\u007f<>:"|?*\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The name a person's file had, made safe to show: no directories, no control characters, bounded length.
 * "../../etc/passwd" becomes "passwd", "C:\\x\\营业执照.pdf" becomes "营业执照.pdf".
 */
export function sanitizeDisplayName(raw: string | undefined): string {
  const base = (raw ?? '').split(/[/\\]/).pop() ?? '';
  const cleaned = base.normalize('NFC').replace(UNSAFE_NAME_CHARACTERS, '').replace(/^\.+/, '').trim();
  return cleaned.slice(-120) || 'file';
}

/**
 * Passes bytes through while hashing and counting them, keeping the first few for the type check, and scanning a PDF
 * for active content as it passes (a few bytes carried between chunks, never the file).
 */
class UploadInspector extends Transform {
  private readonly hash: Hash = createHash('sha256');
  private readonly headChunks: Buffer[] = [];
  private headBytes = 0;
  /** Undecided until the first bytes are there; null when the file is not a PDF. */
  private scanner: PdfActiveContentScanner | null | undefined;
  sizeBytes = 0;
  /** Known once the stream has ended. */
  activeContent: PdfActiveContent[] = [];

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.hash.update(chunk);
    this.sizeBytes += chunk.length;
    if (this.headBytes < SNIFF_BYTES) {
      this.headChunks.push(chunk.subarray(0, SNIFF_BYTES - this.headBytes));
      this.headBytes += Math.min(chunk.length, SNIFF_BYTES - this.headBytes);
    }
    const scanned = this.scan(chunk);
    if (scanned) scanned.then(() => done(null, chunk), done);
    else done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    if (!this.scanner) return done();
    this.scanner.end().then((found) => {
      this.activeContent = found;
      done();
    }, done);
  }

  /** Feeds the scanner once the file is known to be a PDF; a promise when the scanner asks to wait. */
  private scan(chunk: Buffer): Promise<void> | undefined {
    if (this.scanner === undefined) {
      // The bytes before this chunk are fewer than the magic's, so all of them are in the head.
      if (this.headBytes < PDF_MAGIC.length) return undefined;
      const head = this.head();
      if (!head.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC)) {
        this.scanner = null;
        return undefined;
      }
      this.scanner = new PdfActiveContentScanner();
      void this.scanner.write(head.subarray(0, this.sizeBytes - chunk.length));
    }
    return this.scanner?.write(chunk);
  }

  head(): Buffer {
    return Buffer.concat(this.headChunks);
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}

/**
 * Reads the one file part of a multipart request straight into the store while hashing it, and checks it by its
 * bytes, not its name: JPEG, PNG or PDF only (an executable renamed .pdf or an SVG with scripts is refused), never
 * empty, never over the size limit. At the limit it stops at once with a 413 (the connection is then closed, so the
 * rest of an oversized body is never read); a refused file leaves nothing behind.
 */
@Injectable()
export class UploadReader {
  constructor(
    private readonly runtime: RuntimeConfig,
    private readonly files: StoredFiles,
  ) {}

  /** Streams the file into a temporary object of the store; the caller stores it (StoredFiles.storeWith) or discards it. */
  async receive(request: FastifyRequest): Promise<ReceivedUpload> {
    const read = await this.readFilePart(
      request,
      (source) => this.files.stageStream(source),
      (temporaryKey) => this.files.discard({ temporaryKey }),
    );
    const staged = { temporaryKey: read.written };
    try {
      const mimeType = await checkContent(read.inspector);
      return {
        temporaryKey: read.written,
        sha256: read.inspector.digest(),
        sizeBytes: read.inspector.sizeBytes,
        mimeType,
        displayName: read.displayName,
        activeContent: mimeType === 'application/pdf' ? read.inspector.activeContent : [],
      };
    } catch (error) {
      await this.files.discard(staged);
      throw error;
    }
  }

  /** Reads and checks the file like `receive`, keeping only its hash (public verification stores nothing). */
  async digest(request: FastifyRequest): Promise<{ sha256: string; mimeType: AcceptedUploadType }> {
    const read = await this.readFilePart(
      request,
      async (source) => {
        await pipeline(source, new Writable({ write: (_chunk, _encoding, done) => done() }));
        return null;
      },
      async () => undefined,
    );
    const mimeType = await checkContent(read.inspector);
    return { sha256: read.inspector.digest(), mimeType };
  }

  private async readFilePart<T>(
    request: FastifyRequest,
    write: (source: Readable) => Promise<T>,
    onRefused: (written: T) => Promise<void>,
  ): Promise<{ written: T; inspector: UploadInspector; displayName: string }> {
    if (!request.isMultipart()) throw DomainError.invalidFields([{ field: 'file', code: 'required' }]);
    let part;
    try {
      part = await request.file({ limits: { fileSize: this.runtime.env.MAX_UPLOAD_BYTES, files: 1 } });
    } catch (error) {
      throw malformed(error);
    }
    if (!part) throw DomainError.invalidFields([{ field: 'file', code: 'required' }]);

    const inspector = new UploadInspector();
    let overLimit = false;
    part.file.once('limit', () => {
      overLimit = true;
      // Read no further: the socket's buffers fill and the client's sending stalls until the 413 closes the connection.
      request.raw.unpipe();
      request.raw.pause();
      inspector.destroy(new DomainError(ErrorCode.PAYLOAD_TOO_LARGE));
    });
    let streamError: unknown;
    part.file.once('error', (error) => {
      streamError = error;
      inspector.destroy(error);
    });
    // A body that ends inside the file part is reported by the parser before the listeners above exist (the whole
    // body can arrive in one piece), and the part is then destroyed without ever ending.
    if (part.file.destroyed && !part.file.readableEnded) throw malformed(part.file.errored ?? new Error('multipart part cut off'));
    part.file.pipe(inspector);
    let written: T;
    try {
      written = await write(inspector);
    } catch (error) {
      part.file.unpipe(inspector);
      part.file.resume();
      if (overLimit) throw new DomainError(ErrorCode.PAYLOAD_TOO_LARGE);
      throw streamError ? malformed(streamError) : error;
    }
    // The limit may have been passed before the listener above was attached (a body that arrived in one piece).
    if (part.file.truncated) {
      await onRefused(written);
      throw new DomainError(ErrorCode.PAYLOAD_TOO_LARGE);
    }
    return {
      written,
      inspector,
      displayName: sanitizeDisplayName(part.filename),
    };
  }
}

/**
 * A body that is not the multipart it claims (no or an empty boundary, a part cut off, a broken header) is the
 * client's mistake: a 400 naming the file field, not a 500. Our own errors (413) pass through.
 */
function malformed(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  if (status === 413) return new DomainError(ErrorCode.PAYLOAD_TOO_LARGE);
  return DomainError.invalidFields([{ field: 'file', code: 'multipartInvalid' }]);
}

/** JPEG, PNG or PDF by its first bytes, and not empty. */
async function checkContent(inspector: UploadInspector): Promise<AcceptedUploadType> {
  if (inspector.sizeBytes === 0) throw new DomainError(ErrorCode.FILE_EMPTY);
  const detected = await fileTypeFromBuffer(inspector.head());
  const mimeType = detected?.mime as AcceptedUploadType | undefined;
  if (!mimeType || !ACCEPTED_UPLOAD_TYPES.includes(mimeType))
    throw new DomainError(ErrorCode.UNSUPPORTED_FILE_TYPE, {
      detected: detected?.mime ?? null,
    });
  return mimeType;
}
