import { Injectable } from '@nestjs/common';
import { type Db, PrismaService, type PrismaTx } from '../../core/prisma/prisma.service.js';
import type { Prisma } from '../../generated/prisma/client.js';

/** A Beijing calendar date (YYYY-MM-DD) as the value of a @db.Date column. */
export const dateValue = (date: string) => new Date(`${date}T00:00:00Z`);
export const dateText = (value: Date) => value.toISOString().slice(0, 10);

const DUE_TERMINAL = {
  merchant: { select: { id: true, displayName: true } },
  application: { select: { businessName: true } },
  inspections: {
    where: { OR: [{ status: 'COMPLETED' }, { status: 'SCHEDULED', reminderSentAt: { not: null } }] },
    orderBy: { createdAt: 'desc' },
    take: 5,
    select: { status: true, dueDate: true, completedAt: true, reminderSentAt: true },
  },
} as const satisfies Prisma.TerminalInclude;

export type DueTerminal = Prisma.TerminalGetPayload<{ include: typeof DUE_TERMINAL }>;

const INSPECTION_DETAIL = {
  terminal: { select: { id: true, serialNumber: true, model: true, nextInspectionDue: true } },
  technician: { select: { id: true, displayName: true } },
} as const satisfies Prisma.InspectionInclude;

export type InspectionDetail = Prisma.InspectionGetPayload<{ include: typeof INSPECTION_DETAIL }>;

/**
 * Inspections, training records, emergency plans and prevention settings. Every method takes its tenant (provider
 * or merchant) as an argument; nothing here finds a tenant's row by its id alone.
 */
@Injectable()
export class PreventionRepository {
  constructor(private readonly prisma: PrismaService) {}

  // ── inspections ──

  /** The provider's live terminals due on or before `horizon`, the most overdue first. */
  listDueTerminals(providerId: string, horizon: Date) {
    return this.prisma.terminal.findMany({
      where: { providerId, status: 'LIVE', nextInspectionDue: { not: null, lte: horizon } },
      include: DUE_TERMINAL,
      orderBy: [{ nextInspectionDue: 'asc' }, { serialNumber: 'asc' }],
      take: 500,
    });
  }

  async intervals(providerId: string, db: Db = this.prisma): Promise<{ providerDays: number; modelDays: Map<string, number | null> }> {
    const provider = await db.provider.findUniqueOrThrow({ where: { id: providerId }, select: { inspectionIntervalDays: true, terminalModels: { select: { name: true, inspectionIntervalDays: true } } } });
    return { providerDays: provider.inspectionIntervalDays, modelDays: new Map(provider.terminalModels.map((model) => [model.name, model.inspectionIntervalDays])) };
  }

  findTerminalForProvider(providerId: string, terminalId: string) {
    return this.prisma.terminal.findFirst({ where: { id: terminalId, providerId }, select: { id: true, providerId: true, merchantId: true, serialNumber: true, model: true, status: true, nextInspectionDue: true } });
  }

  findTerminalForMerchant(merchantId: string, terminalId: string) {
    return this.prisma.terminal.findFirst({ where: { id: terminalId, merchantId }, select: { id: true } });
  }

  /** Conditional on the due date the caller read: of two technicians recording the same visit, one wins. */
  async moveDueDate(terminalId: string, from: Date | null, to: Date, tx: PrismaTx): Promise<boolean> {
    const { count } = await tx.terminal.updateMany({ where: { id: terminalId, status: 'LIVE', nextInspectionDue: from }, data: { nextInspectionDue: to } });
    return count === 1;
  }

  findScheduled(terminalId: string, dueDate: Date, db: Db) {
    return db.inspection.findFirst({ where: { terminalId, dueDate, status: 'SCHEDULED' }, select: { id: true, reminderSentAt: true } });
  }

  async completeScheduled(inspectionId: string, data: Prisma.InspectionUncheckedUpdateManyInput, tx: PrismaTx): Promise<boolean> {
    const { count } = await tx.inspection.updateMany({ where: { id: inspectionId, status: 'SCHEDULED' }, data: { ...data, status: 'COMPLETED' } });
    return count === 1;
  }

  createInspection(data: Prisma.InspectionUncheckedCreateInput, db: Db) {
    return db.inspection.create({ data, select: { id: true } });
  }

  /** Scheduled rows for earlier due dates (moved by an interval change) are answered by this visit too. */
  skipOtherScheduled(terminalId: string, keepId: string, tx: PrismaTx) {
    return tx.inspection.updateMany({ where: { terminalId, status: 'SCHEDULED', id: { not: keepId } }, data: { status: 'SKIPPED' } });
  }

  setFollowUpTicket(inspectionId: string, ticketId: string, tx: PrismaTx) {
    return tx.inspection.update({ where: { id: inspectionId }, data: { followUpTicketId: ticketId }, select: { id: true } });
  }

  markReminderSent(inspectionId: string, at: Date, tx: PrismaTx) {
    return tx.inspection.updateMany({ where: { id: inspectionId, status: 'SCHEDULED', reminderSentAt: null }, data: { reminderSentAt: at } });
  }

  findInspection(inspectionId: string) {
    return this.prisma.inspection.findUniqueOrThrow({ where: { id: inspectionId }, include: INSPECTION_DETAIL });
  }

  /** Completed inspections of one terminal, newest first. */
  listCompleted(terminalId: string) {
    return this.prisma.inspection.findMany({ where: { terminalId, status: 'COMPLETED' }, include: INSPECTION_DETAIL, orderBy: { completedAt: 'desc' }, take: 50 });
  }

  ticketReferences(ids: string[]) {
    return this.prisma.ticket.findMany({ where: { id: { in: ids } }, select: { id: true, reference: true } });
  }

  /**
   * Live terminals due on or before `horizon` whose reminder for the current due date has not gone out. The
   * reminder job re-checks each under a row lock, so this list may be a little stale.
   */
  terminalsNeedingReminder(horizon: Date) {
    return this.prisma.$queryRaw<{ id: string }[]>`
      SELECT t.id::text AS id FROM "Terminal" t
       WHERE t.status = 'LIVE' AND t."nextInspectionDue" <= ${horizon}::date
         AND NOT EXISTS (SELECT 1 FROM "Inspection" i
                          WHERE i."terminalId" = t.id AND i."dueDate" = t."nextInspectionDue" AND i."reminderSentAt" IS NOT NULL)
       ORDER BY t."nextInspectionDue" LIMIT 1000`;
  }

  /** Locks a live terminal's row until the transaction ends, so one reminder is decided at a time per terminal. */
  async lockLiveTerminal(terminalId: string, tx: PrismaTx) {
    const rows = await tx.$queryRaw<{ id: string; providerId: string; merchantId: string; serialNumber: string; nextInspectionDue: Date | null }[]>`
      SELECT id::text AS id, "providerId"::text AS "providerId", "merchantId"::text AS "merchantId", "serialNumber", "nextInspectionDue"
        FROM "Terminal" WHERE id = ${terminalId}::uuid AND status = 'LIVE' FOR UPDATE`;
    return rows[0];
  }

  // ── training ──

  /**
   * Creates the record, or returns the one the cashier already has for this module and day. Insert-or-nothing in one
   * statement, then a read: of any number of simultaneous identical submissions exactly one inserts.
   */
  async createOrFindTrainingRecord(data: Prisma.TrainingRecordUncheckedCreateInput & { trainedOn: Date }) {
    await this.prisma.trainingRecord.createMany({ data: [data], skipDuplicates: true });
    return this.prisma.trainingRecord.findUniqueOrThrow({
      where: { merchantId_traineeName_module_trainedOn: { merchantId: data.merchantId, traineeName: data.traineeName, module: data.module, trainedOn: data.trainedOn } },
    });
  }

  listTrainingRecords(merchantId: string) {
    return this.prisma.trainingRecord.findMany({ where: { merchantId }, orderBy: [{ trainedOn: 'desc' }, { createdAt: 'desc' }], take: 1000 });
  }

  async deleteTrainingRecord(merchantId: string, recordId: string): Promise<boolean> {
    const { count } = await this.prisma.trainingRecord.deleteMany({ where: { id: recordId, merchantId } });
    return count === 1;
  }

  async refresherDays(merchantId: string): Promise<number | undefined> {
    const settings = await this.prisma.merchantPreventionSettings.findUnique({ where: { merchantId }, select: { trainingRefresherDays: true } });
    return settings?.trainingRefresherDays;
  }

  saveSettings(merchantId: string, trainingRefresherDays: number) {
    return this.prisma.merchantPreventionSettings.upsert({ where: { merchantId }, create: { merchantId, trainingRefresherDays }, update: { trainingRefresherDays } });
  }

  // ── emergency plan and sign ──

  findPlan(merchantId: string) {
    return this.prisma.emergencyPlan.findUnique({ where: { merchantId } });
  }

  savePlan(merchantId: string, data: { fallbackPayment: string; contacts: Prisma.InputJsonValue; steps: string; providerHotline: string | null }) {
    return this.prisma.emergencyPlan.upsert({ where: { merchantId }, create: { merchantId, ...data }, update: data });
  }

  /** Providers the merchant has terminals with (any status but retired), by name. */
  merchantProviders(merchantId: string) {
    return this.prisma.provider.findMany({
      where: { terminals: { some: { merchantId, status: { not: 'RETIRED' } } } },
      select: { id: true, name: true, nameEn: true, contactPhone: true },
      orderBy: { name: 'asc' },
    });
  }

  /** The name on the merchant's live business, else the account's display name. */
  async merchantName(merchantId: string): Promise<string> {
    const [application, user] = await Promise.all([
      this.prisma.application.findFirst({ where: { merchantId, status: 'LIVE' }, orderBy: { updatedAt: 'desc' }, select: { businessName: true } }),
      this.prisma.user.findUniqueOrThrow({ where: { id: merchantId }, select: { displayName: true } }),
    ]);
    return application?.businessName || user.displayName;
  }
}
