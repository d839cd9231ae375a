import { Injectable } from '@nestjs/common';
import { ApplicationStatus, OPEN_APPLICATION_STATUSES } from '@pos/shared';
import { type Db, PrismaService } from '../../core/prisma/prisma.service.js';
import { type ConditionalUpdate, NEXT_VERSION, unchanged } from '../../core/transitions/transitions.js';
import type { Prisma } from '../../generated/prisma/client.js';

/** What an application's change writes besides its status and version, which the runner's conditional update sets. */
export type ApplicationChange = Omit<Prisma.ApplicationUncheckedUpdateManyInput, 'id' | 'status' | 'version'>;

/** Open applications past the draft: the ones that hold a business's place with a provider. */
const SUBMITTED_OPEN_STATUSES = OPEN_APPLICATION_STATUSES.filter((status) => status !== ApplicationStatus.DRAFT);

/** Everything an application view shows, in one query. */
export const APPLICATION_DETAIL = {
  provider: { select: { id: true, name: true, nameEn: true, documentRequirements: { orderBy: { documentType: 'asc' } } } },
  volumes: { orderBy: { channel: 'asc' } },
  terminalRequests: { orderBy: { terminalType: 'asc' } },
  documents: { where: { replacedAt: null }, include: { file: true }, orderBy: { createdAt: 'asc' } },
  changeRequests: { where: { resolvedAt: null }, orderBy: { createdAt: 'desc' }, take: 1 },
} as const satisfies Prisma.ApplicationInclude;

export type ApplicationDetail = Prisma.ApplicationGetPayload<{ include: typeof APPLICATION_DETAIL }>;

/** Applications as merchants and provider staff may see them; every read names its tenant. */
@Injectable()
export class ApplicationsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The merchant's own application, or null (also for another merchant's id). */
  findOwnedByMerchant(merchantId: string, applicationId: string, db: Db = this.prisma) {
    return db.application.findFirst({ where: { id: applicationId, merchantId }, include: APPLICATION_DETAIL });
  }

  listForMerchant(merchantId: string) {
    return this.prisma.application.findMany({
      where: { merchantId },
      include: { provider: { select: { id: true, name: true, nameEn: true } } },
      orderBy: { updatedAt: 'desc' },
    });
  }

  /** The provider to apply to, whatever its status: the caller says "suspended" rather than "no such provider". */
  findProviderToApply(providerId: string) {
    return this.prisma.provider.findUnique({
      where: { id: providerId },
      select: { id: true, status: true, feeSchedules: { orderBy: { version: 'desc' }, take: 1, select: { id: true } } },
    });
  }

  create(data: Prisma.ApplicationUncheckedCreateInput, db: Db) {
    return db.application.create({ data, include: APPLICATION_DETAIL });
  }

  /**
   * Saves draft fields only while the application is still editable by the merchant. Returns false when the
   * status moved on in the meantime (the caller answers with a conflict).
   */
  async updateEditable(applicationId: string, merchantId: string, editable: readonly ApplicationStatus[], data: Prisma.ApplicationUncheckedUpdateManyInput, db: Db) {
    const { count } = await db.application.updateMany({ where: { id: applicationId, merchantId, status: { in: [...editable] } }, data });
    return count === 1;
  }

  replaceVolumes(applicationId: string, volumes: { channel: string; monthlyAmountFen: number; averageTicketFen: number | null }[], db: Db) {
    return Promise.all([
      db.applicationVolume.deleteMany({ where: { applicationId } }),
      volumes.length ? db.applicationVolume.createMany({ data: volumes.map((v) => ({ ...v, applicationId, channel: v.channel as never })) }) : undefined,
    ]);
  }

  replaceTerminalRequests(applicationId: string, requests: { terminalType: string; count: number }[], db: Db) {
    return Promise.all([
      db.applicationTerminalRequest.deleteMany({ where: { applicationId } }),
      requests.length ? db.applicationTerminalRequest.createMany({ data: requests.map((r) => ({ ...r, applicationId, terminalType: r.terminalType as never })) }) : undefined,
    ]);
  }

  upsertBusiness(ownerId: string, creditCode: string, name: string, db: Db) {
    return db.merchantBusiness.upsert({
      where: { ownerId_creditCode: { ownerId, creditCode } },
      create: { ownerId, creditCode, name },
      update: { name },
      select: { id: true },
    });
  }

  /**
   * Another submitted, still open application for the same business (credit code) with the same provider, if any.
   * Drafts do not count: they are private, and a public credit code typed into one must not lock the business out.
   */
  findOtherSubmittedOpenForBusiness(providerId: string, creditCode: string, exceptId: string, db: Db = this.prisma) {
    return db.application.findFirst({
      where: { providerId, creditCode, id: { not: exceptId }, status: { in: [...SUBMITTED_OPEN_STATUSES] } },
      select: { id: true },
    });
  }

  resolveChangeRequests(applicationId: string, at: Date, db: Db) {
    return db.changeRequest.updateMany({ where: { applicationId, resolvedAt: null }, data: { resolvedAt: at } });
  }

  /** The application's audit trail with who acted, oldest first. */
  historyOf(applicationId: string) {
    return this.prisma.auditEvent.findMany({
      where: { applicationId },
      orderBy: { createdAt: 'asc' },
      include: { actor: { select: { role: true, displayName: true } } },
    });
  }

  /** Every status change of an application goes through the transition runner with this: exactly one concurrent caller wins. */
  readonly updateIfUnchanged: ConditionalUpdate<ApplicationStatus, ApplicationChange> = async (expected, to, data, tx) => {
    const { count } = await tx.application.updateMany({ where: unchanged(expected), data: { ...data, status: to, ...NEXT_VERSION } });
    return count === 1;
  };
}
