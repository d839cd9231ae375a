import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ErrorCode } from '@pos/shared';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { RuntimeConfig } from '../config/runtime-config.js';
import { DomainError } from '../errors/domain-error.js';
import { AccountCheckRepository } from './account-check.repository.js';
import type { AccessTokenClaims, AuthUser } from './auth-user.js';

export const JWT_ISSUER = 'pos-merchant-portal';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Reads the bearer access token, then reads the account and the token's session on every request, in one query.
 * The signature proves who the caller is; the rows say what they may still do: a deactivated account is refused on
 * its very next request (not when its token expires), a role change or a move applies at once, and a session ended
 * by logout or by a replayed refresh token takes its access tokens with it (ADR 0011, ADR 0014).
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    runtime: RuntimeConfig,
    private readonly accounts: AccountCheckRepository,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: runtime.jwtSecret,
      issuer: JWT_ISSUER,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  async validate(claims: AccessTokenClaims): Promise<AuthUser> {
    // A token without a session (issued before sessions were checked) cannot be ended by logout: the web client
    // refreshes once and gets one that can.
    if (typeof claims.sid !== 'string' || !UUID.test(claims.sid) || typeof claims.sub !== 'string' || !UUID.test(claims.sub)) {
      throw new DomainError(ErrorCode.UNAUTHENTICATED);
    }
    const caller = await this.accounts.findCaller(claims.sub, claims.sid);
    if (!caller || caller.disabled) throw new DomainError(ErrorCode.ACCOUNT_DISABLED);
    if (!caller.sessionLive) throw new DomainError(ErrorCode.UNAUTHENTICATED);
    return { id: claims.sub, role: caller.role, providerId: caller.providerId };
  }
}
