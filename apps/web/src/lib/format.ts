import type { Locale } from '@pos/shared';
import dayjs from 'dayjs';

const DATE_TIME_FORMAT: Record<Locale, string> = {
  'zh-CN': 'YYYY年M月D日 HH:mm',
  en: 'D MMM YYYY, HH:mm',
};

/** A timestamp from the API (ISO 8601) in the reader's language and the browser's time zone. */
export function formatDateTime(iso: string, locale: Locale): string {
  const value = dayjs(iso);
  return value.isValid() ? value.locale(locale === 'zh-CN' ? 'zh-cn' : 'en').format(DATE_TIME_FORMAT[locale]) : iso;
}
