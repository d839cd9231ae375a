import { createHash, createHmac, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { type CurrentUser, ErrorCode, type Locale, loginNameKind, normalizeLoginName, type SessionResponse } from '@pos/shared';
import { AuditLog } from '../../core/audit/audit-log.js';
import type { AccessTokenClaims } from '../../core/auth/auth-user.js';
import { JWT_ISSUER } from '../../core/auth/jwt.strategy.js';
import { PasswordHasher } from '../../core/auth/password-hasher.js';
import { RuntimeConfig } from '../../core/config/runtime-config.js';
import { DomainError } from '../../core/errors/domain-error.js';
import { PrismaService } from '../../core/prisma/prisma.service.js';
import { Prisma } from '../../generated/prisma/client.js';
import { LoginLockout } from './login-lockout.js';
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

/**
 * How long a just-rotated refresh token may be presented again and get its successor once more: long enough for two
 * tabs (or a retried request whose answer was lost) restoring one session, short enough that a copied token is
 * still caught on any later use (ADR 0014). Auth0 and Okta offer the same leeway.
 */
const REUSE_GRACE_MS = 10_000;

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
    private readonly audit: AuditLog,
    private readonly lockout: LoginLockout,
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
   * Checks a login. Every attempt costs one password hash check (a decoy for unknown names) before anything else is
   * decided, and the lockout counts by the name typed from this address, so an unknown name, a pending invitation,
   * a disabled account and a wrong password all answer alike and take as long, and lock alike (ADR 0014). A locked
   * name is refused even with the right password, so guessing cannot continue during the lock; the failure that
   * reaches a limit says until when.
   */
  async validateCredentials(rawLoginName: string, password: string, locale: Locale, ip: string | undefined): Promise<SessionUser> {
    const loginName = normalizeLoginName(rawLoginName);
    const user = await this.users.findByLoginName(loginName);
    const passwordOk = await this.hasher.verify(user?.passwordHash ?? undefined, password);
    const attempt = { loginName, ip, userId: user?.id };

    const lockedUntil = await this.lockout.lockedUntil(attempt);
    if (lockedUntil) throw this.lockedError(lockedUntil, locale);
    // An invitation not yet accepted has no password: exactly like an unknown name.
    if (!user || user.passwordHash === null || !passwordOk) {
      const locked = await this.lockout.recordFailure(attempt);
      if (locked) throw this.lockedError(locked, locale);
      throw new DomainError(ErrorCode.INVALID_CREDENTIALS);
    }
    // Only someone who knows the password learns that the account is disabled.
    if (user.disabledAt) throw new DomainError(ErrorCode.ACCOUNT_DISABLED);
    await this.lockout.recordSuccess(attempt);
    const self = await this.users.findSelf(user.id);
    if (!self) throw new DomainError(ErrorCode.INVALID_CREDENTIALS);
    return self;
  }

  /** Starts a new session (one device) for a user who just proved who they are. */
  async startSession(user: SessionUser, client: ClientInfo): Promise<IssuedSession> {
    await this.users.recordSuccessfulLogin(user.id);
    const { sessionId, refresh } = await this.prisma.$transaction(async (tx) => {
      const { id } = await this.refreshTokens.createSession(user.id, tx);
      return { sessionId: id, refresh: await this.createRefreshToken(user.id, id, randomBytes(32).toString('base64url'), client, tx) };
    });
    return { body: this.sessionBody(user, sessionId), ...refresh };
  }

  /**
   * Rotates a refresh token. A token that was already rotated means it was copied: the whole session (every token
   * descended from that login, and its access tokens) is revoked, and both the thief and the owner must log in
   * again. One exception keeps two tabs that restore the session at the same moment from signing each other out:
   * the token rotated less than REUSE_GRACE_MS ago, whose successor has not been used yet, presented by the same
   * browser, gets that same successor again.
   */
  async refresh(presented: string | undefined, client: ClientInfo): Promise<IssuedSession> {
    if (!presented) throw new DomainError(ErrorCode.REFRESH_TOKEN_INVALID);
    const stored = await this.refreshTokens.findByHash(hashToken(presented));
    if (!stored) throw new DomainError(ErrorCode.REFRESH_TOKEN_INVALID);
    if (!stored.rotatedAt) {
      // Revoked but never rotated: signed out (or its session was already ended); nothing left to protect.
      if (stored.revokedAt || stored.session.revokedAt) throw new DomainError(ErrorCode.REFRESH_TOKEN_INVALID);
      if (stored.expiresAt <= new Date() || stored.user.disabledAt) throw new DomainError(ErrorCode.REFRESH_TOKEN_INVALID);
      const issued = await this.prisma.$transaction(async (tx) => {
        if (!(await this.refreshTokens.markRotated(stored.id, tx))) return undefined;
        return this.createRefreshToken(stored.userId, stored.familyId, this.successorOf(presented), client, tx);
      });
      if (issued) return this.resumeSession(stored.userId, stored.familyId, issued);
      // Lost a race against another use of the same token, which has just rotated it: judged like a second tab.
    }
    const again = await this.successorWithinGrace(presented, client);
    if (again) return this.resumeSession(stored.userId, stored.familyId, again);
    await this.revokeAsReused(stored.familyId, stored.userId);
    throw new DomainError(ErrorCode.REFRESH_TOKEN_REUSED);
  }

  /** Ends the session of the presented token, on this device only. Unknown tokens are ignored: logout always succeeds. */
  async logout(presented: string | undefined): Promise<void> {
    if (!presented) return;
    const stored = await this.refreshTokens.findByHash(hashToken(presented));
    if (stored) await this.refreshTokens.revokeSession(stored.familyId);
  }

  /**
   * The successor of a token that was just rotated, when handing it out again is the benign race and not a copy:
   * rotated within the grace, the session live, the successor neither rotated nor revoked (so a token two rotations
   * old never qualifies), and asked for by the browser the successor was issued to. Otherwise undefined.
   */
  private async successorWithinGrace(presented: string, client: ClientInfo): Promise<{ refreshToken: string; refreshExpiresAt: Date } | undefined> {
    const [token, successorToken] = [await this.refreshTokens.findByHash(hashToken(presented)), this.successorOf(presented)];
    const successor = await this.refreshTokens.findByHash(hashToken(successorToken));
    if (!token?.rotatedAt || !successor || successor.familyId !== token.familyId) return undefined;
    const now = Date.now();
    const withinGrace = now - token.rotatedAt.getTime() <= REUSE_GRACE_MS;
    const live = !token.revokedAt && !successor.session.revokedAt && !successor.rotatedAt && !successor.revokedAt && successor.expiresAt.getTime() > now && !successor.user.disabledAt;
    const sameBrowser = (successor.userAgent ?? '') === (client.userAgent?.slice(0, 300) ?? '');
    return withinGrace && live && sameBrowser ? { refreshToken: successorToken, refreshExpiresAt: successor.expiresAt } : undefined;
  }

  /**
   * The token a rotation of `token` issues: derived from it with a server key (HMAC), so a second request with the
   * same token can be answered with the same successor although only hashes are stored, and the session never forks
   * into two live chains. Without the key nobody can compute it, however many tokens they hold.
   */
  private successorOf(token: string): string {
    return createHmac('sha256', this.runtime.jwtSecret).update(`refresh-successor:${token}`).digest('base64url');
  }

  private async resumeSession(userId: string, sessionId: string, refresh: { refreshToken: string; refreshExpiresAt: Date }): Promise<IssuedSession> {
    const user = await this.users.findSelf(userId);
    if (!user) throw new DomainError(ErrorCode.REFRESH_TOKEN_INVALID);
    return { body: this.sessionBody(user, sessionId), ...refresh };
  }

  private async revokeAsReused(sessionId: string, userId: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      await this.refreshTokens.revokeSession(sessionId, tx);
      await this.audit.append(tx, { entityId: userId, action: 'REFRESH_TOKEN_REUSED', data: { familyId: sessionId } });
    });
  }

  private async createRefreshToken(userId: string, sessionId: string, refreshToken: string, client: ClientInfo, db?: Prisma.TransactionClient) {
    const refreshExpiresAt = new Date(Date.now() + this.runtime.env.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
    await this.refreshTokens.create(
      { userId, familyId: sessionId, tokenHash: hashToken(refreshToken), expiresAt: refreshExpiresAt, userAgent: client.userAgent?.slice(0, 300), ip: client.ip },
      db,
    );
    return { refreshToken, refreshExpiresAt };
  }

  private sessionBody(user: SessionUser, sessionId: string): SessionResponse {
    const claims: AccessTokenClaims = { sub: user.id, role: user.role, pid: user.providerId, sid: sessionId };
    const expiresIn = this.runtime.env.ACCESS_TOKEN_TTL_SECONDS;
    const accessToken = this.jwt.sign(claims, { expiresIn, issuer: JWT_ISSUER, algorithm: 'HS256' });
    return { accessToken, expiresIn, user: toCurrentUser(user) satisfies CurrentUser };
  }

  private lockedError(until: Date, locale: Locale): DomainError {
    return new DomainError(ErrorCode.ACCOUNT_LOCKED, { lockedUntil: until.toISOString() }, { lockedUntil: formatLockEnd(until, locale) });
  }
}
