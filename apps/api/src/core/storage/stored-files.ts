import { Injectable, Logger } from '@nestjs/common';
import { type Db, PrismaService } from '../prisma/prisma.service.js';
import { FileStorage } from './file-storage.js';
import type { CheckedUpload } from './upload-reader.js';

/**
 * Content-addressed files and their StoredFile rows, shared by application documents and ticket attachments.
 * Bytes are written before the rows (no row ever points at a missing file); bytes nobody references are removed.
 */
@Injectable()
export class StoredFiles {
  private readonly logger = new Logger(StoredFiles.name);

  constructor(
    private readonly storage: FileStorage,
    private readonly prisma: PrismaService,
  ) {}

  /** Writes the bytes; call `record` inside the transaction that references them. */
  put(upload: CheckedUpload): Promise<string> {
    return this.storage.put(upload.sha256, upload.bytes);
  }

  record(upload: CheckedUpload, storageKey: string, db: Db) {
    const file = { sha256: upload.sha256, sizeBytes: upload.sizeBytes, mimeType: upload.mimeType, storageKey };
    return db.storedFile.upsert({ where: { sha256: file.sha256 }, create: file, update: {} });
  }

  open(storageKey: string) {
    return this.storage.open(storageKey);
  }

  /** Removes a file's row and bytes when no document or attachment uses it any more. Never throws. */
  async removeIfUnreferenced(sha256: string): Promise<void> {
    try {
      await this.prisma.$transaction(async (tx) => {
        const [documents, attachments] = await Promise.all([
          tx.applicationDocument.count({ where: { fileSha256: sha256 } }),
          tx.ticketAttachment.count({ where: { fileSha256: sha256 } }),
        ]);
        if (documents + attachments > 0) return;
        await tx.storedFile.deleteMany({ where: { sha256 } });
        await this.storage.remove(sha256);
      });
    } catch (error) {
      // The upload itself already failed or succeeded; a leftover file is harmless and logged for cleanup.
      this.logger.warn({ err: error, sha256 }, 'Could not remove an unreferenced file');
    }
  }
}
