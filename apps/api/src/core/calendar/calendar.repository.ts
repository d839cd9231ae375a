import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service.js';

export interface CalendarEntry {
  /** YYYY-MM-DD */
  date: string;
  isWorkday: boolean;
  name: string | null;
}

@Injectable()
export class CalendarRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Adds days the package knows and the table does not; never overwrites a day (an admin's correction wins). */
  async addMissing(entries: CalendarEntry[]): Promise<number> {
    const { count } = await this.prisma.calendarDay.createMany({
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

  findDay(date: string) {
    return this.prisma.calendarDay.findUnique({ where: { date: new Date(`${date}T00:00:00Z`) }, select: { date: true, isWorkday: true, name: true, source: true } });
  }

  /** An administrator's correction: replaces whatever the day held, and the package never overwrites it again. */
  setByAdmin(entry: CalendarEntry) {
    const date = new Date(`${entry.date}T00:00:00Z`);
    const data = { isWorkday: entry.isWorkday, name: entry.name, source: 'ADMIN' as const };
    return this.prisma.calendarDay.upsert({ where: { date }, create: { date, ...data }, update: data });
  }

  /** Drops an administrator's correction: back to the package's value when it has one, else no exception at all. */
  async restorePackage(date: string, packageEntry: CalendarEntry | undefined): Promise<void> {
    const day = new Date(`${date}T00:00:00Z`);
    if (packageEntry) {
      const data = { isWorkday: packageEntry.isWorkday, name: packageEntry.name, source: 'PACKAGE' as const };
      await this.prisma.calendarDay.upsert({ where: { date: day }, create: { date: day, ...data }, update: data });
    } else {
      await this.prisma.calendarDay.deleteMany({ where: { date: day } });
    }
  }

  async loadAll(): Promise<CalendarEntry[]> {
    const rows = await this.prisma.calendarDay.findMany({ select: { date: true, isWorkday: true, name: true } });
    return rows.map((row) => ({ date: row.date.toISOString().slice(0, 10), isWorkday: row.isWorkday, name: row.name }));
  }
}
