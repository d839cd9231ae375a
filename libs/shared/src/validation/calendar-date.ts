/**
 * Calendar-day rules in mainland China time. Every "not in the future" date (a shop's opening date, a birth date in a
 * resident ID, a training date) is a day on the Asia/Shanghai calendar: a server or browser clock in UTC would refuse
 * today's date from 00:00 to 08:00 Beijing time. Pure functions, shared by the web form and the API.
 */

/** Mainland China keeps UTC+8 all year (no daylight saving since 1991), so Asia/Shanghai's day is the UTC+8 one. */
const CHINA_OFFSET_MS = 8 * 3_600_000;
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** Today's date in mainland China at `now`, as YYYY-MM-DD: the day every "not after today" rule compares with. */
export function chinaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** Whether a YYYY-MM-DD text names a day that exists (no 30 February, no month 13). */
export function isCalendarDate(value: string): boolean {
  if (!DATE_SHAPE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export type PastDateProblem = 'isDateString' | 'dateInFuture';

/**
 * A YYYY-MM-DD day that exists and is not after today in China. Says which of the two rules failed, so a date that
 * is merely ahead of today is not reported as badly formatted.
 */
export function checkNotAfterToday(value: unknown, now: Date = new Date()): PastDateProblem | undefined {
  if (typeof value !== 'string' || !isCalendarDate(value)) return 'isDateString';
  return value > chinaToday(now) ? 'dateInFuture' : undefined;
}
