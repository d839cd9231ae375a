import { Injectable } from '@nestjs/common';
import { type Db, PrismaService, type Tx } from '../prisma/prisma.service.js';

export interface StoredFileRow {
  sha256: string;
  sizeBytes: number;
  mimeType: string;
}

@Injectable()
export class StoredFilesRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Serialises every change to one content (adding a reference, removing the bytes, sweeping) until the transaction
   * ends. The lock key is the first 63 bits of the SHA-256, so different files practically never wait for each other.
   */
  async lockContent(sha256: string, tx: Db): Promise<void> {
    const key = BigInt.asIntN(64, BigInt(`0x${sha256.slice(0, 16)}`));
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${key})`;
  }

  /** The row of a content, created when missing; a row created before its size was known gets it now. */
  async ensure(file: StoredFileRow, tx: Db): Promise<void> {
    await tx.$executeRaw`
      INSERT INTO "StoredFile" ("sha256", "sizeBytes", "mimeType", "storageKey")
      VALUES (${file.sha256}, ${file.sizeBytes}, ${file.mimeType}, ${file.sha256})
      ON CONFLICT ("sha256") DO UPDATE SET "sizeBytes" = EXCLUDED."sizeBytes" WHERE "StoredFile"."sizeBytes" = 0`;
  }

  /**
   * Deletes the row of a content. PostgreSQL refuses (foreign key violation, which aborts the transaction) while any
   * document, attachment or agreement still refers to it: that refusal is the reference count.
   */
  async delete(sha256: string, tx: Db): Promise<number> {
    return tx.$executeRaw`DELETE FROM "StoredFile" WHERE "sha256" = ${sha256}`;
  }

  /** Which of these contents have a row. */
  async existing(sha256s: string[], db: Db = this.prisma): Promise<Set<string>> {
    if (sha256s.length === 0) return new Set();
    const rows = await db.storedFile.findMany({ where: { sha256: { in: sha256s } }, select: { sha256: true } });
    return new Set(rows.map((row) => row.sha256));
  }

  async exists(sha256: string, tx: Db): Promise<boolean> {
    return (await tx.storedFile.count({ where: { sha256 } })) > 0;
  }

  /**
   * Writers of one content queue on its lock while holding a pooled connection, so a burst of them (20 identical
   * countersignatures) can keep the pool busy for a moment: wait up to 10 s for a connection rather than Prisma's 2 s,
   * and allow a minute for a transaction that copies an object in S3.
   */
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(work, { maxWait: 10_000, timeout: 60_000 });
  }
}
