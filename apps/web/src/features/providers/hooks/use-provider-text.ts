import { FeeChannel, formatBps, formatFen, type FeeRateView, type FeeScheduleView } from '@pos/shared';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { pickLocalized, regionName } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';

/** Text helpers for provider facts in the current language. */
export function useProviderText() {
  const { t } = useTranslation();
  const locale = useLocale();

  const name = useCallback((provider: { name: string; nameEn: string }) => pickLocalized(locale, provider.name, provider.nameEn), [locale]);

  /** "0.50%（封顶 ¥25.00）" for a rate, "不支持" when the schedule has no price for the channel. */
  const rate = useCallback(
    (view: FeeRateView | undefined) => {
      if (!view) return t('providers.rates.unsupported');
      const percent = formatBps(view.rateBps);
      return view.capFen === null ? percent : t('providers.rates.withCap', { rate: percent, cap: formatFen(view.capFen) });
    },
    [t],
  );

  /** A duration in minutes as minutes below an hour, else hours to one decimal. */
  const minutes = useCallback(
    (value: number) => {
      if (value < 60) return t('duration.minutes', { count: Math.round(value) });
      return t('duration.hours', { count: Math.round(value / 6) / 10 });
    },
    [t],
  );

  const regions = useCallback((codes: readonly string[]) => codes.map((code) => regionName(code, locale)), [locale]);

  return useMemo(() => ({ name, rate, minutes, regions, locale }), [name, rate, minutes, regions, locale]);
}

/** The schedule's price for one channel, when it has one. */
export function rateOf(schedule: FeeScheduleView, channel: FeeChannel): FeeRateView | undefined {
  return schedule.rates.find((rate) => rate.channel === channel);
}

/** Channels priced with a per-transaction cap by any of these schedules. */
export function cappedChannelsOf(schedules: readonly FeeScheduleView[]): FeeChannel[] {
  const capped = new Set<FeeChannel>();
  for (const schedule of schedules) for (const rate of schedule.rates) if (rate.capFen !== null) capped.add(rate.channel);
  return Object.values(FeeChannel).filter((channel) => capped.has(channel));
}
