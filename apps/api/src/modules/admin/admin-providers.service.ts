import { Injectable } from '@nestjs/common';
import { type AdminProviderListResponse, type AdminProviderView, Locale, type ProviderEvent, providerMachine, Role, type StaffAccountView } from '@pos/shared';
import { AuditLog } from '../../core/audit/audit-log.js';
import type { AuthUser } from '../../core/auth/auth-user.js';
import { DomainError } from '../../core/errors/domain-error.js';
import { PrismaService } from '../../core/prisma/prisma.service.js';
import { Transitions } from '../../core/transitions/transitions.js';
import { Prisma } from '../../generated/prisma/client.js';
import { Invitations } from '../accounts/invitations.service.js';
import { toStaffAccountView, STAFF_ACCOUNT_FIELDS } from '../staff/staff.mapper.js';
import { type AdminProviderRow, AdminProvidersRepository } from './admin-providers.repository.js';
import type { CreateProviderDto, InviteProviderAdminDto } from './dto/admin.dto.js';
import { DEFAULT_DOCUMENT_REQUIREMENTS, DEFAULT_SLA_POLICIES } from './provider-defaults.js';

function toView(row: AdminProviderRow): AdminProviderView {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    nameEn: row.nameEn,
    licenceNumber: row.licenceNumber,
    contactPhone: row.contactPhone,
    status: row.status,
    staffCount: row._count.staff,
    activeAdminCount: row.staff.length,
    hasFeeSchedule: row._count.feeSchedules > 0,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * Onboarding providers to the marketplace. Suspension is a status, never a deletion: a suspended provider vanishes
 * from the catalog and refuses new applications, while its staff keep working what is already in progress.
 */
@Injectable()
export class AdminProvidersService {
  constructor(
    private readonly providers: AdminProvidersRepository,
    private readonly prisma: PrismaService,
    private readonly audit: AuditLog,
    private readonly transitions: Transitions,
    private readonly invitations: Invitations,
  ) {}

  async list(): Promise<AdminProviderListResponse> {
    return { items: (await this.providers.list()).map(toView) };
  }

  async get(providerId: string): Promise<AdminProviderView> {
    const row = await this.providers.find(providerId);
    if (!row) throw DomainError.notFound();
    return toView(row);
  }

  async create(user: AuthUser, dto: CreateProviderDto): Promise<AdminProviderView> {
    try {
      const id = await this.prisma.$transaction(async (tx) => {
        if (await this.providers.nameTaken(dto.name, tx)) throw DomainError.invalidFields([{ field: 'name', code: 'providerNameTaken' }]);
        const created = await this.providers.create(
          {
            ...dto,
            descriptionEn: dto.descriptionEn ?? '',
            documentRequirements: { create: DEFAULT_DOCUMENT_REQUIREMENTS },
            slaPolicies: { create: DEFAULT_SLA_POLICIES },
          },
          tx,
        );
        await this.audit.append(tx, { action: 'PROVIDER_CREATED', entityId: created.id, actorId: user.id, toStatus: 'ACTIVE', data: { name: dto.name } });
        return created.id;
      });
      return this.get(id);
    } catch (error) {
      // Two admins creating the same name at once: the unique index decides, with the same field error.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw DomainError.invalidFields([{ field: 'name', code: 'providerNameTaken' }]);
      throw error;
    }
  }

  suspend(user: AuthUser, providerId: string, reason?: string): Promise<AdminProviderView> {
    return this.changeStatus(user, providerId, 'SUSPEND', reason);
  }

  restore(user: AuthUser, providerId: string, reason?: string): Promise<AdminProviderView> {
    return this.changeStatus(user, providerId, 'RESTORE', reason);
  }

  /** Invites a PROVIDER_ADMIN of the provider (its first, or a replacement when its admins have left). */
  async inviteAdmin(user: AuthUser, providerId: string, dto: InviteProviderAdminDto): Promise<StaffAccountView> {
    const id = await this.prisma.$transaction(async (tx) => {
      if (!(await this.providers.find(providerId, tx))) throw DomainError.notFound();
      const inviter = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { id: true, displayName: true } });
      return (await this.invitations.invite(tx, providerId, { email: dto.email, displayName: dto.displayName, role: Role.PROVIDER_ADMIN, locale: dto.locale ?? Locale.ZH_CN }, inviter)).id;
    });
    return toStaffAccountView(await this.prisma.user.findUniqueOrThrow({ where: { id }, select: STAFF_ACCOUNT_FIELDS }));
  }

  private async changeStatus(user: AuthUser, providerId: string, event: ProviderEvent, reason?: string): Promise<AdminProviderView> {
    await this.prisma.$transaction(async (tx) => {
      const current = await this.providers.find(providerId, tx);
      if (!current) throw DomainError.notFound();
      await this.transitions.run(tx, {
        machine: providerMachine,
        row: current,
        event,
        update: this.providers.updateIfUnchanged,
        data: {},
        audit: { action: event === 'SUSPEND' ? 'PROVIDER_SUSPENDED' : 'PROVIDER_RESTORED', actorId: user.id, reason: reason || null },
      });
    });
    return this.get(providerId);
  }
}
