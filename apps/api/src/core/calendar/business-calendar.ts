import { createRequire } from 'node:module';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service.js';
import { CalendarDays, type SupportHours } from './calendar-days.js';
import { type CalendarEntry, CalendarRepository } from './calendar.repository.js';

export { CalendarDays, chinaDate, type SupportHours } from './calendar-days.js';

interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

/** The public holidays and make-up workdays (调休) the chinese-days package knows, as calendar entries. */
export function packageCalendarEntries(): CalendarEntry[] {
  const data = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as ChineseDaysData;
  const entry = (date: string, label: string, isWorkday: boolean): CalendarEntry => ({ date, isWorkday, name: label.split(',')[1] ?? label });
  return [
    ...Object.entries(data.holidays).map(([date, label]) => entry(date, label, false)),
    ...Object.entries(data.workdays).map(([date, label]) => entry(date, label, true)),
  ];
}

/**
 * Business days in mainland China: Monday to Friday, except public holidays, plus the weekend days that are
 * make-up workdays. The exceptions come from the CalendarDay table, which starts from the chinese-days package
 * and which a platform admin corrects and extends (the State Council announces each year's holidays late in the
 * year before, after the package may have been published).
 *
 * Each replica caches the table. Every change to it raises CalendarRevision in the same transaction, and every
 * computation first reads that one row (a primary-key lookup) and reloads when it moved, so a correction made on
 * one replica is used by all of them from the next deadline on, never a stale calendar for minutes.
 */
@Injectable()
export class BusinessCalendar implements OnModuleInit {
  private readonly logger = new Logger(BusinessCalendar.name);
  private days = new CalendarDays(new Map());
  /** The revision `days` was loaded at; -1 before the first load. */
  private revision = -1;
  /** A load under way, shared by the computations that found the same new revision. */
  private loading?: { revision: number; done: Promise<void> };
  private loadsStarted = 0;
  private loadApplied = 0;

  constructor(
    private readonly calendar: CalendarRepository,
    private readonly prisma: PrismaService,
  ) {}

  async onModuleInit(): Promise<void> {
    // A replica started with a newer chinese-days package adds the days it knows; raising the revision with them
    // makes the replicas already running pick them up too.
    const added = await this.prisma.$transaction(async (tx) => {
      const count = await this.calendar.addMissing(packageCalendarEntries(), tx);
      if (count > 0) await this.calendar.raiseRevision(tx);
      return count;
    });
    if (added > 0) this.logger.log(`Business calendar: added ${added} days from chinese-days`);
    await this.reload();
  }

  /** Loads the table now, whatever the revision (after a change on this replica, or a test's direct write). */
  async reload(): Promise<void> {
    await this.load(await this.calendar.revision(), false);
  }

  /**
   * The calendar as the database holds it now. Use it for a batch: one revision check for all the deadlines
   * computed with it, instead of one per call of the methods below.
   */
  async current(): Promise<CalendarDays> {
    const revision = await this.calendar.revision();
    if (revision !== this.revision) await this.load(revision);
    return this.days;
  }

  /**
   * Whether a Beijing calendar day (YYYY-MM-DD) is a business day, as this replica last loaded the calendar
   * (at once after a change made here). Synchronous, so it can lag a change made on another replica: anything that
   * stores a deadline uses the methods below or `current()`, which check the revision first.
   */
  isWorkday(date: string): boolean {
    return this.days.isWorkday(date);
  }

  /** See CalendarDays.addBusinessDays. */
  async addBusinessDays(from: Date, days: number): Promise<Date> {
    return (await this.current()).addBusinessDays(from, days);
  }

  /** See CalendarDays.addBusinessMinutes. */
  async addBusinessMinutes(from: Date, minutes: number, hours: SupportHours): Promise<Date> {
    return (await this.current()).addBusinessMinutes(from, minutes, hours);
  }

  /** See CalendarDays.businessMinutesBetween. */
  async businessMinutesBetween(from: Date, to: Date, hours: SupportHours): Promise<number> {
    return (await this.current()).businessMinutesBetween(from, to, hours);
  }

  /**
   * Reads the days after the revision was read, so what is loaded is at least as new as the revision it is filed
   * under: a change committed in between only causes one more reload on the next check, never a missed one.
   * Computations that find the same new revision share one load.
   */
  private async load(revision: number, share = true): Promise<void> {
    if (share && this.loading?.revision === revision) return this.loading.done;
    const started = ++this.loadsStarted;
    const done = (async () => {
      const days = new CalendarDays(new Map((await this.calendar.loadAll()).map((e) => [e.date, e.isWorkday])));
      // Loads may finish out of order; one started earlier read older rows and must not replace a later one.
      if (started > this.loadApplied) {
        this.days = days;
        this.revision = revision;
        this.loadApplied = started;
      }
    })();
    this.loading = { revision, done };
    try {
      await done;
    } finally {
      if (this.loading?.done === done) this.loading = undefined;
    }
  }
}
