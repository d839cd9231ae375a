import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  addDays,
  beijingDate,
  daysBetween,
  DEFAULT_DUE_WITHIN_DAYS,
  ErrorCode,
  type FaultCategory,
  INSPECTION_ITEMS,
  INSPECTION_REMINDER_DAYS,
  type InspectionChecklist,
  type InspectionDueListResponse,
  type InspectionDueView,
  type InspectionItem,
  type InspectionListResponse,
  type InspectionView,
  inspectionIntervalOf,
  Role,
} from '@pos/shared';
import { AuditLog } from '../../core/audit/audit-log.js';
import { type AuthUser, providerScopeOf } from '../../core/auth/auth-user.js';
import { DomainError } from '../../core/errors/domain-error.js';
import { JobQueue } from '../../core/jobs/job-queue.js';
import { PrismaService } from '../../core/prisma/prisma.service.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { Notifier } from '../notifications/notifications.service.js';
import { TicketsService } from '../tickets/tickets.service.js';
import type { InspectionDueQueryDto, RecordInspectionDto } from './dto/prevention.dto.js';
import { InspectionSchedule } from './inspection-schedule.js';
import { dateText, dateValue, type DueTerminal, type InspectionDetail, PreventionRepository } from './prevention.repository.js';

export const INSPECTION_REMINDER_JOB = 'inspection.reminders';
/** Every morning at 08:00 Beijing time, before most shops open. */
const REMINDER_CRON = '0 8 * * *';

/** The ticket category a failed item most likely means; wear and anything else is a general fault. */
const CATEGORY_OF_ITEM: Partial<Record<InspectionItem, FaultCategory>> = { network: 'NETWORK', printer: 'PRINTER', pinPad: 'SYSTEM_FAULT' };

/** Chinese names of the items for the follow-up ticket, which the merchant reads too. */
const ITEM_NAME_ZH: Record<InspectionItem, string> = {
  power: '电源',
  network: '网络',
  swipe: '刷卡',
  insert: '插卡',
  tap: '挥卡',
  qrScan: '扫码',
  printer: '打印机',
  pinPad: '密码键盘',
  casing: '外壳',
  cable: '线缆',
  keypad: '按键磨损',
  screen: '屏幕',
  seal: '封签/防拆标签',
};

/**
 * Periodic inspections. A live terminal's `nextInspectionDue` is the schedule; an Inspection row is written when a
 * reminder goes out (SCHEDULED, with reminderSentAt, so the reminder is sent once per due date) and when a
 * technician records the visit (COMPLETED), which moves the due date on by the terminal's interval.
 */
@Injectable()
export class InspectionsService implements OnModuleInit {
  constructor(
    private readonly repository: PreventionRepository,
    private readonly schedule: InspectionSchedule,
    private readonly prisma: PrismaService,
    private readonly audit: AuditLog,
    private readonly jobs: JobQueue,
    private readonly notifier: Notifier,
    private readonly tickets: TicketsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: INSPECTION_REMINDER_JOB, handle: () => this.sendReminders().then(() => undefined) });
    this.jobs.schedule(INSPECTION_REMINDER_JOB, REMINDER_CRON);
  }

  /** The provider's live terminals due within `withinDays` (or overdue only), the most overdue first. */
  async listDue(user: AuthUser, query: InspectionDueQueryDto): Promise<InspectionDueListResponse> {
    const providerId = providerScopeOf(user);
    const today = beijingDate();
    const horizon = query.overdueOnly ? addDays(today, -1) : addDays(today, query.withinDays ?? DEFAULT_DUE_WITHIN_DAYS);
    const [terminals, intervals] = await Promise.all([this.repository.listDueTerminals(providerId, dateValue(horizon)), this.repository.intervals(providerId)]);
    const items = terminals.map((terminal) => this.dueView(terminal, today, inspectionIntervalOf(intervals.modelDays.get(terminal.model), intervals.providerDays)));
    return { today, overdueCount: items.filter((item) => item.overdue).length, items };
  }

  /**
   * A technician records a visit: the checklist, notes and, for a failed inspection, optionally a follow-up ticket.
   * One transaction: the due date moves on (conditional on the one the technician saw), the inspection is written,
   * the ticket opened and linked, and the audit row added.
   */
  async record(user: AuthUser, terminalId: string, dto: RecordInspectionDto): Promise<InspectionView> {
    const providerId = providerScopeOf(user);
    const terminal = await this.repository.findTerminalForProvider(providerId, terminalId);
    if (!terminal) throw DomainError.notFound();
    if (terminal.status !== 'LIVE') throw new DomainError(ErrorCode.INVALID_TRANSITION);
    const checklist = Object.fromEntries(INSPECTION_ITEMS.map((item) => [item, dto.checklist[item]])) as InspectionChecklist;
    const failed = INSPECTION_ITEMS.filter((item) => !checklist[item]);
    const passed = failed.length === 0;
    if (dto.openFollowUpTicket && passed) throw DomainError.invalidFields([{ field: 'openFollowUpTicket', code: 'followUpNeedsFailure' }]);

    const now = new Date();
    const today = beijingDate(now);
    const interval = await this.schedule.intervalFor(providerId, terminal.model);
    const dueDate = terminal.nextInspectionDue ? dateText(terminal.nextInspectionDue) : today;
    const next = addDays(today, interval);

    // One inspection per terminal per day: a second recording (a double tap, a colleague on another phone) is
    // refused whether it arrives after the first or at the same moment (then the conditional due-date move decides).
    const startOfToday = new Date(Date.parse(`${today}T00:00:00+08:00`));
    if (await this.prisma.inspection.count({ where: { terminalId: terminal.id, status: 'COMPLETED', completedAt: { gte: startOfToday } } })) throw new DomainError(ErrorCode.CONFLICT);
    const inspectionId = await this.prisma.$transaction(async (tx) => {
      if (!(await this.repository.moveDueDate(terminal.id, terminal.nextInspectionDue, dateValue(next), tx))) throw new DomainError(ErrorCode.CONFLICT);
      const result = { technicianId: user.id, checklist: checklist as unknown as Prisma.InputJsonObject, passed, notes: dto.notes ?? null, completedAt: now };
      const scheduled = await this.repository.findScheduled(terminal.id, dateValue(dueDate), tx);
      let id: string;
      if (scheduled) {
        if (!(await this.repository.completeScheduled(scheduled.id, result, tx))) throw new DomainError(ErrorCode.CONFLICT);
        id = scheduled.id;
      } else {
        id = (await this.repository.createInspection({ terminalId: terminal.id, providerId, dueDate: dateValue(dueDate), status: 'COMPLETED', ...result }, tx)).id;
      }
      await this.repository.skipOtherScheduled(terminal.id, id, tx);
      let followUpTicketId: string | null = null;
      if (dto.openFollowUpTicket) {
        followUpTicketId = await this.tickets.open(
          {
            merchantId: terminal.merchantId,
            providerId,
            terminalId: terminal.id,
            category: failed.map((item) => CATEGORY_OF_ITEM[item]).find((category) => category !== undefined) ?? 'OTHER',
            responseCode: null,
            subject: `巡检发现问题：${failed.map((item) => ITEM_NAME_ZH[item]).join('、')}`.slice(0, 120),
            description: [`终端 ${terminal.serialNumber} 于 ${today} 巡检未通过。`, `未通过项目：${failed.map((item) => ITEM_NAME_ZH[item]).join('、')}`, dto.notes ? `技术员备注：${dto.notes}` : null]
              .filter(Boolean)
              .join('\n'),
            openedById: user.id,
          },
          tx,
        );
        await this.repository.setFollowUpTicket(id, followUpTicketId, tx);
      }
      await this.audit.append(tx, {
        action: 'INSPECTION_COMPLETED',
        entityId: id,
        actorId: user.id,
        fromStatus: 'SCHEDULED',
        toStatus: 'COMPLETED',
        ticketId: followUpTicketId,
        data: { terminalId: terminal.id, dueDate, passed, failed, nextInspectionDue: next, followUpTicketId },
      });
      return id;
    });
    return (await this.views([await this.repository.findInspection(inspectionId)]))[0]!;
  }

  async providerHistory(user: AuthUser, terminalId: string): Promise<InspectionListResponse> {
    const terminal = await this.repository.findTerminalForProvider(providerScopeOf(user), terminalId);
    if (!terminal) throw DomainError.notFound();
    return { items: await this.views(await this.repository.listCompleted(terminal.id)) };
  }

  async merchantHistory(user: AuthUser, terminalId: string): Promise<InspectionListResponse> {
    const terminal = await this.repository.findTerminalForMerchant(user.id, terminalId);
    if (!terminal) throw DomainError.notFound();
    return { items: await this.views(await this.repository.listCompleted(terminal.id)) };
  }

  /**
   * The daily reminder: for each live terminal due within INSPECTION_REMINDER_DAYS (or overdue) whose reminder for
   * its current due date has not gone out, tell the provider's technicians and admins and the merchant. Each
   * terminal is decided in its own transaction under its row lock, and the SCHEDULED row's reminderSentAt is
   * written with the notifications, so a rerun (retry, second replica, restart) never sends a second reminder for
   * the same due date. Returns how many reminders went out.
   */
  async sendReminders(now = new Date()): Promise<number> {
    const horizon = addDays(beijingDate(now), INSPECTION_REMINDER_DAYS);
    let sent = 0;
    for (const { id } of await this.repository.terminalsNeedingReminder(dateValue(horizon))) {
      const didSend = await this.prisma.$transaction(async (tx) => {
        const terminal = await this.repository.lockLiveTerminal(id, tx);
        if (!terminal?.nextInspectionDue || dateText(terminal.nextInspectionDue) > horizon) return false;
        const existing = await this.repository.findScheduled(terminal.id, terminal.nextInspectionDue, tx);
        if (existing?.reminderSentAt) return false;
        if (existing) await this.repository.markReminderSent(existing.id, now, tx);
        else await this.repository.createInspection({ terminalId: terminal.id, providerId: terminal.providerId, dueDate: terminal.nextInspectionDue, reminderSentAt: now }, tx);
        const data = { terminalId: terminal.id, serialNumber: terminal.serialNumber, dueDate: dateText(terminal.nextInspectionDue) };
        await this.notifier.notifyProvider(tx, terminal.providerId, [Role.TECHNICIAN, Role.PROVIDER_ADMIN], 'inspection.due', data);
        await this.notifier.notify(tx, [terminal.merchantId], 'inspection.due', data);
        return true;
      });
      if (didSend) sent++;
    }
    return sent;
  }

  private dueView(terminal: DueTerminal, today: string, intervalDays: number): InspectionDueView {
    const dueDate = dateText(terminal.nextInspectionDue!);
    const lastCompleted = terminal.inspections.find((inspection) => inspection.status === 'COMPLETED');
    const reminder = terminal.inspections.find((inspection) => inspection.status === 'SCHEDULED' && dateText(inspection.dueDate) === dueDate);
    const daysUntilDue = daysBetween(today, dueDate);
    return {
      terminalId: terminal.id,
      serialNumber: terminal.serialNumber,
      type: terminal.type,
      model: terminal.model,
      address: terminal.address,
      merchant: { id: terminal.merchant.id, displayName: terminal.merchant.displayName, businessName: terminal.application?.businessName ?? null },
      dueDate,
      daysUntilDue,
      overdue: daysUntilDue < 0,
      intervalDays,
      lastInspectionAt: lastCompleted?.completedAt?.toISOString() ?? null,
      reminderSentAt: reminder?.reminderSentAt?.toISOString() ?? null,
    };
  }

  private async views(rows: InspectionDetail[]): Promise<InspectionView[]> {
    const ticketIds = rows.map((row) => row.followUpTicketId).filter((id): id is string => id !== null);
    const references = new Map((ticketIds.length ? await this.repository.ticketReferences(ticketIds) : []).map((ticket) => [ticket.id, ticket.reference]));
    return rows.map((row) => ({
      id: row.id,
      terminal: { id: row.terminal.id, serialNumber: row.terminal.serialNumber, model: row.terminal.model },
      dueDate: dateText(row.dueDate),
      completedAt: row.completedAt?.toISOString() ?? null,
      technician: row.technician,
      checklist: row.checklist as unknown as InspectionChecklist | null,
      passed: row.passed,
      notes: row.notes,
      followUpTicket: row.followUpTicketId ? { id: row.followUpTicketId, reference: references.get(row.followUpTicketId) ?? '' } : null,
      nextInspectionDue: row.terminal.nextInspectionDue ? dateText(row.terminal.nextInspectionDue) : null,
    }));
  }
}
