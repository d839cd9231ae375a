import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { applyDecorators, type CallHandler, type ExecutionContext, Injectable, type NestInterceptor, UseInterceptors } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { ErrorCode } from '@pos/shared';
import type { FastifyRequest } from 'fastify';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { AuthUser } from '../auth/auth-user.js';
import { DomainError } from '../errors/domain-error.js';
import { PrismaService } from '../prisma/prisma.service.js';
import { IdempotencyRepository, type KeyRequest } from './idempotency.repository.js';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
/** A client's key is honoured for a day: long enough for any retry after a lost connection. */
const KEY_WINDOW_MS = 24 * 3_600_000;
/** A running request holds its key this long at most; a request that crashed mid-way frees its key after it. */
const RUNNING_LEASE_MS = 60_000;
/** How long a repetition waits for the first request's answer before giving up with a conflict. */
const MAX_WAIT_MS = 15_000;
const POLL_MS = 40;
const KEY_SHAPE = /^[\x21-\x7e]{1,200}$/;

/** JSON with object keys sorted, so the same content hashes the same whatever order a client wrote it in. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Makes a creating POST safe to repeat (ADR 0015). With an `Idempotency-Key` header, the first request with that key
 * runs and every repetition within a day gets its answer, including one that arrives while the first is still
 * running (it waits for the answer); the same key with another body is refused. Only successful answers are kept: a
 * failed request frees its key for a corrected retry. A request without the header runs as it is.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly requests: IdempotencyRepository;

  constructor(prisma: PrismaService) {
    this.requests = new IdempotencyRepository(prisma);
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: AuthUser }>();
    if (!request.user) return next.handle();
    return from(this.once(request as FastifyRequest & { user: AuthUser }, next));
  }

  /** The key this request is known by, or undefined when the client sent none. */
  private keyOf(request: FastifyRequest & { user: AuthUser }): KeyRequest | undefined {
    const header = request.headers[IDEMPOTENCY_KEY_HEADER];
    if (header === undefined) return undefined;
    if (typeof header !== 'string' || !KEY_SHAPE.test(header)) throw DomainError.invalidFields([{ field: 'Idempotency-Key', code: 'invalidCharacters' }]);
    // A multipart body is streamed by the handler and cannot be compared: the key alone identifies the upload.
    const multipart = String(request.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/');
    return {
      userId: request.user.id,
      scope: `${request.method} ${request.url.split('?')[0]}`,
      key: header,
      fingerprint: sha256(canonicalJson(multipart ? null : (request.body ?? null))),
    };
  }

  private async once(request: FastifyRequest & { user: AuthUser }, next: CallHandler): Promise<unknown> {
    const key = this.keyOf(request);
    if (!key) return lastValueFrom(next.handle(), { defaultValue: undefined });
    const giveUpAt = Date.now() + MAX_WAIT_MS;
    for (;;) {
      const claim = await this.requests.claim(key, new Date(Date.now() + RUNNING_LEASE_MS));
      if (claim.kind === 'started') return this.run(claim.id, next);
      if (claim.fingerprint !== key.fingerprint) throw DomainError.invalidFields([{ field: 'Idempotency-Key', code: 'idempotencyKeyReused' }]);
      if (claim.completed) return claim.responseBody ?? undefined;
      if (Date.now() > giveUpAt) throw new DomainError(ErrorCode.CONFLICT);
      await sleep(POLL_MS + Math.random() * POLL_MS);
    }
  }

  private async run(id: string, next: CallHandler): Promise<unknown> {
    let body: unknown;
    try {
      body = await lastValueFrom(next.handle(), { defaultValue: undefined });
    } catch (error) {
      await this.requests.release(id);
      throw error;
    }
    // Kept as it goes out: a repetition gets exactly the JSON the first caller got.
    const sent = body === undefined ? undefined : (JSON.parse(JSON.stringify(body)) as unknown);
    await this.requests.complete(id, sent, new Date(Date.now() + KEY_WINDOW_MS));
    return sent;
  }
}

/** The handler creates something: repeating the request must not create it twice (ADR 0015). */
export const Idempotent = () =>
  applyDecorators(
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'One key per user action (1–200 visible ASCII characters). Repeating the request with it within a day answers the first result instead of creating again.',
    }),
  );
