import { FEE_CHANNELS, formatBps, formatFen, type FeeChannel, type FeeRateView, type FeeScheduleView } from '@pos/shared';
import { Descriptions, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../lib/format';
import { useLocale } from '../lib/i18n';

/** A fee schedule in full (marketplace profile and provider console): version, every channel's rate and cap, monthly and device fees, notes. */
export function FeeScheduleTable({ schedule }: { schedule: FeeScheduleView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const rows = FEE_CHANNELS.map((channel) => ({ channel, rate: schedule.rates.find((rate) => rate.channel === channel) }));
  return (
    <>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        style={{ marginBottom: 12 }}
        items={[
          {
            key: 'version',
            label: t('providers.detail.scheduleVersion'),
            span: 'filled',
            children: (
              <span data-testid="fee-schedule-version">
                {t('providers.detail.versionLine', { version: schedule.version, date: formatDate(schedule.effectiveFrom, locale) })}
              </span>
            ),
          },
          { key: 'monthlyFee', label: t('providers.detail.monthlyFee'), children: formatFen(schedule.monthlyFeeFen) },
          { key: 'deviceFee', label: t('providers.detail.deviceFee'), children: formatFen(schedule.deviceFeeFen) },
          ...(schedule.notes ? [{ key: 'notes', label: t('providers.detail.notes'), children: schedule.notes, span: 'filled' as const }] : []),
        ]}
      />
      <Table<{ channel: FeeChannel; rate: FeeRateView | undefined }>
        size="small"
        rowKey="channel"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: t('providers.detail.channel'), dataIndex: 'channel', render: (channel: FeeChannel) => t(`enums.feeChannel.${channel}`) },
          {
            title: t('providers.detail.rate'),
            key: 'rate',
            render: (_value, row) =>
              row.rate ? formatBps(row.rate.rateBps) : <Typography.Text type="secondary">{t('providers.rates.unsupported')}</Typography.Text>,
          },
          {
            title: t('providers.detail.cap'),
            key: 'cap',
            render: (_value, row) =>
              row.rate && row.rate.capFen !== null ? formatFen(row.rate.capFen) : <Typography.Text type="secondary">{row.rate ? t('providers.detail.noCap') : t('common.none')}</Typography.Text>,
          },
        ]}
      />
    </>
  );
}
