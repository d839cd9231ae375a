import type { Locale, TimeWindow } from '@pos/shared';
import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

/**
 * Installation windows are China time (UTC+8) wherever the browser happens to be: the shop is in China, the merchant
 * types the hours on the shop's clock, and the technician reads them on the same clock. So a typed window is sent
 * with an explicit +08:00 and shown back in +08:00, never converted through the browser's time zone.
 */
export const CHINA_UTC_OFFSET_MINUTES = 480;

/** How a window end is typed in the plain text inputs. */
export const WINDOW_TEXT_FORMAT = 'YYYY-MM-DD HH:mm';

/** The API's limits: at most five windows, each at most twelve hours long. */
export const MAX_WINDOWS = 5;
export const MAX_WINDOW_HOURS = 12;

/** One window as edited: the start and end as typed ("2026-05-20 09:00"). */
export interface WindowText {
  start?: string;
  end?: string;
}

export type WindowProblem = 'required' | 'format' | 'order' | 'past' | 'tooLong';

export type WindowCheck = { ok: true; window: TimeWindow } | { ok: false; problem: WindowProblem };

const TYPED = /^(\d{4})-(\d{1,2})-(\d{1,2})[ T]+(\d{1,2}):(\d{2})$/;
const pad = (value: number) => String(value).padStart(2, '0');

/** "2026-05-20 09:00" → "2026-05-20T09:00:00+08:00"; undefined unless it is a real calendar date and time. */
export function windowTextToIso(text: string): string | undefined {
  const match = TYPED.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59) return undefined;
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) return undefined;
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00+08:00`;
}

/** A moment from the API on the China clock. */
export function chinaTime(iso: string): Dayjs {
  return dayjs(iso).utcOffset(CHINA_UTC_OFFSET_MINUTES);
}

/** An API time as the text inputs show it ("2026-05-20 09:00", China time). */
export function isoToWindowText(iso: string): string {
  return chinaTime(iso).format(WINDOW_TEXT_FORMAT);
}

/** Checks a typed window the way the API will: both ends readable, end after start, in the future, at most 12 h. */
export function checkWindow(value: WindowText | undefined, now: number = Date.now()): WindowCheck {
  const startText = value?.start?.trim() ?? '';
  const endText = value?.end?.trim() ?? '';
  if (!startText || !endText) return { ok: false, problem: 'required' };
  const start = windowTextToIso(startText);
  const end = windowTextToIso(endText);
  if (!start || !end) return { ok: false, problem: 'format' };
  const startMs = Date.parse(start);
  const endMs = Date.parse(end);
  if (!(endMs > startMs)) return { ok: false, problem: 'order' };
  if (startMs <= now) return { ok: false, problem: 'past' };
  if (endMs - startMs > MAX_WINDOW_HOURS * 3_600_000) return { ok: false, problem: 'tooLong' };
  return { ok: true, window: { start, end } };
}

/** The windows ready to send, or undefined while any of them is not valid. */
export function windowsToSend(values: readonly (WindowText | undefined)[], now: number = Date.now()): TimeWindow[] | undefined {
  const windows: TimeWindow[] = [];
  for (const value of values) {
    const checked = checkWindow(value, now);
    if (!checked.ok) return undefined;
    windows.push(checked.window);
  }
  return windows;
}

const DAY_FORMAT: Record<Locale, { thisYear: string; otherYear: string }> = {
  'zh-CN': { thisYear: 'M月D日 ddd', otherYear: 'YYYY年M月D日 ddd' },
  en: { thisYear: 'ddd D MMM', otherYear: 'ddd D MMM YYYY' },
};
const DAYJS_LOCALE: Record<Locale, string> = { 'zh-CN': 'zh-cn', en: 'en' };

/** "5月20日 周三 09:00–12:00" / "Wed 20 May 09:00–12:00", in China time; both days when it runs past midnight. */
export function formatWindow(window: TimeWindow, locale: Locale, now: Dayjs = dayjs()): string {
  const start = chinaTime(window.start).locale(DAYJS_LOCALE[locale]);
  const end = chinaTime(window.end).locale(DAYJS_LOCALE[locale]);
  const currentYear = now.utcOffset(CHINA_UTC_OFFSET_MINUTES).year();
  const day = (value: Dayjs) => value.format(value.year() === currentYear ? DAY_FORMAT[locale].thisYear : DAY_FORMAT[locale].otherYear);
  if (start.format('YYYY-MM-DD') === end.format('YYYY-MM-DD')) return `${day(start)} ${start.format('HH:mm')}–${end.format('HH:mm')}`;
  return `${day(start)} ${start.format('HH:mm')} – ${day(end)} ${end.format('HH:mm')}`;
}

/** Whether a window starts today on the China clock. */
export function startsToday(window: TimeWindow, now: Dayjs = dayjs()): boolean {
  return chinaTime(window.start).format('YYYY-MM-DD') === now.utcOffset(CHINA_UTC_OFFSET_MINUTES).format('YYYY-MM-DD');
}
