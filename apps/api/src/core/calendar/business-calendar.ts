import { createRequire } from 'node:module';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { type CalendarEntry, CalendarRepository } from './calendar.repository.js';

const DAY_MS = 86_400_000;
/** Mainland China is UTC+8 all year (no daylight saving), so a business day is a UTC+8 calendar day. */
const CHINA_OFFSET_MS = 8 * 3_600_000;
/** Replicas pick up an administrator's calendar corrections within this time. */
const RELOAD_AFTER_MS = 5 * 60_000;

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

/** Daily support hours, in minutes after midnight Beijing time (540–1080 is 09:00–18:00). */
export interface SupportHours {
  startMinute: number;
  endMinute: number;
}

const MINUTE_MS = 60_000;
/** No SLA target is anywhere near ten years; the bound stops a calendar with no workdays from looping forever. */
const MAX_DAYS_SCANNED = 3_660;

/** YYYY-MM-DD of the Beijing calendar day an instant falls on. */
export function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * Business days in mainland China: Monday to Friday, except public holidays, plus the weekend days that are
 * make-up workdays. The exceptions come from the CalendarDay table, which starts from the chinese-days package
 * and which a platform admin corrects and extends (the State Council announces each year's holidays late in the
 * year before, after the package may have been published).
 */
@Injectable()
export class BusinessCalendar implements OnModuleInit {
  private readonly logger = new Logger(BusinessCalendar.name);
  private exceptions = new Map<string, boolean>();
  private loadedAt = 0;

  constructor(private readonly calendar: CalendarRepository) {}

  async onModuleInit(): Promise<void> {
    const added = await this.calendar.addMissing(packageCalendarEntries());
    if (added > 0) this.logger.log(`Business calendar: added ${added} days from chinese-days`);
    await this.reload();
  }

  async reload(): Promise<void> {
    this.exceptions = new Map((await this.calendar.loadAll()).map((e) => [e.date, e.isWorkday]));
    this.loadedAt = Date.now();
  }

  private async fresh(): Promise<void> {
    if (Date.now() - this.loadedAt > RELOAD_AFTER_MS) await this.reload();
  }

  /** Whether a Beijing calendar day (YYYY-MM-DD) is a business day. */
  isWorkday(date: string): boolean {
    const exception = this.exceptions.get(date);
    if (exception !== undefined) return exception;
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  }

  /**
   * The end (23:59:59.999 Beijing time) of the `days`-th business day after the day `from` falls on. Work
   * submitted on a Friday with a 3-day target is due at the end of Wednesday, or later around holidays.
   */
  async addBusinessDays(from: Date, days: number): Promise<Date> {
    await this.fresh();
    let day = new Date(`${chinaDate(from)}T00:00:00Z`);
    let remaining = days;
    while (remaining > 0) {
      day = new Date(day.getTime() + DAY_MS);
      if (this.isWorkday(day.toISOString().slice(0, 10))) remaining--;
    }
    return new Date(day.getTime() + DAY_MS - 1 - CHINA_OFFSET_MS);
  }

  /**
   * The instant `minutes` business minutes after `from`: the clock runs only inside support hours on business
   * days. Friday 17:00 plus 120 minutes with 09:00–18:00 hours is Monday 10:00 (or later around holidays).
   */
  async addBusinessMinutes(from: Date, minutes: number, hours: SupportHours): Promise<Date> {
    await this.fresh();
    let remainingMs = Math.max(0, minutes) * MINUTE_MS;
    let cursor = from.getTime();
    for (let scanned = 0; scanned < MAX_DAYS_SCANNED; scanned++) {
      const day = chinaDate(new Date(cursor));
      const midnight = Date.parse(`${day}T00:00:00Z`) - CHINA_OFFSET_MS;
      if (this.isWorkday(day)) {
        const open = midnight + hours.startMinute * MINUTE_MS;
        const close = midnight + hours.endMinute * MINUTE_MS;
        const start = Math.max(cursor, open);
        if (start < close) {
          if (remainingMs <= close - start) return new Date(start + remainingMs);
          remainingMs -= close - start;
        }
      }
      cursor = midnight + DAY_MS;
    }
    throw new Error('No business time found within ten years; check the business calendar');
  }

  /** Business minutes between two instants (negative when `to` is before `from`). */
  async businessMinutesBetween(from: Date, to: Date, hours: SupportHours): Promise<number> {
    if (to < from) return -(await this.businessMinutesBetween(to, from, hours));
    await this.fresh();
    let totalMs = 0;
    let cursor = from.getTime();
    const end = to.getTime();
    while (cursor < end) {
      const day = chinaDate(new Date(cursor));
      const midnight = Date.parse(`${day}T00:00:00Z`) - CHINA_OFFSET_MS;
      if (this.isWorkday(day)) {
        const open = Math.max(cursor, midnight + hours.startMinute * MINUTE_MS);
        const close = Math.min(end, midnight + hours.endMinute * MINUTE_MS);
        if (close > open) totalMs += close - open;
      }
      cursor = midnight + DAY_MS;
    }
    return totalMs / MINUTE_MS;
  }
}
