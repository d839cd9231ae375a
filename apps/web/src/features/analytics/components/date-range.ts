import type { AnalyticsQuery } from '@pos/shared';
import dayjs, { type Dayjs } from 'dayjs';

/** The API counts by Beijing dates; China is UTC+8 all year, with no daylight saving. */
const BEIJING_OFFSET_MS = 8 * 3_600_000;

/** The longest range the API accepts, both ends included. */
export const MAX_RANGE_DAYS = 366;

/** The range shown when the URL names none: the last 90 days, today included. */
export const DEFAULT_RANGE_DAYS = 90;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Today's date in Beijing as YYYY-MM-DD, whatever the browser's time zone. */
export function beijingToday(now: number = Date.now()): string {
  return new Date(now + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/** The `days` days up to and including `today`. */
export function lastDays(days: number, today: string = beijingToday()): AnalyticsQuery {
  return {
    from: dayjs(today)
      .subtract(days - 1, 'day')
      .format('YYYY-MM-DD'),
    to: today,
  };
}

function isIsoDate(value: string | null): value is string {
  return value !== null && ISO_DATE.test(value) && dayjs(value).format('YYYY-MM-DD') === value;
}

/**
 * The range in the URL (?from=&to=), or the default when either end is missing, malformed or the ends are the
 * wrong way round. A span the API refuses (over 366 days) is passed on, so its own field errors explain why.
 */
export function rangeOfParams(params: URLSearchParams, today: string = beijingToday()): AnalyticsQuery {
  const from = params.get('from');
  const to = params.get('to');
  if (!isIsoDate(from) || !isIsoDate(to) || from > to) return lastDays(DEFAULT_RANGE_DAYS, today);
  return { from, to };
}

export type RangePreset = 'last7' | 'last30' | 'last90' | 'thisYear';

/** The quick choices next to the calendar, as [start, end] days. */
export function presetRanges(today: string = beijingToday()): { key: RangePreset; value: [Dayjs, Dayjs] }[] {
  const end = dayjs(today);
  const span = (days: number): [Dayjs, Dayjs] => [end.subtract(days - 1, 'day'), end];
  return [
    { key: 'last7', value: span(7) },
    { key: 'last30', value: span(30) },
    { key: 'last90', value: span(90) },
    { key: 'thisYear', value: [end.startOf('year'), end] },
  ];
}

/**
 * Days the calendar greys out: anything after today, and, once a start is picked, anything that would make the
 * range longer than the API accepts.
 */
export function isDisabledDay(day: Dayjs, from: Dayjs | undefined, today: string = beijingToday()): boolean {
  if (day.isAfter(dayjs(today), 'day')) return true;
  if (!from) return false;
  return Math.abs(day.startOf('day').diff(from.startOf('day'), 'day')) >= MAX_RANGE_DAYS;
}
