import { Injectable } from '@nestjs/common';
import { type Db, PrismaService } from '../prisma/prisma.service.js';

export interface CalendarEntry {
  /** YYYY-MM-DD */
  date: string;
  isWorkday: boolean;
  name: string | null;
}

/** The single CalendarRevision row (migration 20261204120000_storage_references_and_replicas inserts it). */
const REVISION_ROW = 1;

/**
 * The business calendar's exceptions. Whoever changes them calls `raiseRevision` in the same transaction, which is
 * how the other replicas learn that their cached calendar is stale.
 */
@Injectable()
export class CalendarRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Adds days the package knows and the table does not; never overwrites a day (an admin's correction wins). */
  async addMissing(entries: CalendarEntry[], db: Db = this.prisma): Promise<number> {
    const { count } = await db.calendarDay.createMany({
      data: entries.map((e) => ({ date: new Date(`${e.date}T00:00:00Z`), isWorkday: e.isWorkday, name: e.name, source: 'PACKAGE' as const })),
      skipDuplicates: true,
    });
    return count;
  }

  /** The exceptions of one year, in date order, with who set them. */
  listYear(year: number) {
    return this.prisma.calendarDay.findMany({
      where: { date: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) } },
      select: { date: true, isWorkday: true, name: true, source: true },
      orderBy: { date: 'asc' },
    });
  }

  findDay(date: string, db: Db = this.prisma) {
    return db.calendarDay.findUnique({ where: { date: new Date(`${date}T00:00:00Z`) }, select: { date: true, isWorkday: true, name: true, source: true } });
  }

  /** An administrator's correction: replaces whatever the day held, and the package never overwrites it again. */
  setByAdmin(entry: CalendarEntry, db: Db = this.prisma) {
    const date = new Date(`${entry.date}T00:00:00Z`);
    const data = { isWorkday: entry.isWorkday, name: entry.name, source: 'ADMIN' as const };
    return db.calendarDay.upsert({ where: { date }, create: { date, ...data }, update: data });
  }

  /** Drops an administrator's correction: back to the package's value when it has one, else no exception at all. */
  async restorePackage(date: string, packageEntry: CalendarEntry | undefined, db: Db = this.prisma): Promise<void> {
    const day = new Date(`${date}T00:00:00Z`);
    if (packageEntry) {
      const data = { isWorkday: packageEntry.isWorkday, name: packageEntry.name, source: 'PACKAGE' as const };
      await db.calendarDay.upsert({ where: { date: day }, create: { date: day, ...data }, update: data });
    } else {
      await db.calendarDay.deleteMany({ where: { date: day } });
    }
  }

  async loadAll(): Promise<CalendarEntry[]> {
    const rows = await this.prisma.calendarDay.findMany({ select: { date: true, isWorkday: true, name: true } });
    return rows.map((row) => ({ date: row.date.toISOString().slice(0, 10), isWorkday: row.isWorkday, name: row.name }));
  }

  /** The calendar's revision now: read before every computation, so it must stay one primary-key lookup. */
  async revision(): Promise<number> {
    const row = await this.prisma.calendarRevision.findUnique({ where: { id: REVISION_ROW }, select: { revision: true } });
    return row?.revision ?? 0;
  }

  /**
   * Marks the calendar changed, in the transaction of the change. The row lock it takes also orders concurrent
   * changes, so each one ends with its own, higher revision.
   */
  async raiseRevision(db: Db): Promise<void> {
    await db.calendarRevision.upsert({ where: { id: REVISION_ROW }, create: { id: REVISION_ROW, revision: 1 }, update: { revision: { increment: 1 } } });
  }
}
