import { FeeChannel, type FeeScheduleView, type ProviderKind, type ProviderQuality, type SettlementCycle } from '@pos/shared';
import { Descriptions, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { rateOf, useProviderText } from '../hooks/use-provider-text';

const KIND_COLOR: Record<ProviderKind, string> = {
  BANK: 'blue',
  THIRD_PARTY_PAYMENT: 'green',
  POS_SERVICE_PROVIDER: 'purple',
};

export function ProviderKindTag({ kind }: { kind: ProviderKind }) {
  const { t } = useTranslation();
  return <Tag color={KIND_COLOR[kind]}>{t(`enums.providerKind.${kind}`)}</Tag>;
}

/** "T+1" with the plain-words meaning on hover. */
export function SettlementCycleText({ cycle }: { cycle: SettlementCycle }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t(`enums.settlementCycleHint.${cycle}`)}>
      <Typography.Text strong>{t(`enums.settlementCycle.${cycle}`)}</Typography.Text>
    </Tooltip>
  );
}

/**
 * The rates a shop owner compares first: debit (with its cap), credit, WeChat / Alipay QR and QuickPass.
 * WeChat and Alipay share a line when they cost the same.
 */
export function HeadlineRates({ schedule }: { schedule: FeeScheduleView }) {
  const { t } = useTranslation();
  const text = useProviderText();
  const wechat = rateOf(schedule, FeeChannel.WECHAT_PAY);
  const alipay = rateOf(schedule, FeeChannel.ALIPAY);
  const sameQr = text.rate(wechat) === text.rate(alipay);
  const rows: { key: string; label: string; value: string }[] = [
    { key: 'debit', label: t('enums.feeChannel.DEBIT_CARD'), value: text.rate(rateOf(schedule, FeeChannel.DEBIT_CARD)) },
    { key: 'credit', label: t('enums.feeChannel.CREDIT_CARD'), value: text.rate(rateOf(schedule, FeeChannel.CREDIT_CARD)) },
    ...(sameQr
      ? [{ key: 'qr', label: t('providers.rates.qr'), value: text.rate(wechat) }]
      : [
          { key: 'wechat', label: t('enums.feeChannel.WECHAT_PAY'), value: text.rate(wechat) },
          { key: 'alipay', label: t('enums.feeChannel.ALIPAY'), value: text.rate(alipay) },
        ]),
    { key: 'quickpass', label: t('enums.feeChannel.UNIONPAY_QUICKPASS'), value: text.rate(rateOf(schedule, FeeChannel.UNIONPAY_QUICKPASS)) },
  ];
  return (
    <Descriptions
      size="small"
      column={1}
      colon={false}
      items={rows.map((row) => ({
        key: row.key,
        label: row.label,
        children: <span data-testid={`rate-${row.key}`}>{row.value}</span>,
      }))}
    />
  );
}

/** The value of one quality figure, or "not enough data yet" while the portal has too little to go on. */
function Figure({ value, children }: { value: number | null; children: (value: number) => ReactNode }) {
  const { t } = useTranslation();
  if (value === null) return <Typography.Text type="secondary">{t('providers.quality.notEnoughData')}</Typography.Text>;
  return <>{children(value)}</>;
}

export function QualityFigures({ quality, column = 1 }: { quality: ProviderQuality; column?: number }) {
  const { t } = useTranslation();
  const text = useProviderText();
  return (
    <Descriptions
      size="small"
      column={column}
      colon={false}
      items={[
        {
          key: 'reviewDays',
          label: t('providers.quality.reviewDays'),
          children: <Figure value={quality.medianReviewDays}>{(days) => t('duration.businessDays', { count: days })}</Figure>,
        },
        {
          key: 'approvalRate',
          label: t('providers.quality.approvalRate'),
          children: (
            <Figure value={quality.approvalRatePercent}>
              {(percent) => t('providers.quality.approvalRateValue', { percent, count: quality.decidedApplicationCount })}
            </Figure>
          ),
        },
        {
          key: 'firstResponse',
          label: t('providers.quality.firstResponse'),
          children: <Figure value={quality.medianFirstResponseMinutes}>{(minutes) => text.minutes(minutes)}</Figure>,
        },
        {
          key: 'resolution',
          label: t('providers.quality.resolution'),
          children: <Figure value={quality.medianResolutionMinutes}>{(minutes) => text.minutes(minutes)}</Figure>,
        },
        {
          key: 'rating',
          label: t('providers.quality.rating'),
          children: (
            <Figure value={quality.averageRating}>
              {(rating) => t('providers.quality.ratingValue', { rating: rating.toFixed(1), count: quality.ratingCount })}
            </Figure>
          ),
        },
      ]}
    />
  );
}
