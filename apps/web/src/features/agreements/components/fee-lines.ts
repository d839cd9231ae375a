import { FEE_LINE_LABELS, formatBps, formatFen, type FeeLine, type Locale } from '@pos/shared';
import type { TFunction } from 'i18next';

/** A fee line's name as the PDF prints it, in the reader's language. */
export function feeLineLabel(line: FeeLine, locale: Locale): string {
  const label = FEE_LINE_LABELS[line.key];
  return locale === 'en' ? label.en : label.zh;
}

/** A fee line's value: a channel's rate (and cap), or a fee's amount; exact integers formatted, never floats. */
export function feeLineValue(line: FeeLine, t: TFunction): string {
  if (line.rateBps !== null) {
    return line.capFen !== null
      ? t('agreements.fees.rateWithCap', { rate: formatBps(line.rateBps), cap: formatFen(line.capFen) })
      : t('agreements.fees.rate', { rate: formatBps(line.rateBps) });
  }
  return line.amountFen !== null ? formatFen(line.amountFen) : t('common.none');
}
