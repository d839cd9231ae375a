import { Injectable } from '@nestjs/common';
import { type QueueStatus, QUEUE_STATUSES } from '@pos/shared';
import { escapeLike } from '../../core/prisma/like-pattern.js';
import { type Db, PrismaService } from '../../core/prisma/prisma.service.js';
import { Prisma } from '../../generated/prisma/client.js';
import { APPLICATION_DETAIL } from '../applications/applications.repository.js';

export interface QueueFilters {
  /** null: every provider (platform admin). */
  providerId: string | null;
  status?: QueueStatus;
  dueBefore?: Date;
  dueFrom?: Date;
  claimedBy?: string | null;
  search?: { text: string; creditCodePrefix: string | null };
  after?: { reviewDueAt: Date; id: string };
  limit: number;
}

export interface QueueRow {
  id: string;
  reference: string;
  status: QueueStatus;
  providerId: string;
  providerName: string;
  businessName: string | null;
  creditCode: string | null;
  highRisk: boolean;
  submittedAt: Date | null;
  reviewDueAt: Date;
  claimedById: string | null;
  claimedByName: string | null;
  terminalCount: number;
}

/** The review page needs the merchant, the people involved, every change request and the whole history. */
export const REVIEW_DETAIL = {
  ...APPLICATION_DETAIL,
  merchant: { select: { id: true, displayName: true, mobile: true, email: true } },
  claimedBy: { select: { id: true, displayName: true } },
  firstApprover: { select: { id: true, displayName: true } },
  changeRequests: { orderBy: { createdAt: 'desc' } },
  auditEvents: { orderBy: { createdAt: 'asc' }, include: { actor: { select: { role: true, displayName: true } } } },
} as const satisfies Prisma.ApplicationInclude;

export type ReviewDetail = Prisma.ApplicationGetPayload<{ include: typeof REVIEW_DETAIL }>;

const QUEUE_STATUS_LIST = Prisma.raw(QUEUE_STATUSES.map((s) => `'${s}'`).join(', '));

@Injectable()
export class ReviewsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * One page of the review queue, oldest-due first, keyset-paginated on (reviewDueAt, id). The status list is a
   * literal, not a parameter, so PostgreSQL can prove the partial index "Application_review_queue" applies and
   * walk it in order: a page costs the same at 200 000 applications as at 200.
   */
  listQueue(filters: QueueFilters): Promise<QueueRow[]> {
    const conditions: Prisma.Sql[] = [Prisma.sql`a.status IN (${QUEUE_STATUS_LIST})`];
    if (filters.providerId) conditions.push(Prisma.sql`a."providerId" = ${filters.providerId}::uuid`);
    if (filters.status) conditions.push(Prisma.sql`a.status = ${filters.status}::"ApplicationStatus"`);
    if (filters.dueBefore) conditions.push(Prisma.sql`a."reviewDueAt" < ${filters.dueBefore}`);
    if (filters.dueFrom) conditions.push(Prisma.sql`a."reviewDueAt" >= ${filters.dueFrom}`);
    if (filters.claimedBy === null) conditions.push(Prisma.sql`a."claimedById" IS NULL`);
    else if (filters.claimedBy) conditions.push(Prisma.sql`a."claimedById" = ${filters.claimedBy}::uuid`);
    if (filters.search) {
      const pattern = `%${escapeLike(filters.search.text)}%`;
      conditions.push(
        filters.search.creditCodePrefix
          ? Prisma.sql`(a."businessName" ILIKE ${pattern} OR a."creditCode" LIKE ${`${filters.search.creditCodePrefix}%`})`
          : Prisma.sql`a."businessName" ILIKE ${pattern}`,
      );
    }
    if (filters.after) conditions.push(Prisma.sql`(a."reviewDueAt", a.id) > (${filters.after.reviewDueAt}, ${filters.after.id}::uuid)`);

    return this.prisma.$queryRaw<QueueRow[]>`
      SELECT a.id, a.reference, a.status::text AS status, a."providerId", p.name AS "providerName", a."businessName",
             a."creditCode", a."highRisk", a."submittedAt", a."reviewDueAt", a."claimedById", u."displayName" AS "claimedByName",
             (SELECT COALESCE(SUM(t.count), 0)::int FROM "ApplicationTerminalRequest" t WHERE t."applicationId" = a.id) AS "terminalCount"
      FROM "Application" a
      JOIN "Provider" p ON p.id = a."providerId"
      LEFT JOIN "User" u ON u.id = a."claimedById"
      WHERE ${Prisma.join(conditions, ' AND ')}
      ORDER BY a."reviewDueAt", a.id
      LIMIT ${filters.limit}`;
  }

  /** An application as its provider's staff see it (never a private draft); null for other providers. */
  findForProviderStaff(providerId: string, applicationId: string, db: Db = this.prisma) {
    return db.application.findFirst({ where: { id: applicationId, providerId, status: { not: 'DRAFT' } }, include: REVIEW_DETAIL });
  }

  /** Platform admins see every provider's applications, read-only. */
  findForPlatform(applicationId: string) {
    return this.prisma.application.findFirst({ where: { id: applicationId, status: { not: 'DRAFT' } }, include: REVIEW_DETAIL });
  }

  findSensitiveFields(providerId: string, applicationId: string) {
    return this.prisma.application.findFirst({
      where: { id: applicationId, providerId, status: { not: 'DRAFT' } },
      select: { id: true, legalRepIdEncrypted: true, settlementAccountEncrypted: true },
    });
  }

  decideDocument(documentId: string, decision: 'ACCEPTED' | 'REJECTED', note: string | null, reviewerId: string, db: Db) {
    return db.applicationDocument.update({
      where: { id: documentId },
      data: { reviewStatus: decision, reviewNote: note, reviewedById: reviewerId, reviewedAt: new Date() },
    });
  }

  createChangeRequest(data: { applicationId: string; requestedById: string; message: string; fields: string[]; documentTypes: string[] }, db: Db) {
    return db.changeRequest.create({ data: { ...data, documentTypes: data.documentTypes as never } });
  }
}
