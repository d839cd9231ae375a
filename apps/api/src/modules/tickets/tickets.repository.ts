import { Injectable } from '@nestjs/common';
import type { FaultCategory, SiteVisitStatus, TicketPriority, TicketStatus } from '@pos/shared';
import { type Db, PrismaService } from '../../core/prisma/prisma.service.js';
import { type ConditionalUpdate, NEXT_VERSION, unchanged } from '../../core/transitions/transitions.js';
import { Prisma } from '../../generated/prisma/client.js';

const PERSON = { select: { id: true, displayName: true } } as const;

export const TICKET_SUMMARY = {
  terminal: { select: { id: true, serialNumber: true, model: true, address: true, application: { select: { businessName: true } } } },
  merchant: { select: { id: true, displayName: true, mobile: true } },
  assignee: PERSON,
} as const satisfies Prisma.TicketInclude;

export type TicketSummaryRow = Prisma.TicketGetPayload<{ include: typeof TICKET_SUMMARY }>;

/** What a ticket summary is made of: a Prisma row with TICKET_SUMMARY, or a row of the support queue's own SQL. */
export type TicketSummarySource = Pick<
  TicketSummaryRow,
  | 'id' | 'reference' | 'status' | 'priority' | 'category' | 'responseCode' | 'subject' | 'createdAt' | 'updatedAt' | 'slaDueAt'
  | 'firstResponseDueAt' | 'firstRespondedAt' | 'resolutionDueAt' | 'resolvedAt' | 'slaPausedAt' | 'escalationLevel'
  | 'firstResponseBreachedAt' | 'resolutionBreachedAt' | 'firstResponseWarnedAt' | 'resolutionWarnedAt'
> & {
  terminal: { id: string; serialNumber: string; model: string; application: { businessName: string | null } | null };
  merchant: { id: string; displayName: string };
  assignee: { id: string; displayName: string } | null;
};

interface QueueSqlRow {
  id: string;
  reference: string;
  status: TicketStatus;
  priority: TicketPriority;
  category: FaultCategory;
  responseCode: string | null;
  subject: string;
  createdAt: Date;
  updatedAt: Date;
  slaDueAt: Date | null;
  firstResponseDueAt: Date | null;
  firstRespondedAt: Date | null;
  resolutionDueAt: Date | null;
  resolvedAt: Date | null;
  slaPausedAt: Date | null;
  escalationLevel: number;
  firstResponseBreachedAt: Date | null;
  resolutionBreachedAt: Date | null;
  firstResponseWarnedAt: Date | null;
  resolutionWarnedAt: Date | null;
  terminalId: string;
  serialNumber: string;
  model: string;
  businessName: string | null;
  merchantId: string;
  merchantName: string;
  assigneeId: string | null;
  assigneeName: string | null;
}

const fromQueueSql = ({ terminalId, serialNumber, model, businessName, merchantId, merchantName, assigneeId, assigneeName, ...ticket }: QueueSqlRow): TicketSummarySource => ({
  ...ticket,
  terminal: { id: terminalId, serialNumber, model, application: { businessName } },
  merchant: { id: merchantId, displayName: merchantName },
  assignee: assigneeId ? { id: assigneeId, displayName: assigneeName ?? '' } : null,
});

const ATTACHMENT = { include: { file: { select: { mimeType: true, sizeBytes: true } } } } as const;

export const SITE_VISIT_DETAIL = {
  technician: PERSON,
  ticket: { select: { id: true, reference: true, subject: true, ...TICKET_SUMMARY } },
} as const satisfies Prisma.SiteVisitInclude;

export type SiteVisitRow = Prisma.SiteVisitGetPayload<{ include: typeof SITE_VISIT_DETAIL }>;

export const TICKET_DETAIL = {
  ...TICKET_SUMMARY,
  troubleshootingSession: { select: { id: true, outcome: true, steps: true } },
  comments: { orderBy: { createdAt: 'asc' }, include: { author: { select: { id: true, displayName: true, role: true } }, attachments: ATTACHMENT } },
  siteVisits: { orderBy: { scheduledStart: 'asc' }, include: SITE_VISIT_DETAIL },
  mergedInto: { select: { id: true, reference: true } },
  auditEvents: { orderBy: { createdAt: 'asc' }, include: { actor: PERSON } },
} as const satisfies Prisma.TicketInclude;

export type TicketDetailRow = Prisma.TicketGetPayload<{ include: typeof TICKET_DETAIL }>;

/** What a ticket change writes besides its status and version, which the runner's conditional update sets. */
export type TicketChange = Omit<Prisma.TicketUncheckedUpdateManyInput, 'id' | 'status' | 'version'>;

/** Statuses the support queue shows by default: the tickets still being worked. */
export const OPEN_TICKET_STATUSES = ['OPEN', 'IN_PROGRESS', 'WAITING_ON_MERCHANT', 'WAITING_ON_THIRD_PARTY', 'REOPENED'] as const satisfies TicketStatus[];

export interface QueueFilter {
  providerId: string;
  status?: TicketStatus;
  priority?: TicketPriority;
  category?: FaultCategory;
  terminalId?: string;
  /** A user id, or null for unassigned tickets. */
  assigneeId?: string | null;
  q?: string;
  after?: { slaDueAt: Date | null; id: string };
  limit: number;
}

@Injectable()
export class TicketsRepository {
  constructor(private readonly prisma: PrismaService) {}

  findForMerchant(merchantId: string, ticketId: string) {
    return this.prisma.ticket.findFirst({ where: { id: ticketId, merchantId }, include: TICKET_DETAIL });
  }

  findForProvider(providerId: string, ticketId: string) {
    return this.prisma.ticket.findFirst({ where: { id: ticketId, providerId }, include: TICKET_DETAIL });
  }

  /** A site visit's status change, through the transition runner: only while (id, status, version) are as read. */
  readonly updateVisitIfUnchanged: ConditionalUpdate<SiteVisitStatus, { result: string; completedAt: Date }> = async (expected, to, data, tx) => {
    const { count } = await tx.siteVisit.updateMany({ where: unchanged(expected), data: { ...data, status: to, ...NEXT_VERSION } });
    return count === 1;
  };

  /** The auto-close job's ticket: the job carries only its id. */
  findForAutoClose(ticketId: string) {
    return this.prisma.ticket.findUnique({ where: { id: ticketId }, select: { id: true, status: true, version: true, autoCloseAt: true } });
  }

  findByReference(providerId: string, reference: string) {
    return this.prisma.ticket.findFirst({ where: { providerId, reference } });
  }

  /** The merchant's tickets, newest first, keyset-paginated on (createdAt, id). */
  listForMerchant(merchantId: string, limit: number, after?: { createdAt: Date; id: string }) {
    return this.prisma.ticket.findMany({
      where: {
        merchantId,
        ...(after ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] } : {}),
      },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: limit,
      include: TICKET_SUMMARY,
    });
  }

  /**
   * One page of the support queue, most urgent deadline first (tickets without a deadline last), keyset-paginated
   * on (slaDueAt, id). The ids come from one indexed query (the partial `Ticket_support_queue` index for the
   * default view); the rows are then loaded by primary key.
   */
  async queuePage(filter: QueueFilter): Promise<TicketSummarySource[]> {
    const conditions: Prisma.Sql[] = [Prisma.sql`t."providerId" = ${filter.providerId}::uuid`];
    if (filter.status) conditions.push(Prisma.sql`t."status" = ${filter.status}::"TicketStatus"`);
    else conditions.push(Prisma.sql`t."status" NOT IN ('RESOLVED', 'CLOSED')`);
    if (filter.priority) conditions.push(Prisma.sql`t."priority" = ${filter.priority}::"TicketPriority"`);
    if (filter.category) conditions.push(Prisma.sql`t."category" = ${filter.category}::"FaultCategory"`);
    if (filter.terminalId) conditions.push(Prisma.sql`t."terminalId" = ${filter.terminalId}::uuid`);
    if (filter.assigneeId === null) conditions.push(Prisma.sql`t."assigneeId" IS NULL`);
    else if (filter.assigneeId) conditions.push(Prisma.sql`t."assigneeId" = ${filter.assigneeId}::uuid`);
    if (filter.q) {
      const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      conditions.push(Prisma.sql`(t."reference" = ${filter.q.toUpperCase()} OR t."subject" ILIKE ${pattern}
        OR t."terminalId" IN (SELECT id FROM "Terminal" WHERE "serialNumber" = ${filter.q.toUpperCase()}))`);
    }
    const page = (extra: Prisma.Sql, limit: number) => this.prisma.$queryRaw<{ id: string }[]>`
      SELECT t.id FROM "Ticket" t
      WHERE ${Prisma.join([...conditions, extra], ' AND ')}
      ORDER BY t."slaDueAt" ASC NULLS LAST, t.id ASC
      LIMIT ${limit}`;
    // Two index ranges instead of one OR: tickets with a deadline after the cursor (a row comparison the index can
    // seek to), then, when those run out, tickets without one. A cursor deep in the queue costs what the first page costs.
    const after = filter.after;
    let rows: { id: string }[] = [];
    if (!after || after.slaDueAt !== null) {
      rows = await page(after ? Prisma.sql`(t."slaDueAt", t.id) > (${after.slaDueAt}, ${after.id}::uuid)` : Prisma.sql`t."slaDueAt" IS NOT NULL`, filter.limit);
    }
    if (rows.length < filter.limit) {
      const undated = await page(after?.slaDueAt === null ? Prisma.sql`t."slaDueAt" IS NULL AND t.id > ${after.id}::uuid` : Prisma.sql`t."slaDueAt" IS NULL`, filter.limit - rows.length);
      rows = [...rows, ...undated];
    }
    if (rows.length === 0) return [];
    // The page's rows with what a summary shows of their terminal, business and people, in one statement by
    // primary keys (Prisma's includes would send one query per relation).
    const details = await this.prisma.$queryRaw<QueueSqlRow[]>`
      SELECT t.id, t.reference, t.status::text AS status, t.priority::text AS priority, t.category::text AS category, t."responseCode",
             t.subject, t."createdAt", t."updatedAt", t."slaDueAt", t."firstResponseDueAt", t."firstRespondedAt", t."resolutionDueAt",
             t."resolvedAt", t."slaPausedAt", t."escalationLevel", t."firstResponseBreachedAt", t."resolutionBreachedAt",
             t."firstResponseWarnedAt", t."resolutionWarnedAt",
             tm.id AS "terminalId", tm."serialNumber", tm.model, ap."businessName",
             m.id AS "merchantId", m."displayName" AS "merchantName", u.id AS "assigneeId", u."displayName" AS "assigneeName"
        FROM "Ticket" t
        JOIN "Terminal" tm ON tm.id = t."terminalId"
        LEFT JOIN "Application" ap ON ap.id = tm."applicationId"
        JOIN "User" m ON m.id = t."merchantId"
        LEFT JOIN "User" u ON u.id = t."assigneeId"
       WHERE t.id = ANY(${rows.map((row) => row.id)}::uuid[])`;
    const byId = new Map(details.map((row) => [row.id, fromQueueSql(row)]));
    return rows.map((row) => byId.get(row.id)!).filter(Boolean);
  }

  create(data: Prisma.TicketUncheckedCreateInput, db: Db) {
    return db.ticket.create({ data });
  }

  /** Every change of a ticket goes through the transition runner with this: only while (id, status, version) are as read. */
  readonly updateIfUnchanged: ConditionalUpdate<TicketStatus, TicketChange> = async (expected, to, data, tx) => {
    const { count } = await tx.ticket.updateMany({ where: unchanged(expected), data: { ...data, status: to, ...NEXT_VERSION } });
    return count === 1;
  };

  addComment(data: Prisma.TicketCommentUncheckedCreateInput, db: Db) {
    return db.ticketComment.create({ data });
  }

  /** Links attachments uploaded to this ticket by this user, not yet shown with a message, to a message. */
  async linkAttachments(ticketId: string, uploadedById: string, attachmentIds: string[], commentId: string, db: Db): Promise<number> {
    if (attachmentIds.length === 0) return 0;
    const { count } = await db.ticketAttachment.updateMany({
      where: { id: { in: attachmentIds }, ticketId, uploadedById, commentId: null },
      data: { commentId },
    });
    return count;
  }

  createAttachment(data: Prisma.TicketAttachmentUncheckedCreateInput, db: Db) {
    return db.ticketAttachment.create({ data, ...ATTACHMENT });
  }

  findAttachment(ticketId: string, attachmentId: string) {
    return this.prisma.ticketAttachment.findFirst({ where: { id: attachmentId, ticketId }, include: { file: true, comment: { select: { internal: true } } } });
  }

  /** Support staff and provider admins of the provider who can take tickets. */
  assignees(providerId: string) {
    return this.prisma.user.findMany({
      where: { providerId, role: { in: ['SUPPORT', 'PROVIDER_ADMIN'] }, disabledAt: null },
      orderBy: { displayName: 'asc' },
      select: { id: true, displayName: true },
    });
  }

  findAssignee(providerId: string, userId: string) {
    return this.prisma.user.findFirst({ where: { id: userId, providerId, role: { in: ['SUPPORT', 'PROVIDER_ADMIN'] }, disabledAt: null }, select: { id: true } });
  }

  providerAdmins(providerId: string, db: Db = this.prisma) {
    return db.user.findMany({ where: { providerId, role: 'PROVIDER_ADMIN', disabledAt: null }, select: { id: true } });
  }

  supportStaff(providerId: string, db: Db = this.prisma) {
    return db.user.findMany({ where: { providerId, role: 'SUPPORT', disabledAt: null }, select: { id: true } });
  }
}
