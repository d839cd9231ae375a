import {
  CONSOLE_TICKET_EVENTS,
  type SiteVisitView,
  type SlaTarget,
  type TicketDetail,
  ticketMachine,
  type TicketMessageView,
  type TicketPriority,
  type TicketSummary,
  type TroubleshootingStepRecord,
} from '@pos/shared';
import { type SiteVisitRow, type TicketDetailRow, type TicketSummarySource } from './tickets.repository.js';
import { slaView } from './ticket-sla.js';

export type TargetsByPriority = Record<TicketPriority, SlaTarget>;

export function toTicketSummary(ticket: TicketSummarySource, targets: TargetsByPriority, now = new Date()): TicketSummary {
  return {
    id: ticket.id,
    reference: ticket.reference,
    status: ticket.status,
    priority: ticket.priority,
    category: ticket.category,
    responseCode: ticket.responseCode,
    subject: ticket.subject,
    terminal: { id: ticket.terminal.id, serialNumber: ticket.terminal.serialNumber, model: ticket.terminal.model },
    merchant: { id: ticket.merchant.id, displayName: ticket.merchant.displayName, businessName: ticket.terminal.application?.businessName ?? null },
    assignee: ticket.assignee,
    sla: slaView(ticket, targets[ticket.priority], now),
    createdAt: ticket.createdAt.toISOString(),
    updatedAt: ticket.updatedAt.toISOString(),
  };
}

export function toSiteVisitView(visit: SiteVisitRow): SiteVisitView {
  const ticket = visit.ticket;
  return {
    id: visit.id,
    ticket: { id: ticket.id, reference: ticket.reference, subject: ticket.subject },
    technician: visit.technician,
    scheduledStart: visit.scheduledStart.toISOString(),
    scheduledEnd: visit.scheduledEnd.toISOString(),
    instructions: visit.instructions,
    status: visit.status,
    result: visit.result,
    completedAt: visit.completedAt?.toISOString() ?? null,
    address: ticket.terminal.address,
    merchant: { displayName: ticket.merchant.displayName, businessName: ticket.terminal.application?.businessName ?? null, mobile: ticket.merchant.mobile },
    terminal: { id: ticket.terminal.id, serialNumber: ticket.terminal.serialNumber, model: ticket.terminal.model },
  };
}

/**
 * The ticket as one side sees it. A merchant's view leaves out internal notes, their attachments and the
 * history (which names staff actions the merchant has no use for).
 */
export function toTicketDetail(ticket: TicketDetailRow, targets: TargetsByPriority, side: 'MERCHANT' | 'PROVIDER'): TicketDetail {
  const forMerchant = side === 'MERCHANT';
  const messages: TicketMessageView[] = ticket.comments
    .filter((comment) => !(forMerchant && comment.internal))
    .map((comment) => ({
      id: comment.id,
      author: { id: comment.author.id, displayName: comment.author.displayName, side: comment.author.role === 'MERCHANT' ? 'MERCHANT' : 'PROVIDER' },
      body: comment.body,
      internal: comment.internal,
      attachments: comment.attachments.map((attachment) => ({
        id: attachment.id,
        originalName: attachment.originalName,
        mimeType: attachment.file.mimeType,
        sizeBytes: attachment.file.sizeBytes,
        createdAt: attachment.createdAt.toISOString(),
      })),
      createdAt: comment.createdAt.toISOString(),
    }));
  const session = ticket.troubleshootingSession;
  return {
    ...toTicketSummary(ticket, targets),
    description: ticket.description,
    troubleshooting: session ? { sessionId: session.id, outcome: session.outcome, steps: session.steps as unknown as TroubleshootingStepRecord[] } : null,
    messages,
    siteVisits: ticket.siteVisits.map(toSiteVisitView),
    rating: ticket.rating,
    ratingComment: ticket.ratingComment,
    mergedInto: ticket.mergedInto,
    allowedEvents: forMerchant ? [] : CONSOLE_TICKET_EVENTS.filter((event) => ticketMachine.can(ticket.status, event)),
    canReply: ticket.status !== 'CLOSED',
    canRate: forMerchant && (ticket.status === 'RESOLVED' || (ticket.status === 'CLOSED' && ticket.rating === null && ticket.mergedIntoId === null && ticket.resolvedAt !== null)),
    history: forMerchant
      ? []
      : ticket.auditEvents.map((event) => ({
          action: event.action,
          fromStatus: event.fromStatus,
          toStatus: event.toStatus,
          reason: event.reason,
          actor: event.actor,
          at: event.createdAt.toISOString(),
        })),
  };
}
