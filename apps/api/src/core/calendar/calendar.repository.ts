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

  async loadAll(): Promise<CalendarEntry[]> {
    const rows = await this.prisma.calendarDay.findMany({ select: { date: true, isWorkday: true, name: true } });
    return rows.map((row) => ({ date: row.date.toISOString().slice(0, 10), isWorkday: row.isWorkday, name: row.name }));
  }
}
