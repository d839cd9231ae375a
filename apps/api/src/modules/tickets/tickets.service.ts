import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  DEFAULT_PRIORITY_OF_CATEGORY,
  ErrorCode,
  type FaultCategory,
  type RateTicketRequest,
  type SlaSettings,
  type TicketAttachmentView,
  type TicketDetail,
  type TicketEvent,
  type TicketListResponse,
  ticketMachine,
  type TicketMessageRequest,
  type TicketPriority,
  type TicketStatus,
  type TicketTransitionRequest,
} from '@pos/shared';
import type { FastifyRequest } from 'fastify';
import { AuditLog } from '../../core/audit/audit-log.js';
import { type AuthUser, providerScopeOf } from '../../core/auth/auth-user.js';
import { DomainError } from '../../core/errors/domain-error.js';
import type { FileDownload } from '../../core/http/file-reply.js';
import { decodeCursor, encodeCursor } from '../../core/http/keyset-cursor.js';
import { newReference, withFreshReference } from '../../core/ids/reference.js';
import { JobQueue } from '../../core/jobs/job-queue.js';
import { type Db, PrismaService, type Tx } from '../../core/prisma/prisma.service.js';
import { StoredFiles } from '../../core/storage/stored-files.js';
import { UploadReader } from '../../core/storage/upload-reader.js';
import { type Expected, Transitions } from '../../core/transitions/transitions.js';
import { Notifier } from '../notifications/notifications.service.js';
import type { QueueQueryDto } from './dto/tickets.dto.js';
import { nextDeadline, type ProviderSla, TicketSla } from './ticket-sla.js';
import { toTicketDetail, toTicketSummary } from './ticket-views.js';
import { type TicketChange, type TicketDetailRow, TicketsRepository } from './tickets.repository.js';

export const SLA_CHECK_JOB = 'ticket.sla-check';
export const AUTO_CLOSE_JOB = 'ticket.auto-close';

interface SlaCheckJob {
  ticketId: string;
  /** The deadline the check was scheduled for; a check whose deadline has since moved leaves it to a newer one. */
  slaDueAt: string;
}

interface AutoCloseJob {
  ticketId: string;
}

export interface OpenTicketInput {
  merchantId: string;
  providerId: string;
  terminalId: string;
  category: FaultCategory;
  responseCode: string | null;
  subject: string;
  description: string;
  troubleshootingSessionId?: string;
  /** Who opened it when not the merchant (a technician's follow-up from an inspection); for the audit row. */
  openedById?: string;
}

const DAY_MS = 86_400_000;
const PAGE_SIZE = 50;


/**
 * Fault tickets from opening to closing, for both sides. Every change is one transaction: the transition runner's
 * conditional update on the (id, status, version) the action read (a stale click or a simultaneous change gets 409,
 * never a lost update) with its audit row, the message it carries, the notifications, and the SLA job it schedules.
 */
@Injectable()
export class TicketsService implements OnModuleInit {
  constructor(
    private readonly tickets: TicketsRepository,
    private readonly sla: TicketSla,
    private readonly prisma: PrismaService,
    private readonly audit: AuditLog,
    private readonly transitions: Transitions,
    private readonly jobs: JobQueue,
    private readonly notifier: Notifier,
    private readonly uploads: UploadReader,
    private readonly files: StoredFiles,
  ) {}

  onModuleInit(): void {
    this.jobs.register<SlaCheckJob>({ name: SLA_CHECK_JOB, handle: (job) => this.checkSla(job) });
    this.jobs.register<AutoCloseJob>({ name: AUTO_CLOSE_JOB, handle: (job) => this.autoClose(job.ticketId) });
  }

  // ── opening ──

  /** Opens a ticket (directly or from a troubleshooting walk) with its deadlines, inside the caller's transaction. */
  async open(input: OpenTicketInput, tx: Tx): Promise<string> {
    const openedAt = new Date();
    const sla = await this.sla.of(input.providerId, tx);
    const priority = DEFAULT_PRIORITY_OF_CATEGORY[input.category];
    const deadlines = await this.sla.deadlines(sla, priority, openedAt);
    const ticket = await this.tickets.create(
      {
        reference: newReference('TK', openedAt),
        providerId: input.providerId,
        merchantId: input.merchantId,
        terminalId: input.terminalId,
        troubleshootingSessionId: input.troubleshootingSessionId ?? null,
        category: input.category,
        responseCode: input.responseCode,
        priority,
        subject: input.subject,
        description: input.description,
        ...deadlines,
        slaDueAt: deadlines.firstResponseDueAt,
        createdAt: openedAt,
      },
      tx,
    );
    await this.audit.append(tx, { action: 'TICKET_OPENED', entityId: ticket.id, ticketId: ticket.id, actorId: input.openedById ?? input.merchantId, toStatus: 'OPEN', data: { priority } });
    const support = await this.tickets.supportStaff(input.providerId, tx);
    await this.notifier.notify(tx, support.map((u) => u.id), 'ticket.opened', { ticketId: ticket.id, reference: ticket.reference });
    await this.notifier.publish(tx, input.providerId, 'ticket.opened', {
      ticketId: ticket.id,
      reference: ticket.reference,
      category: input.category,
      responseCode: input.responseCode,
      priority,
      terminalId: input.terminalId,
      firstResponseDueAt: deadlines.firstResponseDueAt.toISOString(),
    });
    await this.scheduleSlaCheck(ticket.id, sla, tx);
    return ticket.id;
  }

  async create(user: AuthUser, dto: { terminalId: string; category: FaultCategory; responseCode?: string; subject: string; description: string }): Promise<TicketDetail> {
    const terminal = await this.prisma.terminal.findFirst({ where: { id: dto.terminalId, merchantId: user.id }, select: { id: true, providerId: true } });
    if (!terminal) throw DomainError.invalidFields([{ field: 'terminalId', code: 'isIn' }]);
    const id = await withFreshReference(() => this.prisma.$transaction((tx) =>
      this.open(
        {
          merchantId: user.id,
          providerId: terminal.providerId,
          terminalId: terminal.id,
          category: dto.category,
          responseCode: dto.responseCode ?? null,
          subject: dto.subject,
          description: dto.description,
        },
        tx,
      ),
    ));
    return this.merchantTicket(user, id);
  }

  // ── merchant ──

  async merchantList(user: AuthUser, cursor?: string): Promise<TicketListResponse> {
    const position = decodeCursor(cursor);
    const rows = await this.tickets.listForMerchant(user.id, PAGE_SIZE + 1, position && { createdAt: position.at!, id: position.id });
    const page = rows.slice(0, PAGE_SIZE);
    const targets = await this.targetsFor(page.map((row) => row.providerId));
    const last = page.at(-1);
    return {
      items: page.map((row) => toTicketSummary(row, targets.get(row.providerId)!.targets)),
      nextCursor: rows.length > PAGE_SIZE && last ? encodeCursor(last.createdAt, last.id) : null,
    };
  }

  async merchantTicket(user: AuthUser, ticketId: string): Promise<TicketDetail> {
    const ticket = await this.tickets.findForMerchant(user.id, ticketId);
    if (!ticket) throw DomainError.notFound();
    return this.detail(ticket, 'MERCHANT');
  }

  /**
   * A merchant's reply. It answers a ticket waiting on the merchant (the clock runs again) and reopens a
   * resolved one (the time it spent resolved does not count against the provider).
   */
  async merchantReply(user: AuthUser, ticketId: string, dto: TicketMessageRequest): Promise<TicketDetail> {
    const ticket = await this.tickets.findForMerchant(user.id, ticketId);
    if (!ticket) throw DomainError.notFound();
    if (ticket.status === 'CLOSED') throw new DomainError(ErrorCode.INVALID_TRANSITION);
    await this.prisma.$transaction(async (tx) => {
      if (ticket.status === 'WAITING_ON_MERCHANT') await this.resume(ticket, user.id, tx);
      else if (ticket.status === 'RESOLVED') await this.reopen(ticket, user.id, tx);
      await this.addMessage(ticket, user.id, dto.body, false, dto.attachmentIds ?? [], tx);
      await this.notifier.notify(tx, ticket.assigneeId ? [ticket.assigneeId] : (await this.tickets.supportStaff(ticket.providerId, tx)).map((u) => u.id), 'ticket.merchant_replied', {
        ticketId: ticket.id,
        reference: ticket.reference,
      });
    });
    return this.merchantTicket(user, ticketId);
  }

  /** Rates a resolved ticket (which closes it), or a ticket closed by time that has no rating yet. */
  async rate(user: AuthUser, ticketId: string, dto: RateTicketRequest): Promise<TicketDetail> {
    const ticket = await this.tickets.findForMerchant(user.id, ticketId);
    if (!ticket) throw DomainError.notFound();
    const detail = toTicketDetail(ticket, (await this.sla.of(ticket.providerId)).targets, 'MERCHANT');
    if (!detail.canRate) throw new DomainError(ErrorCode.INVALID_TRANSITION);
    await this.prisma.$transaction(async (tx) => {
      const rating = { rating: dto.rating, ratingComment: dto.comment ?? null };
      const rated = { action: 'TICKET_RATED', ticketId: ticket.id, actorId: user.id, data: { rating: dto.rating } } as const;
      if (ticket.status === 'RESOLVED') {
        await this.move(ticket, 'CLOSE', user.id, { ...rating, closedAt: new Date(), autoCloseAt: null }, tx);
        await this.audit.append(tx, { ...rated, entityId: ticket.id });
      } else {
        await this.transitions.edit(tx, { row: ticket, update: this.tickets.updateIfUnchanged, data: rating, audit: rated });
      }
    });
    return this.merchantTicket(user, ticketId);
  }

  /** The merchant withdraws a ticket nobody has picked up yet. */
  async cancel(user: AuthUser, ticketId: string): Promise<TicketDetail> {
    const ticket = await this.tickets.findForMerchant(user.id, ticketId);
    if (!ticket) throw DomainError.notFound();
    await this.prisma.$transaction((tx) => this.move(ticket, 'CANCEL', user.id, { closedAt: new Date(), slaDueAt: null }, tx));
    return this.merchantTicket(user, ticketId);
  }

  // ── console ──

  async queue(user: AuthUser, query: QueueQueryDto): Promise<TicketListResponse> {
    const providerId = providerScopeOf(user);
    const position = decodeCursor(query.cursor, true);
    const after = position && { slaDueAt: position.at, id: position.id };
    const limit = query.limit ?? PAGE_SIZE;
    const assigneeId = query.assignee === 'me' ? user.id : query.assignee === 'unassigned' ? null : query.assignee;
    const rows = await this.tickets.queuePage({
      providerId,
      status: query.status,
      priority: query.priority,
      category: query.category,
      terminalId: query.terminalId,
      assigneeId,
      q: query.q,
      after,
      limit: limit + 1,
    });
    const page = rows.slice(0, limit);
    const { targets } = await this.sla.of(providerId);
    const last = page.at(-1);
    return {
      items: page.map((row) => toTicketSummary(row, targets)),
      nextCursor: rows.length > limit && last ? encodeCursor(last.slaDueAt, last.id) : null,
    };
  }

  async consoleTicket(user: AuthUser, ticketId: string): Promise<TicketDetail> {
    return this.detail(await this.forProvider(user, ticketId), 'PROVIDER');
  }

  async assignees(user: AuthUser) {
    return { items: await this.tickets.assignees(providerScopeOf(user)) };
  }

  /**
   * A staff message. A reply to the merchant is the first response when none was given yet, and picks up an
   * open ticket; an internal note changes nothing for the merchant.
   */
  async staffMessage(user: AuthUser, ticketId: string, dto: TicketMessageRequest): Promise<TicketDetail> {
    const ticket = await this.forProvider(user, ticketId);
    if (ticket.status === 'CLOSED') throw new DomainError(ErrorCode.INVALID_TRANSITION);
    const internal = dto.internal ?? false;
    await this.prisma.$transaction(async (tx) => {
      if (!internal) {
        if (ticket.status === 'OPEN' || ticket.status === 'REOPENED') await this.move(ticket, 'START', user.id, { assigneeId: ticket.assigneeId ?? user.id }, tx);
        await this.markFirstResponse(ticket, tx);
        await this.notifier.notify(tx, [ticket.merchantId], 'ticket.replied', { ticketId: ticket.id, reference: ticket.reference });
      }
      await this.addMessage(ticket, user.id, dto.body, internal, dto.attachmentIds ?? [], tx);
    });
    return this.consoleTicket(user, ticketId);
  }

  async transition(user: AuthUser, ticketId: string, dto: TicketTransitionRequest): Promise<TicketDetail> {
    const ticket = await this.forProvider(user, ticketId);
    const note = dto.note?.trim() ?? '';
    if ((dto.event === 'RESOLVE' || dto.event === 'WAIT_ON_MERCHANT') && note === '') throw DomainError.invalidFields([{ field: 'note', code: 'noteRequired' }]);
    if (!ticketMachine.can(ticket.status, dto.event)) throw new DomainError(ErrorCode.INVALID_TRANSITION);
    const now = new Date();
    await this.prisma.$transaction(async (tx) => {
      // A note to the merchant is a reply: record the first response before the event moves the deadlines.
      if (note !== '') await this.markFirstResponse(ticket, tx);
      switch (dto.event) {
        case 'START':
          await this.move(ticket, 'START', user.id, { assigneeId: ticket.assigneeId ?? user.id }, tx);
          break;
        case 'WAIT_ON_MERCHANT':
        case 'WAIT_ON_THIRD_PARTY':
          await this.move(ticket, dto.event, user.id, { slaPausedAt: now }, tx, note || null);
          break;
        case 'RESUME':
          await this.resume(ticket, user.id, tx);
          break;
        case 'RESOLVE': {
          const sla = await this.sla.of(ticket.providerId, tx);
          const pausedMinutes = ticket.slaPausedAt ? await this.sla.pausedMinutes(ticket.slaPausedAt, now, sla.hours) : 0;
          const autoCloseAt = new Date(now.getTime() + sla.autoCloseDays * DAY_MS);
          const lateResolution = ticket.resolutionDueAt && !ticket.slaPausedAt && now > ticket.resolutionDueAt && !ticket.resolutionBreachedAt;
          await this.move(
            ticket,
            'RESOLVE',
            user.id,
            {
              resolvedAt: now,
              slaDueAt: null,
              slaPausedAt: null,
              slaPausedMinutes: { increment: Math.round(pausedMinutes) },
              autoCloseAt,
              ...(lateResolution ? { resolutionBreachedAt: now } : {}),
            },
            tx,
            note,
          );
          await this.jobs.send<AutoCloseJob>(AUTO_CLOSE_JOB, { ticketId: ticket.id }, { startAfter: autoCloseAt, db: tx });
          break;
        }
      }
      if (note !== '') await this.addMessage(ticket, user.id, note, false, [], tx);
      const status = ticketMachine.next(ticket.status, dto.event)!;
      await this.notifier.notify(tx, [ticket.merchantId], 'ticket.status_changed', { ticketId: ticket.id, reference: ticket.reference, status });
      await this.notifier.publish(tx, ticket.providerId, 'ticket.status_changed', { ticketId: ticket.id, reference: ticket.reference, from: ticket.status, status });
    });
    return this.consoleTicket(user, ticketId);
  }

  async assign(user: AuthUser, ticketId: string, assigneeId: string | null): Promise<TicketDetail> {
    const ticket = await this.forProvider(user, ticketId);
    if (assigneeId && !(await this.tickets.findAssignee(ticket.providerId, assigneeId))) throw DomainError.invalidFields([{ field: 'assigneeId', code: 'isIn' }]);
    if (ticket.status === 'CLOSED') throw new DomainError(ErrorCode.INVALID_TRANSITION);
    await this.prisma.$transaction(async (tx) => {
      await this.transitions.edit(tx, { row: ticket, update: this.tickets.updateIfUnchanged, data: { assigneeId }, audit: { action: 'TICKET_ASSIGNED', ticketId: ticket.id, actorId: user.id, data: { assigneeId } } });
      if (assigneeId && assigneeId !== user.id) await this.notifier.notify(tx, [assigneeId], 'ticket.assigned', { ticketId: ticket.id, reference: ticket.reference });
    });
    return this.consoleTicket(user, ticketId);
  }

  /**
   * A new priority moves the deadlines still ahead: each becomes the opening time plus the new target plus the
   * business time the ticket has spent paused so far. Warnings already sent for them are forgotten.
   */
  async setPriority(user: AuthUser, ticketId: string, priority: TicketPriority): Promise<TicketDetail> {
    const ticket = await this.forProvider(user, ticketId);
    if (ticket.status === 'CLOSED' || ticket.status === 'RESOLVED') throw new DomainError(ErrorCode.INVALID_TRANSITION);
    await this.prisma.$transaction(async (tx) => {
      const sla = await this.sla.of(ticket.providerId, tx);
      const shifted = await this.sla.deadlines({ ...sla, targets: this.extendedBy(sla, ticket.slaPausedMinutes) }, priority, ticket.createdAt);
      const firstResponseDueAt = ticket.firstRespondedAt ? ticket.firstResponseDueAt : shifted.firstResponseDueAt;
      const data: TicketChange = {
        priority,
        firstResponseDueAt,
        resolutionDueAt: shifted.resolutionDueAt,
        slaDueAt: nextDeadline({ firstRespondedAt: ticket.firstRespondedAt, firstResponseDueAt, resolutionDueAt: shifted.resolutionDueAt }),
        ...(ticket.firstRespondedAt ? {} : { firstResponseWarnedAt: null }),
        resolutionWarnedAt: null,
      };
      await this.transitions.edit(tx, {
        row: ticket,
        update: this.tickets.updateIfUnchanged,
        data,
        audit: { action: 'TICKET_PRIORITY_CHANGED', ticketId: ticket.id, actorId: user.id, data: { from: ticket.priority, to: priority } },
      });
      await this.scheduleSlaCheck(ticket.id, sla, tx);
    });
    return this.consoleTicket(user, ticketId);
  }

  /** Closes this ticket as a duplicate of another open ticket of the same merchant. */
  async merge(user: AuthUser, ticketId: string, intoReference: string): Promise<TicketDetail> {
    const ticket = await this.forProvider(user, ticketId);
    const target = await this.tickets.findByReference(ticket.providerId, intoReference.trim().toUpperCase());
    if (!target) throw DomainError.invalidFields([{ field: 'intoReference', code: 'ticketNotFound' }]);
    if (target.id === ticket.id) throw DomainError.invalidFields([{ field: 'intoReference', code: 'mergeSameTicket' }]);
    if (target.merchantId !== ticket.merchantId) throw DomainError.invalidFields([{ field: 'intoReference', code: 'mergeOtherMerchant' }]);
    if (target.status === 'CLOSED') throw DomainError.invalidFields([{ field: 'intoReference', code: 'mergeTargetClosed' }]);
    await this.prisma.$transaction(async (tx) => {
      await this.move(ticket, 'MERGE', user.id, { mergedIntoId: target.id, closedAt: new Date(), slaDueAt: null, slaPausedAt: null, autoCloseAt: null }, tx, target.reference);
      // The target takes the duplicate's story only while it is as checked above (not closed meanwhile).
      await this.transitions.edit(tx, { row: target, update: this.tickets.updateIfUnchanged, data: {}, audit: { action: 'TICKET_DUPLICATE_MERGED', ticketId: target.id, actorId: user.id, data: { duplicate: ticket.reference } } });
      await this.tickets.addComment({ ticketId: target.id, authorId: user.id, body: `${ticket.reference} → ${target.reference}: ${ticket.subject}\n${ticket.description}`, internal: true }, tx);
      await this.notifier.notify(tx, [ticket.merchantId], 'ticket.merged', { ticketId: ticket.id, reference: ticket.reference, into: target.reference });
    });
    return this.consoleTicket(user, ticketId);
  }

  // ── attachments ──

  async uploadAttachment(user: AuthUser, ticketId: string, request: FastifyRequest): Promise<TicketAttachmentView> {
    const ticket = user.role === 'MERCHANT' ? await this.tickets.findForMerchant(user.id, ticketId) : await this.forProvider(user, ticketId);
    if (!ticket) throw DomainError.notFound();
    if (ticket.status === 'CLOSED') throw new DomainError(ErrorCode.INVALID_TRANSITION);
    const upload = await this.uploads.receive(request);
    const attachment = await this.files.storeWith(upload, (tx) =>
      this.tickets.createAttachment({ ticketId: ticket.id, fileSha256: upload.sha256, originalName: upload.displayName, uploadedById: user.id }, tx),
    );
    return { id: attachment.id, originalName: attachment.originalName, mimeType: attachment.file.mimeType, sizeBytes: attachment.file.sizeBytes, createdAt: attachment.createdAt.toISOString() };
  }

  /** A merchant gets the files of their own ticket that are not on internal notes; staff get their provider's. */
  async download(user: AuthUser, ticketId: string, attachmentId: string): Promise<FileDownload> {
    const ticket = user.role === 'MERCHANT' ? await this.tickets.findForMerchant(user.id, ticketId) : await this.forProvider(user, ticketId);
    if (!ticket) throw DomainError.notFound();
    const attachment = await this.tickets.findAttachment(ticket.id, attachmentId);
    if (!attachment) throw DomainError.notFound();
    if (user.role === 'MERCHANT' && (attachment.comment?.internal || (attachment.commentId === null && attachment.uploadedById !== user.id))) throw DomainError.notFound();
    return this.files.download(attachment.fileSha256, attachment.file.mimeType, attachment.originalName);
  }

  // ── SLA settings ──

  async slaSettings(user: AuthUser): Promise<SlaSettings> {
    const sla = await this.sla.of(providerScopeOf(user));
    return { supportDayStartMinute: sla.hours.startMinute, supportDayEndMinute: sla.hours.endMinute, ticketAutoCloseDays: sla.autoCloseDays, targets: Object.values(sla.targets) };
  }

  /** Changes apply to tickets opened from now on; open tickets keep the deadlines they were given. */
  async updateSlaSettings(user: AuthUser, settings: SlaSettings): Promise<SlaSettings> {
    const providerId = providerScopeOf(user);
    if (settings.supportDayStartMinute >= settings.supportDayEndMinute) throw DomainError.invalidFields([{ field: 'supportDayEndMinute', code: 'supportHoursInvalid' }]);
    const seen = new Set<string>();
    settings.targets.forEach((target, index) => {
      if (seen.has(target.priority)) throw DomainError.invalidFields([{ field: `targets.${index}.priority`, code: 'duplicateId' }]);
      seen.add(target.priority);
      if (target.resolutionMinutes < target.firstResponseMinutes) throw DomainError.invalidFields([{ field: `targets.${index}.resolutionMinutes`, code: 'slaTargetsInvalid' }]);
    });
    await this.prisma.$transaction(async (tx) => {
      await tx.provider.update({
        where: { id: providerId },
        data: { supportDayStartMinute: settings.supportDayStartMinute, supportDayEndMinute: settings.supportDayEndMinute, ticketAutoCloseDays: settings.ticketAutoCloseDays },
      });
      for (const target of settings.targets) {
        const values = { firstResponseMinutes: target.firstResponseMinutes, resolutionMinutes: target.resolutionMinutes, warnBeforeMinutes: target.warnBeforeMinutes };
        await tx.slaPolicy.upsert({ where: { providerId_priority: { providerId, priority: target.priority } }, create: { providerId, priority: target.priority, ...values }, update: values });
      }
      await this.audit.append(tx, { action: 'SLA_SETTINGS_CHANGED', entityId: providerId, actorId: user.id, data: JSON.parse(JSON.stringify(settings)) as SlaSettings });
    });
    return this.slaSettings(user);
  }

  // ── jobs ──

  /**
   * Warns before and flags after each deadline still ahead, escalating a breach to the provider admins, then
   * schedules itself for the next moment that matters. Safe to run twice: each flag is set once, by a conditional update.
   */
  async checkSla(job: SlaCheckJob): Promise<void> {
    const ticket = await this.prisma.ticket.findUnique({ where: { id: job.ticketId } });
    if (!ticket || ticket.slaPausedAt || ticket.status === 'RESOLVED' || ticket.status === 'CLOSED') return;
    if (ticket.slaDueAt?.toISOString() !== job.slaDueAt) return;
    const now = new Date();
    const sla = await this.sla.of(ticket.providerId);
    const target = sla.targets[ticket.priority];
    const phases = [
      { name: 'FIRST_RESPONSE', due: ticket.firstResponseDueAt, met: ticket.firstRespondedAt !== null, warned: 'firstResponseWarnedAt', breached: 'firstResponseBreachedAt' },
      { name: 'RESOLUTION', due: ticket.resolutionDueAt, met: false, warned: 'resolutionWarnedAt', breached: 'resolutionBreachedAt' },
    ] as const;
    for (const phase of phases) {
      if (phase.met || !phase.due || ticket[phase.breached]) continue;
      if (now >= phase.due) {
        await this.prisma.$transaction(async (tx) => {
          const { count } = await tx.ticket.updateMany({ where: { id: ticket.id, [phase.breached]: null }, data: { [phase.breached]: now, escalationLevel: { increment: 1 } } });
          if (count !== 1) return;
          await this.audit.append(tx, { action: 'SLA_BREACHED', entityId: ticket.id, ticketId: ticket.id, data: { phase: phase.name, dueAt: phase.due!.toISOString() } });
          const admins = await this.tickets.providerAdmins(ticket.providerId, tx);
          await this.notifier.notify(tx, [...admins.map((u) => u.id), ...(ticket.assigneeId ? [ticket.assigneeId] : [])], 'ticket.sla_breached', { ticketId: ticket.id, reference: ticket.reference, phase: phase.name });
          await this.notifier.publish(tx, ticket.providerId, 'ticket.sla_breached', { ticketId: ticket.id, reference: ticket.reference, phase: phase.name, dueAt: phase.due!.toISOString() });
        });
      } else if (!ticket[phase.warned] && (await this.sla.warnAt(phase.due, target.warnBeforeMinutes, now, sla.hours)) <= now) {
        await this.prisma.$transaction(async (tx) => {
          const { count } = await tx.ticket.updateMany({ where: { id: ticket.id, [phase.warned]: null }, data: { [phase.warned]: now } });
          if (count !== 1) return;
          await this.audit.append(tx, { action: 'SLA_WARNING', entityId: ticket.id, ticketId: ticket.id, data: { phase: phase.name, dueAt: phase.due!.toISOString() } });
          const to = ticket.assigneeId ? [ticket.assigneeId] : (await this.tickets.supportStaff(ticket.providerId, tx)).map((u) => u.id);
          await this.notifier.notify(tx, to, 'ticket.sla_warning', { ticketId: ticket.id, reference: ticket.reference, phase: phase.name, dueAt: phase.due!.toISOString() });
        });
      }
    }
    await this.scheduleSlaCheck(ticket.id, sla, this.prisma);
  }

  /** Closes a ticket that stayed resolved for the provider's auto-close days. */
  async autoClose(ticketId: string): Promise<void> {
    const now = new Date();
    const ticket = await this.tickets.findForAutoClose(ticketId);
    if (!ticket || ticket.status !== 'RESOLVED' || !ticket.autoCloseAt || ticket.autoCloseAt > now) return;
    try {
      await this.prisma.$transaction((tx) =>
        this.transitions.run(tx, { machine: ticketMachine, row: ticket, event: 'CLOSE', update: this.tickets.updateIfUnchanged, data: { closedAt: now }, audit: { action: 'TICKET_AUTO_CLOSED', ticketId } }),
      );
    } catch (error) {
      // Reopened or rated since it was read: the merchant's action stands, and its own job decides what comes next.
      if (error instanceof DomainError && error.code === ErrorCode.CONFLICT) return;
      throw error;
    }
  }

  // ── internals ──

  private async forProvider(user: AuthUser, ticketId: string): Promise<TicketDetailRow> {
    const ticket = await this.tickets.findForProvider(providerScopeOf(user), ticketId);
    if (!ticket) throw DomainError.notFound();
    return ticket;
  }

  private async detail(ticket: TicketDetailRow, side: 'MERCHANT' | 'PROVIDER'): Promise<TicketDetail> {
    const { targets } = await this.sla.of(ticket.providerId);
    return toTicketDetail(ticket, targets, side);
  }

  private async targetsFor(providerIds: string[]): Promise<Map<string, ProviderSla>> {
    const unique = [...new Set(providerIds)];
    return new Map(await Promise.all(unique.map(async (id) => [id, await this.sla.of(id)] as const)));
  }

  private extendedBy(sla: ProviderSla, minutes: number): ProviderSla['targets'] {
    const targets = { ...sla.targets };
    for (const [priority, target] of Object.entries(targets) as [TicketPriority, (typeof targets)[TicketPriority]][]) {
      targets[priority] = { ...target, firstResponseMinutes: target.firstResponseMinutes + minutes, resolutionMinutes: target.resolutionMinutes + minutes };
    }
    return targets;
  }

  /** Applies a lifecycle event through the transition runner; 409 when the ticket changed since it was read. */
  private move(ticket: Expected<TicketStatus>, event: TicketEvent, actorId: string, data: TicketChange, tx: Tx, reason: string | null = null): Promise<TicketStatus> {
    return this.transitions.run(tx, { machine: ticketMachine, row: ticket, event, update: this.tickets.updateIfUnchanged, data, audit: { action: `TICKET_${event}`, ticketId: ticket.id, actorId, reason } });
  }

  /** Ends a pause: deadlines still ahead move by the business time the pause lasted. */
  private async resume(ticket: TicketDetailRow, actorId: string, tx: Tx): Promise<void> {
    const now = new Date();
    const sla = await this.sla.of(ticket.providerId, tx);
    const pausedAt = ticket.slaPausedAt ?? now;
    const firstResponseDueAt = ticket.firstRespondedAt ? ticket.firstResponseDueAt : await this.sla.afterPause(ticket.firstResponseDueAt, pausedAt, now, sla.hours);
    const resolutionDueAt = await this.sla.afterPause(ticket.resolutionDueAt, pausedAt, now, sla.hours);
    const pausedMinutes = await this.sla.pausedMinutes(pausedAt, now, sla.hours);
    await this.move(
      ticket,
      'RESUME',
      actorId,
      {
        firstResponseDueAt,
        resolutionDueAt,
        slaDueAt: nextDeadline({ firstRespondedAt: ticket.firstRespondedAt, firstResponseDueAt, resolutionDueAt }),
        slaPausedAt: null,
        slaPausedMinutes: { increment: Math.round(pausedMinutes) },
      },
      tx,
    );
    await this.scheduleSlaCheck(ticket.id, sla, tx);
  }

  /** Reopens a resolved ticket; the time it spent resolved counts as a pause. */
  private async reopen(ticket: TicketDetailRow, actorId: string, tx: Tx): Promise<void> {
    const now = new Date();
    const sla = await this.sla.of(ticket.providerId, tx);
    const resolvedAt = ticket.resolvedAt ?? now;
    const resolutionDueAt = await this.sla.afterPause(ticket.resolutionDueAt, resolvedAt, now, sla.hours);
    await this.move(
      ticket,
      'REOPEN',
      actorId,
      {
        resolvedAt: null,
        autoCloseAt: null,
        resolutionDueAt,
        resolutionWarnedAt: null,
        slaDueAt: nextDeadline({ firstRespondedAt: ticket.firstRespondedAt, firstResponseDueAt: ticket.firstResponseDueAt, resolutionDueAt }),
        reopenCount: { increment: 1 },
      },
      tx,
    );
    const to = ticket.assigneeId ? [ticket.assigneeId] : (await this.tickets.supportStaff(ticket.providerId, tx)).map((u) => u.id);
    await this.notifier.notify(tx, to, 'ticket.reopened', { ticketId: ticket.id, reference: ticket.reference });
    await this.scheduleSlaCheck(ticket.id, sla, tx);
  }

  /** The first reply to the merchant stops the first-response clock; the queue then follows the resolution deadline. */
  private async markFirstResponse(ticket: { id: string; firstRespondedAt: Date | null; resolutionDueAt: Date | null; providerId: string }, tx: Db): Promise<void> {
    if (ticket.firstRespondedAt) return;
    const { count } = await tx.ticket.updateMany({ where: { id: ticket.id, firstRespondedAt: null }, data: { firstRespondedAt: new Date(), slaDueAt: ticket.resolutionDueAt } });
    if (count === 1) await this.scheduleSlaCheck(ticket.id, await this.sla.of(ticket.providerId, tx), tx);
  }

  private async addMessage(ticket: { id: string }, authorId: string, body: string, internal: boolean, attachmentIds: string[], tx: Db): Promise<void> {
    const comment = await this.tickets.addComment({ ticketId: ticket.id, authorId, body, internal }, tx);
    const linked = await this.tickets.linkAttachments(ticket.id, authorId, attachmentIds, comment.id, tx);
    if (linked !== new Set(attachmentIds).size) throw DomainError.invalidFields([{ field: 'attachmentIds', code: 'attachmentUnknown' }]);
  }

  /** Queues the next SLA check of a ticket (its next warning or deadline), in the caller's transaction. */
  private async scheduleSlaCheck(ticketId: string, sla: ProviderSla, db: Db): Promise<void> {
    const ticket = await db.ticket.findUniqueOrThrow({ where: { id: ticketId } });
    if (!ticket.slaDueAt || ticket.slaPausedAt || ticket.status === 'RESOLVED' || ticket.status === 'CLOSED') return;
    const now = new Date();
    const warnBefore = sla.targets[ticket.priority].warnBeforeMinutes;
    const moments: Date[] = [];
    const phases = [
      { due: ticket.firstResponseDueAt, met: ticket.firstRespondedAt !== null, warned: ticket.firstResponseWarnedAt, breached: ticket.firstResponseBreachedAt },
      { due: ticket.resolutionDueAt, met: false, warned: ticket.resolutionWarnedAt, breached: ticket.resolutionBreachedAt },
    ];
    for (const phase of phases) {
      if (phase.met || !phase.due || phase.breached) continue;
      if (!phase.warned) moments.push(await this.sla.warnAt(phase.due, warnBefore, now, sla.hours));
      moments.push(phase.due);
    }
    const future = moments.filter((moment) => moment > now);
    // Something already due (a warning whose time has come) is checked at once.
    const next = moments.length > future.length ? now : future.sort((a, b) => a.getTime() - b.getTime())[0];
    if (!next) return;
    await this.jobs.send<SlaCheckJob>(SLA_CHECK_JOB, { ticketId, slaDueAt: ticket.slaDueAt.toISOString() }, { startAfter: next, db });
  }
}
