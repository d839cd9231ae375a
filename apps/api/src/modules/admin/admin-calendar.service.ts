import { Injectable } from '@nestjs/common';
import { CALENDAR_MAX_YEAR, CALENDAR_MIN_YEAR, type CalendarDayView, type CalendarYearResponse, ErrorCode } from '@pos/shared';
import { AuditLog } from '../../core/audit/audit-log.js';
import type { AuthUser } from '../../core/auth/auth-user.js';
import { BusinessCalendar, packageCalendarEntries } from '../../core/calendar/business-calendar.js';
import { type CalendarEntry, CalendarRepository } from '../../core/calendar/calendar.repository.js';
import { DomainError } from '../../core/errors/domain-error.js';
import { PrismaService } from '../../core/prisma/prisma.service.js';
import { isCalendarDate } from './dto/admin.dto.js';

/**
 * Audit rows need a UUID entity; the business calendar is one object, so it has one fixed id and the day goes in
 * the row's data. Search the log with entityType=BusinessCalendar.
 */
export const BUSINESS_CALENDAR_ENTITY_ID = '6b1f0c1e-5a6d-4c1b-9d0e-ca1e0da2c0de';

/**
 * The platform admin's corrections to the business calendar. ADMIN rows win over the chinese-days package (which
 * never overwrites them); every replica computes its next deadline with the change (see BusinessCalendar).
 */
@Injectable()
export class AdminCalendarService {
  private packageDays?: Map<string, CalendarEntry>;

  constructor(
    private readonly days: CalendarRepository,
    private readonly calendar: BusinessCalendar,
    private readonly audit: AuditLog,
    private readonly prisma: PrismaService,
  ) {}

  async year(year: number): Promise<CalendarYearResponse> {
    const rows = await this.days.listYear(year);
    const packageDays = this.packageByDate();
    const days: CalendarDayView[] = rows.map((row) => {
      const date = row.date.toISOString().slice(0, 10);
      const fromPackage = packageDays.get(date);
      return {
        date,
        isWorkday: row.isWorkday,
        name: row.name,
        source: row.source,
        packageValue: row.source === 'ADMIN' && fromPackage ? { isWorkday: fromPackage.isWorkday, name: fromPackage.name } : null,
      };
    });
    const prefix = `${year}-`;
    return { year, packageKnowsYear: [...packageDays.keys()].some((date) => date.startsWith(prefix)), days };
  }

  /**
   * The correction, its audit row and the calendar's new revision commit together: a correction is never in force
   * without its record, and the other replicas see the revision move with the very commit that changed the day.
   */
  async set(user: AuthUser, date: string, isWorkday: boolean, name: string | null | undefined): Promise<CalendarDayView> {
    this.assertDate(date);
    await this.prisma.$transaction(async (tx) => {
      // First: its row lock queues concurrent corrections, so `before` is what the previous one left.
      await this.days.raiseRevision(tx);
      const before = await this.days.findDay(date, tx);
      await this.days.setByAdmin({ date, isWorkday, name: name || null }, tx);
      await this.audit.append(tx, {
        action: 'CALENDAR_DAY_SET',
        entityId: BUSINESS_CALENDAR_ENTITY_ID,
        actorId: user.id,
        data: { date, isWorkday, name: name || null, before: before ? { isWorkday: before.isWorkday, name: before.name, source: before.source } : null },
      });
    });
    // This replica's synchronous isWorkday answers with the correction at once; the others reload at their next check.
    await this.calendar.reload();
    return this.view(date);
  }

  /** Drops a correction. Only ADMIN rows can be dropped: the package's own days are corrected, not deleted. */
  async remove(user: AuthUser, date: string): Promise<void> {
    this.assertDate(date);
    const restored = this.packageByDate().get(date);
    await this.prisma.$transaction(async (tx) => {
      await this.days.raiseRevision(tx);
      const current = await this.days.findDay(date, tx);
      if (!current || current.source !== 'ADMIN') throw DomainError.notFound();
      await this.days.restorePackage(date, restored, tx);
      await this.audit.append(tx, {
        action: 'CALENDAR_DAY_RESET',
        entityId: BUSINESS_CALENDAR_ENTITY_ID,
        actorId: user.id,
        data: { date, before: { isWorkday: current.isWorkday, name: current.name }, restored: restored ? { isWorkday: restored.isWorkday, name: restored.name } : null },
      });
    });
    await this.calendar.reload();
  }

  private async view(date: string): Promise<CalendarDayView> {
    const row = await this.days.findDay(date);
    if (!row) throw new DomainError(ErrorCode.CONFLICT);
    const fromPackage = this.packageByDate().get(date);
    return { date, isWorkday: row.isWorkday, name: row.name, source: row.source, packageValue: row.source === 'ADMIN' && fromPackage ? { isWorkday: fromPackage.isWorkday, name: fromPackage.name } : null };
  }

  /** The date is typed by a person (the form's date field), so a bad one is a field error, not "not found". */
  private assertDate(date: string): void {
    const year = Number(date.slice(0, 4));
    if (!isCalendarDate(date) || year < CALENDAR_MIN_YEAR || year > CALENDAR_MAX_YEAR) throw DomainError.invalidFields([{ field: 'date', code: 'isDateString' }]);
  }

  private packageByDate(): Map<string, CalendarEntry> {
    this.packageDays ??= new Map(packageCalendarEntries().map((entry) => [entry.date, entry]));
    return this.packageDays;
  }
}
