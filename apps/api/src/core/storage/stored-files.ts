import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { FileDownload } from '../http/file-reply.js';
import type { Tx } from '../prisma/prisma.service.js';
import { JobQueue } from '../jobs/job-queue.js';
import { type ByteRange, FileStorage } from './file-storage.js';
import { StoredFilesRepository } from './stored-files.repository.js';

/** Bytes written to a temporary object of the store, not yet at their content address nor referenced by any row. */
export interface StagedFile {
  temporaryKey: string;
  sha256: string;
  sizeBytes: number;
  mimeType: string;
}

/** Temporaries and unreferenced content younger than this are left alone: a request may still be writing them. */
const SWEEP_GRACE_MS = 60 * 60_000;
const SWEEP_BATCH = 500;
export const STORAGE_SWEEP_JOB = 'storage.sweep';

/**
 * The one way bytes enter and leave the store. Every table that refers to bytes holds a foreign key to its StoredFile
 * row (ADR 0012), so:
 * - bytes are staged under a temporary name of their own, then, inside the transaction that inserts the referring
 *   row, locked by content, given their StoredFile row and moved to their content address;
 * - bytes go only when PostgreSQL agrees nothing refers to them (the row's delete passes the foreign keys);
 * - all of that for one content is serialised by an advisory lock, so an upload of the same bytes racing a delete or
 *   the sweeper never ends with a row whose bytes are gone;
 * - a periodic job sweeps what a crash left: old temporaries and content nothing refers to.
 */
@Injectable()
export class StoredFiles implements OnModuleInit {
  private readonly logger = new Logger(StoredFiles.name);

  constructor(
    private readonly storage: FileStorage,
    private readonly files: StoredFilesRepository,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: STORAGE_SWEEP_JOB, handle: async () => void (await this.sweep()), retryLimit: 1 });
    this.jobs.schedule(STORAGE_SWEEP_JOB, '23 * * * *');
  }

  /** Stages a stream (an upload) and returns the temporary key; the caller hashes and checks what passed through. */
  stageStream(source: Readable): Promise<string> {
    return this.storage.writeTemporary(source);
  }

  /** Stages bytes the server made itself (agreement PDFs). */
  async stageBytes(bytes: Buffer, mimeType: string): Promise<StagedFile> {
    const temporaryKey = await this.storage.writeTemporary(Readable.from([bytes]));
    return { temporaryKey, sha256: createHash('sha256').update(bytes).digest('hex'), sizeBytes: bytes.length, mimeType };
  }

  /**
   * Runs `work` in one transaction that first gives the staged bytes their row and content address, so `work` can
   * insert rows referring to them. Afterwards the temporary is gone whatever happened, and when the transaction
   * failed, bytes it left without a reference are released again.
   */
  async storeWith<T>(staged: StagedFile, work: (tx: Tx) => Promise<T>): Promise<T> {
    try {
      return await this.files.transaction(async (tx) => {
        await this.files.lockContent(staged.sha256, tx);
        await this.files.ensure(staged, tx);
        await this.storage.promote(staged.temporaryKey, staged.sha256);
        return work(tx);
      });
    } catch (error) {
      await this.releaseIfUnreferenced(staged.sha256);
      throw error;
    } finally {
      await this.discard(staged);
    }
  }

  /** Removes a staged file that will not be stored (a refused upload). Never throws. */
  async discard(staged: Pick<StagedFile, 'temporaryKey'>): Promise<void> {
    await this.storage.discardTemporary(staged.temporaryKey).catch((error: unknown) => this.logger.warn({ err: error }, 'Could not remove a temporary file; the sweeper will'));
  }

  /** A stored file ready to send (its size read from the store, which is the truth for what will be streamed). */
  async download(sha256: string, mimeType: string, fileName: string): Promise<FileDownload> {
    const sizeBytes = await this.storage.size(sha256);
    if (sizeBytes === null) throw new Error(`Stored file ${sha256} is missing from ${this.storage.location}`);
    return { mimeType, fileName, sizeBytes, open: (range?: ByteRange) => this.storage.open(sha256, range) };
  }

  async readAll(sha256: string): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of await this.storage.open(sha256)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  /**
   * Removes a content's row and bytes when nothing refers to it any more; keeps both otherwise. Returns whether it
   * removed them. Never throws: a file left behind is the sweeper's.
   */
  async releaseIfUnreferenced(sha256: string): Promise<boolean> {
    try {
      return await this.files.transaction(async (tx) => {
        await this.files.lockContent(sha256, tx);
        // Throws a foreign-key violation while any row refers to the content, which rolls this back.
        await this.files.delete(sha256, tx);
        await this.storage.remove(sha256);
        return true;
      });
    } catch (error) {
      if (!isForeignKeyViolation(error)) this.logger.warn({ err: error, sha256 }, 'Could not release a stored file');
      return false;
    }
  }

  /** Removes temporaries and content that nothing refers to, older than an hour. Returns what it removed. */
  async sweep(now = new Date()): Promise<{ temporaries: number; contents: number }> {
    const cutoff = now.getTime() - SWEEP_GRACE_MS;
    let temporaries = 0;
    for await (const object of this.storage.listTemporary()) {
      if (object.lastModified.getTime() > cutoff) continue;
      await this.storage.discardTemporary(object.key);
      temporaries++;
    }
    let contents = 0;
    let batch: string[] = [];
    const flush = async () => {
      const referenced = await this.files.existing(batch);
      for (const sha256 of batch.filter((key) => !referenced.has(key))) {
        if (await this.removeIfRowless(sha256)) contents++;
      }
      batch = [];
    };
    for await (const object of this.storage.listContent()) {
      if (object.lastModified.getTime() > cutoff) continue;
      batch.push(object.key);
      if (batch.length >= SWEEP_BATCH) await flush();
    }
    await flush();
    if (temporaries + contents > 0) this.logger.log(`Storage sweep removed ${temporaries} temporary and ${contents} unreferenced files`);
    return { temporaries, contents };
  }

  /** Bytes without a row: left by a crash between promoting them and committing. Checked again under the lock. */
  private removeIfRowless(sha256: string): Promise<boolean> {
    return this.files.transaction(async (tx) => {
      await this.files.lockContent(sha256, tx);
      if (await this.files.exists(sha256, tx)) return false;
      await this.storage.remove(sha256);
      return true;
    });
  }
}

/** PostgreSQL's 23503, however the driver adapter and Prisma wrap it. */
function isForeignKeyViolation(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const record = current as { code?: unknown; meta?: unknown; cause?: unknown; message?: unknown };
    if (record.code === '23503' || record.code === 'P2003') return true;
    if (typeof record.message === 'string' && /foreign key/i.test(record.message)) return true;
    current = record.cause ?? record.meta;
  }
  return false;
}
