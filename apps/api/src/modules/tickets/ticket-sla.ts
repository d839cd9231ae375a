import { Injectable } from '@nestjs/common';
import { DEFAULT_SLA_TARGETS, type SlaState, type SlaTarget, type TicketPriority, type TicketSlaView, TicketPriority as Priorities } from '@pos/shared';
import { BusinessCalendar, type SupportHours } from '../../core/calendar/business-calendar.js';
import { type Db, PrismaService } from '../../core/prisma/prisma.service.js';

export interface ProviderSla {
  hours: SupportHours;
  autoCloseDays: number;
  targets: Record<TicketPriority, SlaTarget>;
}

/** The SLA columns of a ticket, as the views and the SLA check read them. */
export interface TicketSlaColumns {
  status: string;
  priority: TicketPriority;
  firstResponseDueAt: Date | null;
  firstRespondedAt: Date | null;
  resolutionDueAt: Date | null;
  resolvedAt: Date | null;
  slaDueAt: Date | null;
  slaPausedAt: Date | null;
  firstResponseBreachedAt: Date | null;
  resolutionBreachedAt: Date | null;
  firstResponseWarnedAt: Date | null;
  resolutionWarnedAt: Date | null;
  escalationLevel: number;
}

/** The deadline that matters now: the first response until it is given, then the resolution. */
export function nextDeadline(ticket: Pick<TicketSlaColumns, 'firstRespondedAt' | 'firstResponseDueAt' | 'resolutionDueAt'>): Date | null {
  return ticket.firstRespondedAt ? ticket.resolutionDueAt : ticket.firstResponseDueAt;
}

/**
 * How a ticket stands against its targets. "At risk" once a warning went out or the deadline is within the
 * warning time (wall clock, which inside support hours is the same as business time).
 */
export function slaView(ticket: TicketSlaColumns, target: SlaTarget, now = new Date()): TicketSlaView {
  const done = ticket.status === 'RESOLVED' || ticket.status === 'CLOSED';
  const nextDueAt = done ? null : nextDeadline(ticket);
  const breached = ticket.firstResponseBreachedAt !== null || ticket.resolutionBreachedAt !== null;
  let state: SlaState;
  if (done) state = breached ? 'BREACHED' : 'MET';
  else if (ticket.slaPausedAt) state = 'PAUSED';
  else if (breached || (nextDueAt !== null && nextDueAt <= now)) state = 'BREACHED';
  else if (
    (ticket.firstRespondedAt ? ticket.resolutionWarnedAt : ticket.firstResponseWarnedAt) !== null ||
    (nextDueAt !== null && nextDueAt.getTime() - now.getTime() <= target.warnBeforeMinutes * 60_000)
  ) {
    state = 'AT_RISK';
  } else state = 'ON_TRACK';
  const iso = (date: Date | null) => date?.toISOString() ?? null;
  return {
    firstResponseDueAt: iso(ticket.firstResponseDueAt),
    firstRespondedAt: iso(ticket.firstRespondedAt),
    resolutionDueAt: iso(ticket.resolutionDueAt),
    resolvedAt: iso(ticket.resolvedAt),
    nextDueAt: iso(nextDueAt),
    state,
    escalationLevel: ticket.escalationLevel,
  };
}

/**
 * Service-level targets in business time: each provider's support hours on Chinese business days (holidays and
 * make-up workdays from the business calendar). Pauses move the deadlines by the business time they lasted.
 */
@Injectable()
export class TicketSla {
  constructor(
    private readonly calendar: BusinessCalendar,
    private readonly prisma: PrismaService,
  ) {}

  async of(providerId: string, db: Db = this.prisma): Promise<ProviderSla> {
    const provider = await db.provider.findUniqueOrThrow({
      where: { id: providerId },
      select: { supportDayStartMinute: true, supportDayEndMinute: true, ticketAutoCloseDays: true, slaPolicies: true },
    });
    const targets = { ...DEFAULT_SLA_TARGETS };
    for (const policy of provider.slaPolicies) {
      targets[policy.priority] = {
        priority: policy.priority,
        firstResponseMinutes: policy.firstResponseMinutes,
        resolutionMinutes: policy.resolutionMinutes,
        warnBeforeMinutes: policy.warnBeforeMinutes,
      };
    }
    return {
      hours: { startMinute: provider.supportDayStartMinute, endMinute: provider.supportDayEndMinute },
      autoCloseDays: provider.ticketAutoCloseDays,
      targets,
    };
  }

  /** Deadlines of a ticket opened at `openedAt` with `priority`. */
  async deadlines(sla: ProviderSla, priority: TicketPriority, openedAt: Date): Promise<{ firstResponseDueAt: Date; resolutionDueAt: Date }> {
    const target = sla.targets[priority];
    return {
      firstResponseDueAt: await this.calendar.addBusinessMinutes(openedAt, target.firstResponseMinutes, sla.hours),
      resolutionDueAt: await this.calendar.addBusinessMinutes(openedAt, target.resolutionMinutes, sla.hours),
    };
  }

  /**
   * A deadline after a pause from `pausedAt` to `resumedAt`: the business time that was left at the pause,
   * counted again from the resume. A deadline already passed when the pause began stays where it was.
   */
  async afterPause(due: Date | null, pausedAt: Date, resumedAt: Date, hours: SupportHours): Promise<Date | null> {
    if (!due || due <= pausedAt) return due;
    const left = await this.calendar.businessMinutesBetween(pausedAt, due, hours);
    return this.calendar.addBusinessMinutes(resumedAt, left, hours);
  }

  pausedMinutes(pausedAt: Date, resumedAt: Date, hours: SupportHours): Promise<number> {
    return this.calendar.businessMinutesBetween(pausedAt, resumedAt, hours);
  }

  /** When the next warning is due for a deadline: `warnBefore` business minutes ahead of it, or now if that passed. */
  async warnAt(due: Date, warnBeforeMinutes: number, now: Date, hours: SupportHours): Promise<Date> {
    const left = await this.calendar.businessMinutesBetween(now, due, hours);
    if (left <= warnBeforeMinutes) return now;
    return this.calendar.addBusinessMinutes(now, left - warnBeforeMinutes, hours);
  }
}

export const ALL_PRIORITIES = Object.values(Priorities);
