import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  type AcceptInvitationResponse,
  checkPasswordPolicy,
  ErrorCode,
  INVITATION_EMAIL,
  INVITATION_PATH,
  INVITATION_TTL_DAYS,
  type Locale,
  type ProviderStaffRole,
  ROLE_NAMES,
} from '@pos/shared';
import { AuditLog } from '../../core/audit/audit-log.js';
import { PasswordHasher } from '../../core/auth/password-hasher.js';
import { RuntimeConfig } from '../../core/config/runtime-config.js';
import { DomainError } from '../../core/errors/domain-error.js';
import { PrismaService, type Tx } from '../../core/prisma/prisma.service.js';
import { Prisma } from '../../generated/prisma/client.js';
import { Notifier } from '../notifications/notifications.service.js';
import { RefreshTokenRepository } from './refresh-token.repository.js';
import { UserRepository } from './user.repository.js';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface Invitee {
  email: string;
  displayName: string;
  role: ProviderStaffRole;
  locale: Locale;
}

/** Who sends the invitation, for the email's wording and the audit row. */
export interface Inviter {
  id: string;
  displayName: string;
}

/**
 * Staff accounts that start by invitation: the account exists at once (so it can be given a role and shown in
 * the staff list) but has no password. The emailed link carries a random one-time token, of which only the
 * SHA-256 is stored, valid for INVITATION_TTL_DAYS; accepting it sets the password and clears the token.
 */
@Injectable()
export class Invitations {
  constructor(
    private readonly prisma: PrismaService,
    private readonly users: UserRepository,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly hasher: PasswordHasher,
    private readonly notifier: Notifier,
    private readonly audit: AuditLog,
    private readonly runtime: RuntimeConfig,
  ) {}

  /** Creates the invited account of a provider and writes its email, in the caller's transaction. */
  async invite(db: Tx, providerId: string, invitee: Invitee, inviter: Inviter): Promise<{ id: string }> {
    const email = invitee.email.trim().toLowerCase();
    if (await this.users.findByLoginName(email, db)) throw DomainError.invalidFields([{ field: 'email', code: 'emailTaken' }]);
    const { token, tokenHash, expiresAt } = this.newToken();
    let created: { id: string };
    try {
      created = await this.users.createInvited(
        { email, displayName: invitee.displayName, role: invitee.role, locale: invitee.locale, providerId, invitationTokenHash: tokenHash, invitationExpiresAt: expiresAt },
        db,
      );
    } catch (error) {
      // Two invitations of the same address racing past the check above: the unique index decides.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw DomainError.invalidFields([{ field: 'email', code: 'emailTaken' }]);
      throw error;
    }
    await this.audit.append(db, { entityId: created.id, actorId: inviter.id, action: 'STAFF_INVITED', toStatus: invitee.role, data: { providerId, email } });
    await this.sendEmail(db, providerId, { ...invitee, email }, inviter, token);
    return created;
  }

  /** A new link for an invitation not yet accepted (the old link stops working). */
  async resend(db: Tx, userId: string, inviter: Inviter): Promise<void> {
    const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, displayName: true, role: true, locale: true, providerId: true, passwordHash: true, disabledAt: true } });
    if (!user || user.passwordHash !== null || user.disabledAt || !user.email || !user.providerId || user.role === 'MERCHANT' || user.role === 'PLATFORM_ADMIN') {
      throw new DomainError(ErrorCode.INVALID_TRANSITION);
    }
    const { token, tokenHash, expiresAt } = this.newToken();
    await db.user.update({ where: { id: user.id }, data: { invitationTokenHash: tokenHash, invitationExpiresAt: expiresAt } });
    await this.audit.append(db, { entityId: user.id, actorId: inviter.id, action: 'STAFF_INVITATION_RESENT', data: { providerId: user.providerId } });
    const locale: Locale = user.locale === 'en' ? 'en' : 'zh-CN';
    await this.sendEmail(db, user.providerId, { email: user.email, displayName: user.displayName, role: user.role, locale }, inviter, token);
  }

  /**
   * Sets the password of an invited account. Unknown, used and expired tokens all get the same answer, so the
   * endpoint says nothing about which addresses were invited. The token is single-use: the conditional update
   * lets only one of two racing accepts through.
   */
  async accept(token: string, password: string): Promise<AcceptInvitationResponse> {
    const user = await this.users.findByInvitationTokenHash(hashToken(token));
    if (!user || !user.invitationExpiresAt || user.invitationExpiresAt <= new Date() || user.disabledAt || !user.email) throw new DomainError(ErrorCode.INVITATION_INVALID);
    // The policy forbids the login name inside the password; the DTO cannot check that without the account.
    const problems = checkPasswordPolicy(password, user.email);
    if (problems.length > 0) throw DomainError.invalidFields([{ field: 'password', code: problems[0]! }]);
    const passwordHash = await this.hasher.hash(password);
    await this.prisma.$transaction(async (tx) => {
      if (!(await this.users.acceptInvitation(user.id, user.invitationTokenHash!, passwordHash, tx))) throw new DomainError(ErrorCode.INVITATION_INVALID);
      await this.audit.append(tx, { entityId: user.id, actorId: user.id, action: 'INVITATION_ACCEPTED' });
    });
    return { loginName: user.email };
  }

  /** Ends every session of an account: its refresh tokens stop working, its access tokens fail the per-request check. */
  revokeSessions(db: Tx, userId: string): Promise<void> {
    return this.refreshTokens.revokeAllSessions(userId, db);
  }

  private newToken() {
    const token = randomBytes(32).toString('base64url');
    return { token, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 86_400_000) };
  }

  private async sendEmail(db: Tx, providerId: string, invitee: Invitee, inviter: Inviter, token: string): Promise<void> {
    const provider = await db.provider.findUniqueOrThrow({ where: { id: providerId }, select: { name: true, nameEn: true } });
    const base = (this.runtime.env.PUBLIC_URL ?? `http://localhost:${this.runtime.env.PORT}`).replace(/\/+$/, '');
    const values: Record<string, string | number> = {
      displayName: invitee.displayName,
      inviter: inviter.displayName,
      provider: invitee.locale === 'en' ? provider.nameEn : provider.name,
      role: ROLE_NAMES[invitee.locale][invitee.role],
      days: INVITATION_TTL_DAYS,
      link: `${base}${INVITATION_PATH}?token=${token}`,
    };
    const fill = (template: string) => template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
    const texts = INVITATION_EMAIL[invitee.locale];
    await this.notifier.email(db, { to: invitee.email, subject: fill(texts.subject), body: fill(texts.body), type: 'account.invited', locale: invitee.locale });
  }
}
