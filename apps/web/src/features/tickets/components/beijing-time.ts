import type { Locale } from '@pos/shared';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

/** China has one time zone and no daylight saving: UTC+8 all year. */
const BEIJING_UTC_OFFSET_MINUTES = 480;

const FORMAT: Record<Locale, string> = {
  'zh-CN': 'YYYY年M月D日 HH:mm',
  en: 'D MMM YYYY, HH:mm',
};

const DAYJS_LOCALE: Record<Locale, string> = { 'zh-CN': 'zh-cn', en: 'en' };

/**
 * A deadline in Beijing time whatever the browser's time zone: support hours and SLA targets are set in Beijing
 * time, so "expected by 18:00" must mean 18:00 in Beijing for a merchant travelling abroad too.
 */
export function formatBeijingDateTime(iso: string, locale: Locale): string {
  const value = dayjs(iso);
  return value.isValid() ? value.utcOffset(BEIJING_UTC_OFFSET_MINUTES).locale(DAYJS_LOCALE[locale]).format(FORMAT[locale]) : iso;
}
