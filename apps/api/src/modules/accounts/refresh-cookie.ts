import { Injectable } from '@nestjs/common';
import type { SessionResponse } from '@pos/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { RuntimeConfig } from '../../core/config/runtime-config.js';
import type { IssuedSession } from './auth.service.js';

/**
 * The refresh token lives only in this cookie: httpOnly (no script can read it), SameSite=Strict (no other site
 * can make the browser send it) and scoped to the auth endpoints.
 */
@Injectable()
export class RefreshCookie {
  static readonly NAME = 'pos_refresh';
  private static readonly PATH = '/api/auth';

  constructor(private readonly runtime: RuntimeConfig) {}

  read(request: FastifyRequest): string | undefined {
    return request.cookies?.[RefreshCookie.NAME];
  }

  deliver(request: FastifyRequest, reply: FastifyReply, session: IssuedSession): SessionResponse {
    void reply.setCookie(RefreshCookie.NAME, session.refreshToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.runtime.isProduction || request.protocol === 'https',
      path: RefreshCookie.PATH,
      expires: session.refreshExpiresAt,
    });
    void reply.header('cache-control', 'no-store');
    return session.body;
  }

  clear(reply: FastifyReply): void {
    void reply.clearCookie(RefreshCookie.NAME, { path: RefreshCookie.PATH, httpOnly: true, sameSite: 'strict' });
  }
}
