import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type AcceptedUploadType, ACCEPTED_UPLOAD_TYPES, ErrorCode } from '@pos/shared';
import type { FastifyRequest } from 'fastify';
import { fileTypeFromBuffer } from 'file-type';
import { RuntimeConfig } from '../config/runtime-config.js';
import { DomainError } from '../errors/domain-error.js';

/** A checked upload, held in memory (at most MAX_UPLOAD_BYTES). */
export interface CheckedUpload {
  bytes: Buffer;
  sha256: string;
  mimeType: AcceptedUploadType;
  sizeBytes: number;
  /** For display only: never used to build a path. */
  displayName: string;
}

/**
 * The name a person's file had, made safe to show: no directories, no control characters, bounded length.
 * "../../etc/passwd" becomes "passwd", "C:\\x\\营业执照.pdf" becomes "营业执照.pdf".
 */
export function sanitizeDisplayName(raw: string | undefined): string {
  const base = (raw ?? '').split(/[/\\]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.normalize('NFC').replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '').replace(/^\.+/, '').trim();
  return cleaned.slice(-120) || 'file';
}

/**
 * Reads the one file part of a multipart request and checks it by its bytes, not its name: JPEG, PNG or PDF only
 * (an executable renamed .pdf or an SVG with scripts is refused), never empty, never over the size limit.
 */
@Injectable()
export class UploadReader {
  constructor(private readonly runtime: RuntimeConfig) {}

  async read(request: FastifyRequest): Promise<CheckedUpload> {
    if (!request.isMultipart()) throw DomainError.invalidFields([{ field: 'file', code: 'required' }]);
    const part = await request.file({ limits: { fileSize: this.runtime.env.MAX_UPLOAD_BYTES, files: 1 } });
    if (!part) throw DomainError.invalidFields([{ field: 'file', code: 'required' }]);
    // toBuffer rejects with a 413 error once the limit is passed; the exception filter maps it.
    const bytes = await part.toBuffer();
    if (bytes.length === 0) throw new DomainError(ErrorCode.FILE_EMPTY);
    const detected = await fileTypeFromBuffer(bytes);
    const mimeType = detected?.mime as AcceptedUploadType | undefined;
    if (!mimeType || !ACCEPTED_UPLOAD_TYPES.includes(mimeType)) {
      throw new DomainError(ErrorCode.UNSUPPORTED_FILE_TYPE, { detected: detected?.mime ?? null });
    }
    return {
      bytes,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      mimeType,
      sizeBytes: bytes.length,
      displayName: sanitizeDisplayName(part.filename),
    };
  }
}
