import { Injectable } from '@nestjs/common';
import { ErrorCode, type SiteVisitListResponse, type SiteVisitView, type TicketDetail } from '@pos/shared';
import { AuditRepository } from '../../core/audit/audit.repository.js';
import { type AuthUser, providerScopeOf } from '../../core/auth/auth-user.js';
import { DomainError } from '../../core/errors/domain-error.js';
import { PrismaService } from '../../core/prisma/prisma.service.js';
import { Prisma } from '../../generated/prisma/client.js';
import { TechnicianSchedule } from '../installations/technician-schedule.js';
import { Notifier } from '../notifications/notifications.service.js';
import type { CompleteSiteVisitDto, DispatchSiteVisitDto } from './dto/tickets.dto.js';
import { toSiteVisitView } from './ticket-views.js';
import { SITE_VISIT_DETAIL } from './tickets.repository.js';
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
    private readonly audit: AuditRepository,
    private readonly notifier: Notifier,
  ) {}

  async dispatch(user: AuthUser, ticketId: string, dto: DispatchSiteVisitDto): Promise<TicketDetail> {
    const providerId = providerScopeOf(user);
    const ticket = await this.prisma.ticket.findFirst({ where: { id: ticketId, providerId }, select: { id: true, reference: true, status: true, merchantId: true } });
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
        await this.audit.record(
          { entityType: 'Ticket', entityId: ticket.id, ticketId: ticket.id, actorId: user.id, action: 'SITE_VISIT_SCHEDULED', data: { visitId: visit.id, technicianId: technician.id, start: start.toISOString(), end: end.toISOString() } },
          tx,
        );
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
      const { count } = await tx.siteVisit.updateMany({ where: { id: visit.id, status: 'SCHEDULED' }, data: { status: 'COMPLETED', result: dto.result, completedAt: new Date() } });
      if (count !== 1) throw new DomainError(ErrorCode.INVALID_TRANSITION);
      await this.audit.record({ entityType: 'Ticket', entityId: visit.ticket.id, ticketId: visit.ticket.id, actorId: user.id, action: 'SITE_VISIT_COMPLETED', reason: dto.result, data: { visitId: visit.id } }, tx);
      if (visit.ticket.assigneeId) await this.notifier.notify(tx, [visit.ticket.assigneeId], 'site_visit.completed', { ticketId: visit.ticket.id, reference: visit.ticket.reference });
    });
    const updated = await this.prisma.siteVisit.findUniqueOrThrow({ where: { id: visit.id }, include: SITE_VISIT_DETAIL });
    return toSiteVisitView(updated);
  }
}
