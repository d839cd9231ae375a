import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ErrorCode } from '@pos/shared';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { RuntimeConfig } from '../config/runtime-config.js';
import { DomainError } from '../errors/domain-error.js';
import { PrismaService } from '../prisma/prisma.service.js';
import type { AccessTokenClaims, AuthUser } from './auth-user.js';

export const JWT_ISSUER = 'pos-merchant-portal';

/**
 * Reads the bearer access token, then reads the account by its primary key on every request. The signature
 * proves who the caller is; the row says what they may still do: a deactivated account is refused on its very
 * next request (not when its token expires), and a role change or a move applies at once. One indexed read
 * per request is the price, far below the rest of any request's work.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    runtime: RuntimeConfig,
    private readonly prisma: PrismaService,
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
    const account = await this.prisma.user.findUnique({ where: { id: claims.sub }, select: { role: true, providerId: true, disabledAt: true } });
    if (!account || account.disabledAt) throw new DomainError(ErrorCode.ACCOUNT_DISABLED);
    return { id: claims.sub, role: account.role, providerId: account.providerId };
  }
}
