import { Injectable } from '@nestjs/common';
import { ErrorCode, Locale, type StaffAccountListResponse, type StaffAccountView } from '@pos/shared';
import { AuditLog } from '../../core/audit/audit-log.js';
import { type AuthUser, providerScopeOf } from '../../core/auth/auth-user.js';
import { DomainError } from '../../core/errors/domain-error.js';
import { type Db, PrismaService } from '../../core/prisma/prisma.service.js';
import { Invitations } from '../accounts/invitations.service.js';
import type { ChangeStaffRoleDto, InviteStaffDto } from './dto/staff.dto.js';
import { toStaffAccountView } from './staff.mapper.js';
import { StaffRepository } from './staff.repository.js';

/**
 * A provider admin's staff accounts. Every change runs with the provider row locked and checks that the provider
 * keeps at least one working admin afterwards; an admin may never deactivate or demote themselves.
 */
@Injectable()
export class StaffService {
  constructor(
    private readonly staff: StaffRepository,
    private readonly prisma: PrismaService,
    private readonly invitations: Invitations,
    private readonly audit: AuditLog,
  ) {}

  async list(user: AuthUser): Promise<StaffAccountListResponse> {
    return { items: (await this.staff.listForProvider(providerScopeOf(user))).map(toStaffAccountView) };
  }

  /** Who a dispatcher can send on site. */
  async technicians(user: AuthUser) {
    return { items: await this.staff.listTechnicians(providerScopeOf(user)) };
  }

  async get(user: AuthUser, staffId: string): Promise<StaffAccountView> {
    const member = await this.staff.findInProvider(providerScopeOf(user), staffId);
    if (!member) throw DomainError.notFound();
    return toStaffAccountView(member);
  }

  async ownProvider(user: AuthUser) {
    const provider = await this.staff.findProvider(providerScopeOf(user));
    if (!provider) throw DomainError.notFound();
    const { _count, ...rest } = provider;
    return { ...rest, staffCount: _count.staff };
  }

  async invite(user: AuthUser, dto: InviteStaffDto): Promise<StaffAccountView> {
    const providerId = providerScopeOf(user);
    const id = await this.prisma.$transaction(async (tx) => {
      const inviter = await this.actor(user, tx);
      const created = await this.invitations.invite(tx, providerId, { email: dto.email, displayName: dto.displayName, role: dto.role, locale: dto.locale ?? Locale.ZH_CN }, inviter);
      return created.id;
    });
    return this.get(user, id);
  }

  async resendInvitation(user: AuthUser, staffId: string): Promise<StaffAccountView> {
    const providerId = providerScopeOf(user);
    await this.prisma.$transaction(async (tx) => {
      await this.member(providerId, staffId, tx);
      await this.invitations.resend(tx, staffId, await this.actor(user, tx));
    });
    return this.get(user, staffId);
  }

  async changeRole(user: AuthUser, staffId: string, dto: ChangeStaffRoleDto): Promise<StaffAccountView> {
    const providerId = providerScopeOf(user);
    await this.prisma.$transaction(async (tx) => {
      await this.staff.lockProvider(providerId, tx);
      const member = await this.member(providerId, staffId, tx);
      if (member.role === dto.role) return;
      if (staffId === user.id) throw new DomainError(ErrorCode.CANNOT_CHANGE_OWN_ACCOUNT);
      await this.staff.setRole(providerId, staffId, dto.role, tx);
      await this.assertKeepsAnAdmin(providerId, tx);
      await this.audit.append(tx, { action: 'STAFF_ROLE_CHANGED', entityId: staffId, actorId: user.id, fromStatus: member.role, toStatus: dto.role, data: { providerId } });
    });
    return this.get(user, staffId);
  }

  /** Ends the account's sessions at once: refresh tokens revoked here, access tokens refused by the per-request check. */
  async deactivate(user: AuthUser, staffId: string): Promise<StaffAccountView> {
    const providerId = providerScopeOf(user);
    if (staffId === user.id) {
      await this.member(providerId, staffId, this.prisma);
      throw new DomainError(ErrorCode.CANNOT_CHANGE_OWN_ACCOUNT);
    }
    await this.prisma.$transaction(async (tx) => {
      await this.staff.lockProvider(providerId, tx);
      await this.member(providerId, staffId, tx);
      if ((await this.staff.deactivate(providerId, staffId, tx)).count === 0) return;
      await this.invitations.revokeSessions(tx, staffId);
      await this.assertKeepsAnAdmin(providerId, tx);
      await this.audit.append(tx, { action: 'STAFF_DEACTIVATED', entityId: staffId, actorId: user.id, fromStatus: 'ACTIVE', toStatus: 'DISABLED', data: { providerId } });
    });
    return this.get(user, staffId);
  }

  async reactivate(user: AuthUser, staffId: string): Promise<StaffAccountView> {
    const providerId = providerScopeOf(user);
    await this.prisma.$transaction(async (tx) => {
      await this.member(providerId, staffId, tx);
      if ((await this.staff.reactivate(providerId, staffId, tx)).count === 0) return;
      await this.audit.append(tx, { action: 'STAFF_REACTIVATED', entityId: staffId, actorId: user.id, fromStatus: 'DISABLED', toStatus: 'ACTIVE', data: { providerId } });
    });
    return this.get(user, staffId);
  }

  /** Another provider's account, a merchant or an unknown id: all "not found". */
  private async member(providerId: string, staffId: string, db: Db) {
    const member = await this.staff.findInProvider(providerId, staffId, db);
    if (!member) throw DomainError.notFound();
    return member;
  }

  /** Only reachable by a race (two admins changing each other); the loser reloads and sees why. */
  private async assertKeepsAnAdmin(providerId: string, db: Db): Promise<void> {
    if ((await this.staff.countActiveAdmins(providerId, db)) === 0) throw new DomainError(ErrorCode.CONFLICT);
  }

  private async actor(user: AuthUser, db: Db) {
    const self = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { id: true, displayName: true } });
    return { id: self.id, displayName: self.displayName };
  }
}
