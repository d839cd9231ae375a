const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** Mainland China is UTC+8 all year (no daylight saving), so a business day is a UTC+8 calendar day. */
const CHINA_OFFSET_MS = 8 * 3_600_000;
/** No SLA target is anywhere near ten years; the bound stops a calendar with no workdays from looping forever. */
const MAX_DAYS_SCANNED = 3_660;

/** Daily support hours, in minutes after midnight Beijing time (540–1080 is 09:00–18:00). */
export interface SupportHours {
  startMinute: number;
  endMinute: number;
}

/** YYYY-MM-DD of the Beijing calendar day an instant falls on. */
export function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * Business-time arithmetic over one fixed set of calendar exceptions (date → is a workday), without I/O: Monday to
 * Friday are workdays unless an exception says otherwise. BusinessCalendar hands out the current one; a caller that
 * computes many deadlines at once takes one and uses it for all of them.
 */
export class CalendarDays {
  constructor(private readonly exceptions: ReadonlyMap<string, boolean>) {}

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
  addBusinessDays(from: Date, days: number): Date {
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
  addBusinessMinutes(from: Date, minutes: number, hours: SupportHours): Date {
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
  businessMinutesBetween(from: Date, to: Date, hours: SupportHours): number {
    if (to < from) return -this.businessMinutesBetween(to, from, hours);
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
