import { Injectable } from '@nestjs/common';
import { ErrorCode, type SiteVisitListResponse, type SiteVisitView, siteVisitMachine, type TicketDetail } from '@pos/shared';
import { type AuthUser, providerScopeOf } from '../../core/auth/auth-user.js';
import { DomainError } from '../../core/errors/domain-error.js';
import { PrismaService } from '../../core/prisma/prisma.service.js';
import { Transitions } from '../../core/transitions/transitions.js';
import { Prisma } from '../../generated/prisma/client.js';
import { TechnicianSchedule } from '../installations/technician-schedule.js';
import { Notifier } from '../notifications/notifications.service.js';
import type { CompleteSiteVisitDto, DispatchSiteVisitDto } from './dto/tickets.dto.js';
import { toSiteVisitView } from './ticket-views.js';
import { SITE_VISIT_DETAIL, TicketsRepository } from './tickets.repository.js';
import { TicketsService } from './tickets.service.js';

const MAX_VISIT_MS = 12 * 3_600_000;

const isOverlapViolation = (error: unknown) =>
  String((error as { message?: unknown })?.message ?? '').includes('technician_no_overlap') ||
  (error instanceof Prisma.PrismaClientKnownRequestError && String(error.meta?.['code'] ?? '') === '23P01');

/** On-site repair visits: support sends one of the provider's technicians to a ticket's terminal. */
@Injectable()
export class SiteVisitsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly tickets: TicketsService,
    private readonly schedule: TechnicianSchedule,
    private readonly transitions: Transitions,
    private readonly ticketRows: TicketsRepository,
    private readonly notifier: Notifier,
  ) {}

  async dispatch(user: AuthUser, ticketId: string, dto: DispatchSiteVisitDto): Promise<TicketDetail> {
    const providerId = providerScopeOf(user);
    const ticket = await this.prisma.ticket.findFirst({ where: { id: ticketId, providerId }, select: { id: true, reference: true, status: true, version: true, merchantId: true } });
    if (!ticket) throw DomainError.notFound();
    if (ticket.status === 'RESOLVED' || ticket.status === 'CLOSED') throw new DomainError(ErrorCode.INVALID_TRANSITION);
    const technician = await this.prisma.user.findFirst({ where: { id: dto.technicianId, providerId, role: 'TECHNICIAN', disabledAt: null }, select: { id: true } });
    if (!technician) throw DomainError.invalidFields([{ field: 'technicianId', code: 'notTechnician' }]);
    const start = new Date(dto.start);
    const end = new Date(dto.end);
    if (!(end > start) || start.getTime() < Date.now() || end.getTime() - start.getTime() > MAX_VISIT_MS) throw DomainError.invalidFields([{ field: 'start', code: 'windowInvalid' }]);
    try {
      await this.prisma.$transaction(async (tx) => {
        await this.schedule.reserve(tx, technician.id, start, end);
        const visit = await tx.siteVisit.create({ data: { ticketId: ticket.id, technicianId: technician.id, scheduledStart: start, scheduledEnd: end, instructions: dto.instructions ?? '' } });
        // A visit is a change to its ticket: refused with 409 when the ticket was resolved or changed since it was read.
        await this.transitions.edit(tx, {
          row: ticket,
          update: this.ticketRows.updateIfUnchanged,
          data: {},
          audit: { action: 'SITE_VISIT_SCHEDULED', ticketId: ticket.id, actorId: user.id, data: { visitId: visit.id, technicianId: technician.id, start: start.toISOString(), end: end.toISOString() } },
        });
        await this.notifier.notify(tx, [technician.id], 'site_visit.scheduled', { visitId: visit.id, ticketId: ticket.id, reference: ticket.reference, start: start.toISOString() });
        await this.notifier.notify(tx, [ticket.merchantId], 'ticket.visit_scheduled', { ticketId: ticket.id, reference: ticket.reference, start: start.toISOString() });
      });
    } catch (error) {
      if (isOverlapViolation(error)) throw new DomainError(ErrorCode.TECHNICIAN_DOUBLE_BOOKED);
      throw error;
    }
    return this.tickets.consoleTicket(user, ticketId);
  }

  /** The technician's visits: upcoming ones first, then the last two weeks' completed ones. */
  async mine(user: AuthUser): Promise<SiteVisitListResponse> {
    const since = new Date(Date.now() - 14 * 86_400_000);
    const visits = await this.prisma.siteVisit.findMany({
      where: { technicianId: user.id, ticket: { providerId: providerScopeOf(user) }, OR: [{ status: 'SCHEDULED' }, { completedAt: { gte: since } }] },
      orderBy: [{ status: 'desc' }, { scheduledStart: 'asc' }],
      include: SITE_VISIT_DETAIL,
    });
    return { items: visits.map(toSiteVisitView) };
  }

  async complete(user: AuthUser, visitId: string, dto: CompleteSiteVisitDto): Promise<SiteVisitView> {
    const visit = await this.prisma.siteVisit.findFirst({ where: { id: visitId, technicianId: user.id, ticket: { providerId: providerScopeOf(user) } }, include: { ticket: { select: { id: true, assigneeId: true, reference: true } } } });
    if (!visit) throw DomainError.notFound();
    await this.prisma.$transaction(async (tx) => {
      // The row is filed on the ticket's history, where support reads what happened on site.
      await this.transitions.run(tx, {
        machine: siteVisitMachine,
        row: visit,
        event: 'COMPLETE',
        update: this.ticketRows.updateVisitIfUnchanged,
        data: { result: dto.result, completedAt: new Date() },
        audit: { action: 'SITE_VISIT_COMPLETED', entityId: visit.ticket.id, ticketId: visit.ticket.id, actorId: user.id, reason: dto.result, data: { visitId: visit.id } },
      });
      if (visit.ticket.assigneeId) await this.notifier.notify(tx, [visit.ticket.assigneeId], 'site_visit.completed', { ticketId: visit.ticket.id, reference: visit.ticket.reference });
    });
    const updated = await this.prisma.siteVisit.findUniqueOrThrow({ where: { id: visit.id }, include: SITE_VISIT_DETAIL });
    return toSiteVisitView(updated);
  }
}
