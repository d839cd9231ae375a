import { Prisma } from '../../generated/prisma/client.js';
import type { PrismaService } from '../prisma/prisma.service.js';

/** What is known about a key when a request arrives: it is this request's to run, or an earlier request holds it. */
export type KeyClaim = { kind: 'started'; id: string } | { kind: 'held'; id: string; fingerprint: string; completed: boolean; responseBody: unknown };

export interface KeyRequest {
  userId: string;
  scope: string;
  key: string;
  fingerprint: string;
}

/** Repetition records of creating requests (ADR 0015). Each method is one short statement outside any transaction. */
export class IdempotencyRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Takes the key for this request, or reports who holds it. An expired row (a finished window, or the lease of a
   * request that never finished) is removed first, so its key can be taken again.
   */
  async claim(request: KeyRequest, leaseUntil: Date): Promise<KeyClaim> {
    const { userId, scope, key, fingerprint } = request;
    await this.prisma.idempotentRequest.deleteMany({ where: { userId, expiresAt: { lt: new Date() } } });
    const [started] = await this.prisma.$queryRaw<{ id: string }[]>`
      INSERT INTO "IdempotentRequest" (id, "userId", scope, key, fingerprint, "expiresAt")
      VALUES (gen_random_uuid(), ${userId}::uuid, ${scope}, ${key}, ${fingerprint}, ${leaseUntil})
      ON CONFLICT ("userId", scope, key) DO NOTHING
      RETURNING id`;
    if (started) return { kind: 'started', id: started.id };
    const held = await this.prisma.idempotentRequest.findUnique({ where: { userId_scope_key: { userId, scope, key } } });
    // Gone between the insert and the read (it expired or its request failed): the caller simply tries again.
    if (!held) return this.claim(request, leaseUntil);
    return { kind: 'held', id: held.id, fingerprint: held.fingerprint, completed: held.completedAt !== null, responseBody: held.responseBody };
  }

  /** Keeps the answer for repetitions until `expiresAt`. */
  async complete(id: string, responseBody: unknown, expiresAt: Date): Promise<void> {
    await this.prisma.idempotentRequest.update({
      where: { id },
      data: { responseBody: responseBody === undefined ? Prisma.JsonNull : (responseBody as Prisma.InputJsonValue), completedAt: new Date(), expiresAt },
    });
  }

  /** Frees the key of a request that failed, so a corrected retry is not answered with nothing. */
  async release(id: string): Promise<void> {
    await this.prisma.idempotentRequest.deleteMany({ where: { id, completedAt: null } });
  }
}
