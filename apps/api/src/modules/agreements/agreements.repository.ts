import { Injectable } from '@nestjs/common';
import type { AgreementStatus } from '@pos/shared';
import { type Db, PrismaService, type Tx } from '../../core/prisma/prisma.service.js';
import { type ConditionalUpdate, NEXT_VERSION, unchanged } from '../../core/transitions/transitions.js';
import type { Prisma } from '../../generated/prisma/client.js';

/** What an agreement's change writes besides its status and version, which the runner's conditional update sets. */
export type AgreementChange = Omit<Prisma.AgreementUncheckedUpdateManyInput, 'id' | 'status' | 'version'>;

export const AGREEMENT_DETAIL = {
  provider: { select: { id: true, name: true, nameEn: true, settlementCycle: true } },
  application: { select: { id: true, reference: true, merchantId: true, businessName: true, legalRepName: true, status: true, version: true } },
  template: { select: { version: true } },
  feeSchedule: { select: { version: true } },
} as const satisfies Prisma.AgreementInclude;

export type AgreementDetail = Prisma.AgreementGetPayload<{ include: typeof AGREEMENT_DETAIL }>;

/** What the generator needs from an approved application, in one read. */
const APPLICATION_FOR_AGREEMENT = {
  provider: {
    include: {
      agreementTemplates: { orderBy: { version: 'desc' }, take: 1 },
      feeSchedules: { orderBy: { version: 'desc' }, take: 1, include: { rates: true } },
    },
  },
  terminalRequests: true,
} as const satisfies Prisma.ApplicationInclude;

export type ApplicationForAgreement = Prisma.ApplicationGetPayload<{ include: typeof APPLICATION_FOR_AGREEMENT }>;

@Injectable()
export class AgreementsRepository {
  constructor(private readonly prisma: PrismaService) {}

  applicationForAgreement(applicationId: string) {
    return this.prisma.application.findUnique({ where: { id: applicationId }, include: APPLICATION_FOR_AGREEMENT });
  }

  currentFeeScheduleId(providerId: string) {
    return this.prisma.feeSchedule.findFirst({ where: { providerId }, orderBy: { version: 'desc' }, select: { id: true, version: true } });
  }

  create(data: Prisma.AgreementUncheckedCreateInput, db: Db) {
    return db.agreement.create({ data });
  }

  /** The application's live agreement (the newest that is not void). */
  findCurrentForApplication(applicationId: string) {
    return this.prisma.agreement.findFirst({ where: { applicationId, status: { not: 'VOID' } }, orderBy: { createdAt: 'desc' }, include: AGREEMENT_DETAIL });
  }

  /** The newest agreement of the application that was replaced for a reason, for "why did this change". */
  findLastVoided(applicationId: string) {
    return this.prisma.agreement.findFirst({
      where: { applicationId, status: 'VOID' },
      orderBy: { createdAt: 'desc' },
      select: { reference: true, voidReason: true, feeSchedule: { select: { version: true } } },
    });
  }

  findForMerchant(merchantId: string, agreementId: string) {
    return this.prisma.agreement.findFirst({ where: { id: agreementId, application: { merchantId } }, include: AGREEMENT_DETAIL });
  }

  findForProvider(providerId: string, agreementId: string) {
    return this.prisma.agreement.findFirst({ where: { id: agreementId, providerId }, include: AGREEMENT_DETAIL });
  }

  findAny(agreementId: string) {
    return this.prisma.agreement.findUnique({ where: { id: agreementId }, include: AGREEMENT_DETAIL });
  }

  listForProvider(providerId: string, status?: 'SENT' | 'MERCHANT_SIGNED' | 'COUNTERSIGNED') {
    return this.prisma.agreement.findMany({
      where: { providerId, status: status ?? { not: 'VOID' } },
      include: AGREEMENT_DETAIL,
      orderBy: { createdAt: 'desc' },
      take: 200,
    });
  }

  /** A genuine file: either the executed agreement or a generated (unsigned) one. */
  findByFileHash(sha256: string) {
    return this.prisma.agreement.findFirst({ where: { OR: [{ finalSha256: sha256 }, { documentSha256: sha256 }] }, include: AGREEMENT_DETAIL });
  }

  /** Conditional update on (id, status, version): of two concurrent signatures exactly one lands. */
  /** Every status change of an agreement goes through the transition runner with this: only while (id, status, version) are as read. */
  readonly updateIfUnchanged: ConditionalUpdate<AgreementStatus, AgreementChange> = async (expected, to, data, tx) => {
    const { count } = await tx.agreement.updateMany({ where: unchanged(expected), data: { ...data, status: to, ...NEXT_VERSION } });
    return count === 1;
  };

  countersignerName(userId: string) {
    return this.prisma.user.findUnique({ where: { id: userId }, select: { displayName: true } });
  }

  listTemplates(providerId: string) {
    return this.prisma.agreementTemplate.findMany({ where: { providerId }, orderBy: { version: 'desc' } });
  }

  /** The next template version, created under a lock on the provider row so two saves cannot collide. */
  /** The provider's next template version, in the caller's transaction: the provider row lock makes publishes take turns. */
  async createTemplate(providerId: string, createdById: string, data: { title: string; body: string; titleEn: string; bodyEn: string }, tx: Tx) {
    await tx.$queryRaw`SELECT id FROM "Provider" WHERE id = ${providerId}::uuid FOR UPDATE`;
    const latest = await tx.agreementTemplate.findFirst({ where: { providerId }, orderBy: { version: 'desc' }, select: { version: true } });
    return tx.agreementTemplate.create({ data: { ...data, providerId, createdById, version: (latest?.version ?? 0) + 1 } });
  }
}
