import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { type CurrentUser, ErrorCode, type Locale, loginNameKind, normalizeLoginName, type SessionResponse } from '@pos/shared';
import { AuditRepository } from '../../core/audit/audit.repository.js';
import type { AccessTokenClaims } from '../../core/auth/auth-user.js';
import { JWT_ISSUER } from '../../core/auth/jwt.strategy.js';
import { PasswordHasher } from '../../core/auth/password-hasher.js';
import { RuntimeConfig } from '../../core/config/runtime-config.js';
import { DomainError } from '../../core/errors/domain-error.js';
import { PrismaService } from '../../core/prisma/prisma.service.js';
import { Prisma } from '../../generated/prisma/client.js';
import { RefreshTokenRepository } from './refresh-token.repository.js';
import { toCurrentUser } from './current-user.mapper.js';
import type { RegisterDto } from './dto/register.dto.js';
import { UserRepository } from './user.repository.js';

/** Where a session was started from, kept with each refresh token. */
export interface ClientInfo {
  ip?: string;
  userAgent?: string;
}

/** A session as the controller needs it: the JSON body plus the refresh token for the cookie. */
export interface IssuedSession {
  body: SessionResponse;
  refreshToken: string;
  refreshExpiresAt: Date;
}

type SessionUser = Prisma.UserGetPayload<{ include: { provider: { select: { id: true; name: true } } } }>;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Formats the lock end for the message in the merchant's own time zone (the portal serves mainland China). */
function formatLockEnd(until: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(until);
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UserRepository,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly hasher: PasswordHasher,
    private readonly jwt: JwtService,
    private readonly runtime: RuntimeConfig,
    private readonly prisma: PrismaService,
    private readonly audit: AuditRepository,
  ) {}

  async register(dto: RegisterDto, locale: Locale, client: ClientInfo): Promise<IssuedSession> {
    const loginName = normalizeLoginName(dto.loginName);
    const kind = loginNameKind(loginName);
    if (await this.users.findByLoginName(loginName)) throw new DomainError(ErrorCode.ALREADY_REGISTERED);
    const passwordHash = await this.hasher.hash(dto.password);
    try {
      const user = await this.users.createMerchant({
        mobile: kind === 'mobile' ? loginName : null,
        email: kind === 'email' ? loginName : null,
        displayName: dto.displayName,
        passwordHash,
        locale,
      });
      return await this.startSession(user, client);
    } catch (error) {
      // Two registrations of the same name racing past the check above: the unique index decides.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        throw new DomainError(ErrorCode.ALREADY_REGISTERED);
      }
      throw error;
    }
  }

  /**
   * Checks a login. Locked accounts are refused even with the right password, so guessing cannot continue
   * during the lock; the failure that reaches the limit locks the account and says until when.
   */
  async validateCredentials(rawLoginName: string, password: string, locale: Locale): Promise<SessionUser> {
    const loginName = normalizeLoginName(rawLoginName);
    const user = await this.users.findByLoginName(loginName);
    const passwordOk = await this.hasher.verify(user?.passwordHash ?? undefined, password);
    // An invitation not yet accepted has no password: exactly like an unknown name, and no failure is counted.
    if (!user || user.passwordHash === null) throw new DomainError(ErrorCode.INVALID_CREDENTIALS);

    const now = new Date();
    if (user.lockedUntil && user.lockedUntil > now) throw this.lockedError(user.lockedUntil, locale);
    if (user.disabledAt) throw new DomainError(ErrorCode.ACCOUNT_DISABLED);
    if (!passwordOk) {
      const failures = await this.users.recordFailedLogin(user.id);
      if (failures >= this.runtime.env.LOGIN_MAX_FAILURES) {
        const until = new Date(now.getTime() + this.runtime.env.LOGIN_LOCK_MINUTES * 60_000);
        await this.users.lock(user.id, until);
        await this.audit.record({ entityType: 'User', entityId: user.id, action: 'ACCOUNT_LOCKED', data: { until: until.toISOString(), failures } });
        throw this.lockedError(until, locale);
      }
      throw new DomainError(ErrorCode.INVALID_CREDENTIALS);
    }
    const self = await this.users.findSelf(user.id);
    if (!self) throw new DomainError(ErrorCode.INVALID_CREDENTIALS);
    return self;
  }

  /** Starts a new session family for a user who just proved who they are. */
  async startSession(user: SessionUser, client: ClientInfo): Promise<IssuedSession> {
    await this.users.recordSuccessfulLogin(user.id);
    const refresh = await this.createRefreshToken(user.id, randomUUID(), client);
    return { body: this.sessionBody(user), ...refresh };
  }

  /**
   * Rotates a refresh token. A token that was already rotated or revoked means it was copied: the whole family
   * (every token descended from that login) is revoked, and both the thief and the owner must log in again.
   */
  async refresh(presented: string | undefined, client: ClientInfo): Promise<IssuedSession> {
    if (!presented) throw new DomainError(ErrorCode.REFRESH_TOKEN_INVALID);
    const stored = await this.refreshTokens.findByHash(hashToken(presented));
    if (!stored) throw new DomainError(ErrorCode.REFRESH_TOKEN_INVALID);
    if (stored.rotatedAt) {
      await this.revokeAsReused(stored.familyId, stored.userId);
      throw new DomainError(ErrorCode.REFRESH_TOKEN_REUSED);
    }
    // Revoked but never rotated: signed out (or its family was already revoked); nothing left to protect.
    if (stored.revokedAt) throw new DomainError(ErrorCode.REFRESH_TOKEN_INVALID);
    if (stored.expiresAt <= new Date() || stored.user.disabledAt) throw new DomainError(ErrorCode.REFRESH_TOKEN_INVALID);

    const issued = await this.prisma.$transaction(async (tx) => {
      if (!(await this.refreshTokens.markRotated(stored.id, tx))) return undefined;
      return this.createRefreshToken(stored.userId, stored.familyId, client, tx);
    });
    if (!issued) {
      // Lost a race against another use of the same token: that is reuse too.
      await this.revokeAsReused(stored.familyId, stored.userId);
      throw new DomainError(ErrorCode.REFRESH_TOKEN_REUSED);
    }
    const user = await this.users.findSelf(stored.userId);
    if (!user) throw new DomainError(ErrorCode.REFRESH_TOKEN_INVALID);
    return { body: this.sessionBody(user), ...issued };
  }

  /** Ends the session family of the presented token. Unknown tokens are ignored: logout always succeeds. */
  async logout(presented: string | undefined): Promise<void> {
    if (!presented) return;
    const stored = await this.refreshTokens.findByHash(hashToken(presented));
    if (stored) await this.refreshTokens.revokeFamily(stored.familyId);
  }

  private async revokeAsReused(familyId: string, userId: string): Promise<void> {
    await this.refreshTokens.revokeFamily(familyId);
    await this.audit.record({ entityType: 'User', entityId: userId, action: 'REFRESH_TOKEN_REUSED', data: { familyId } });
  }

  private async createRefreshToken(userId: string, familyId: string, client: ClientInfo, db?: Prisma.TransactionClient) {
    const refreshToken = randomBytes(32).toString('base64url');
    const refreshExpiresAt = new Date(Date.now() + this.runtime.env.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
    await this.refreshTokens.create(
      { userId, familyId, tokenHash: hashToken(refreshToken), expiresAt: refreshExpiresAt, userAgent: client.userAgent?.slice(0, 300), ip: client.ip },
      db,
    );
    return { refreshToken, refreshExpiresAt };
  }

  private sessionBody(user: SessionUser): SessionResponse {
    const claims: AccessTokenClaims = { sub: user.id, role: user.role, pid: user.providerId };
    const expiresIn = this.runtime.env.ACCESS_TOKEN_TTL_SECONDS;
    const accessToken = this.jwt.sign(claims, { expiresIn, issuer: JWT_ISSUER, algorithm: 'HS256' });
    return { accessToken, expiresIn, user: toCurrentUser(user) satisfies CurrentUser };
  }

  private lockedError(until: Date, locale: Locale): DomainError {
    return new DomainError(ErrorCode.ACCOUNT_LOCKED, { lockedUntil: until.toISOString() }, { lockedUntil: formatLockEnd(until, locale) });
  }
}
