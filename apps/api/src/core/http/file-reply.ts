import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import type { ByteRange } from '../storage/file-storage.js';

/** A stored file ready to send: what it is, how big, and how to read it whole or in part. */
export interface FileDownload {
  mimeType: string;
  sizeBytes: number;
  fileName: string;
  open(range?: ByteRange): Promise<Readable>;
}

/**
 * RFC 6266 / 5987: keeps Chinese file names intact in the download dialog. Images and PDFs open in place (the
 * portal's viewers show them); anything else is a download.
 */
function contentDisposition(fileName: string, mimeType: string): string {
  const shown = mimeType.startsWith('image/') || mimeType === 'application/pdf';
  return `${shown ? 'inline' : 'attachment'}; filename="file"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * The one range of a `Range: bytes=…` header (RFC 9110 §14.1.2), resolved against the file size; `undefined` for no
 * header or one we do not serve partially (several ranges, other units), which then gets the whole file; `null` when
 * the range cannot be satisfied.
 */
export function parseRange(header: string | undefined, size: number): ByteRange | null | undefined {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  const [first, last] = [match[1], match[2]];
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return null;
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (start >= size || end < start) return null;
  return { start, end };
}

/**
 * Streams a stored file, answering a single byte range with 206 so a viewer can fetch a large PDF piece by piece.
 * A file opened from here is shown, never run: `Content-Security-Policy: sandbox` gives it no scripts, no plugins, no
 * forms and no access to the portal's origin (a PDF with JavaScript or an image that is really HTML stays inert), and
 * `nosniff` keeps the browser to the type the upload check gave it. The portal's own agreement PDFs get the same:
 * nothing this function sends needs more.
 */
export async function sendFile(reply: FastifyReply, file: FileDownload, rangeHeader?: string): Promise<void> {
  void reply
    .header('content-type', file.mimeType)
    .header('content-disposition', contentDisposition(file.fileName, file.mimeType))
    .header('content-security-policy', 'sandbox')
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .header('accept-ranges', 'bytes');
  const range = parseRange(rangeHeader, file.sizeBytes);
  if (range === null) {
    await reply.status(416).header('content-range', `bytes */${file.sizeBytes}`).send();
    return;
  }
  if (range) {
    const stream = await file.open(range);
    await reply
      .status(206)
      .header('content-range', `bytes ${range.start}-${range.end}/${file.sizeBytes}`)
      .header('content-length', range.end - range.start + 1)
      .send(stream);
    return;
  }
  const stream = await file.open();
  await reply.header('content-length', file.sizeBytes).send(stream);
}
