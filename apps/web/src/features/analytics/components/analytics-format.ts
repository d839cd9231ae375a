import type { Locale } from '@pos/shared';
import type { TFunction } from 'i18next';

/** Minutes up to this many read better as minutes; above, as hours. */
const MINUTES_SHOWN_AS_MINUTES = 90;

/** A count or measure with at most `digits` decimals, grouped the reader's way (1,234.5). */
export function formatNumber(value: number, locale: Locale, digits = 1): string {
  return new Intl.NumberFormat(locale, {
    maximumFractionDigits: digits,
  }).format(value);
}

/** A percentage figure from the API ("87.5%"), or a dash when there was nothing to measure. */
export function percentText(value: number | null, locale: Locale, t: TFunction): string {
  return value === null ? t('analytics.value.none') : t('analytics.value.percent', { value: formatNumber(value, locale) });
}

/** A duration in minutes as "45 分钟", or in hours once it is long ("26.5 小时"); a dash when there was none. */
export function durationText(minutes: number | null, locale: Locale, t: TFunction): string {
  if (minutes === null) return t('analytics.value.none');
  if (minutes <= MINUTES_SHOWN_AS_MINUTES)
    return t('analytics.value.minutes', {
      value: formatNumber(minutes, locale, 0),
    });
  return t('analytics.value.hours', {
    value: formatNumber(minutes / 60, locale),
  });
}

/** A measure in days (business or calendar, the title says which), or a dash. */
export function daysText(days: number | null, locale: Locale, t: TFunction): string {
  return days === null ? t('analytics.value.none') : formatNumber(days, locale);
}
