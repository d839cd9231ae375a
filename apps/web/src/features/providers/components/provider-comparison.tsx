import { ArrowLeftOutlined } from '@ant-design/icons';
import { FEE_CHANNELS, formatFen, MAX_COMPARED_PROVIDERS, type ProviderDetail } from '@pos/shared';
import { Alert, Button, Card, Flex, Skeleton, Table, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadFailedAlert } from '../../../components/load-failed-alert';
import { TableTitleLink } from '../../../components/table-title-link';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useProviderComparison } from '../api/providers.api';
import { cappedChannelsOf, rateOf, useProviderText } from '../hooks/use-provider-text';
import { FeeCalculator } from './fee-calculator';
import { ProviderKindTag, QualityFigures, SettlementCycleText } from './provider-facts';

interface ProviderComparisonProps {
  /** The providers to compare, from the page URL. */
  ids: readonly string[];
  basePath: string;
}

interface CompareRow {
  key: string;
  label: string;
  cells: ReactNode[];
}

/** The ids of a compare URL (`?ids=a,b,c`): trimmed, without repeats. */
export function parseCompareIds(value: string | null): string[] {
  return [...new Set((value ?? '').split(',').map((id) => id.trim()).filter(Boolean))];
}

/** 服务商对比: one column per provider, one row per fact, then the fee calculator for exactly these providers. */
export function ProviderComparison({ ids, basePath }: ProviderComparisonProps) {
  const { t } = useTranslation();
  const text = useProviderText();
  const valid = ids.length >= 2 && ids.length <= MAX_COMPARED_PROVIDERS;
  const comparison = useProviderComparison(ids, valid);
  useDocumentTitle(t('providers.compare.title'));

  const header = (
    <Flex vertical gap={8}>
      <Link to={basePath}>
        <ArrowLeftOutlined /> {t('providers.detail.back')}
      </Link>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
          {t('providers.compare.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('providers.compare.subtitle')}</Typography.Text>
      </div>
    </Flex>
  );

  if (!valid) {
    return (
      <Flex vertical gap={16}>
        {header}
        <Alert
          type="info"
          showIcon
          title={t('providers.compare.needIds')}
          action={
            <Link to={basePath}>
              <Button type="primary">{t('providers.compare.toCatalog')}</Button>
            </Link>
          }
        />
      </Flex>
    );
  }
  if (comparison.isError) {
    return (
      <Flex vertical gap={16}>
        {header}
        <LoadFailedAlert title={t('providers.compare.loadFailed')} error={comparison.error} onRetry={() => void comparison.refetch()} />
      </Flex>
    );
  }
  if (!comparison.data) {
    return (
      <Flex vertical gap={16}>
        {header}
        <Skeleton active paragraph={{ rows: 12 }} />
      </Flex>
    );
  }

  const providers = comparison.data.items;
  const row = (key: string, label: string, cell: (provider: ProviderDetail) => ReactNode): CompareRow => ({ key, label, cells: providers.map(cell) });
  const hours = (value: number) => t('providers.compare.hoursValue', { hours: value });
  const capped = cappedChannelsOf(providers.map((provider) => provider.currentFeeSchedule));
  const none = <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;

  const rows: CompareRow[] = [
    row('kind', t('providers.compare.kind'), (p) => <ProviderKindTag kind={p.kind} />),
    ...FEE_CHANNELS.flatMap((channel) => {
      const channelName = t(`enums.feeChannel.${channel}`);
      const rateRow = row(`rate-${channel}`, t('providers.compare.rate', { channel: channelName }), (p) => {
        const rate = rateOf(p.currentFeeSchedule, channel);
        return rate ? text.rate({ ...rate, capFen: null }) : <Typography.Text type="secondary">{t('providers.rates.unsupported')}</Typography.Text>;
      });
      if (!capped.includes(channel)) return [rateRow];
      const capRow = row(`cap-${channel}`, t('providers.compare.cap', { channel: channelName }), (p) => {
        const rate = rateOf(p.currentFeeSchedule, channel);
        if (!rate) return none;
        return rate.capFen === null ? t('providers.detail.noCap') : formatFen(rate.capFen);
      });
      return [rateRow, capRow];
    }),
    row('monthlyFee', t('providers.compare.monthlyFee'), (p) => formatFen(p.currentFeeSchedule.monthlyFeeFen)),
    row('deviceFee', t('providers.compare.deviceFee'), (p) => formatFen(p.currentFeeSchedule.deviceFeeFen)),
    row('feeVersion', t('providers.compare.feeVersion'), (p) => t('providers.detail.version', { version: p.currentFeeSchedule.version })),
    row('settlement', t('providers.compare.settlement'), (p) => <SettlementCycleText cycle={p.settlementCycle} />),
    row('responseHours', t('providers.compare.responseHours'), (p) => hours(p.responseHours)),
    row('onSiteHours', t('providers.compare.onSiteHours'), (p) => hours(p.onSiteHours)),
    row('reviewSla', t('providers.compare.reviewSla'), (p) => t('providers.detail.reviewSlaValue', { days: p.reviewSlaBusinessDays })),
    row('regions', t('providers.compare.regions'), (p) => text.regions(p.serviceRegions).join(t('common.listSeparator'))),
    row('terminalModels', t('providers.compare.terminalModels'), (p) =>
      p.terminalModels.length === 0 ? (
        none
      ) : (
        <Flex vertical gap={2}>
          {p.terminalModels.map((model) => (
            <Typography.Text key={model.id}>
              {t('providers.compare.modelLine', { name: model.name, type: t(`enums.terminalType.${model.type}`) })}
              {model.priceFen !== null && ` · ${t('providers.detail.price')} ${formatFen(model.priceFen)}`}
              {model.depositFen !== null && ` · ${t('providers.detail.deposit')} ${formatFen(model.depositFen)}`}
              {model.monthlyRentFen !== null && ` · ${t('providers.detail.monthlyRent')} ${formatFen(model.monthlyRentFen)}`}
            </Typography.Text>
          ))}
        </Flex>
      ),
    ),
    row('quality', t('providers.card.quality'), (p) => <QualityFigures quality={p.quality} />),
  ];

  const columns: TableColumnsType<CompareRow> = [
    { title: t('providers.compare.attribute'), dataIndex: 'label', fixed: 'left', width: 160, render: (label: string) => <Typography.Text strong>{label}</Typography.Text> },
    ...providers.map((provider, index) => ({
      key: provider.id,
      title: (
        <TableTitleLink to={`${basePath}/${provider.id}`} data-testid={`compare-column-${provider.id}`}>
          {text.name(provider)}
        </TableTitleLink>
      ),
      width: 260,
      render: (_value: unknown, compareRow: CompareRow) => compareRow.cells[index],
    })),
  ];

  return (
    <Flex vertical gap={16}>
      {header}
      <Card styles={{ body: { padding: 0 } }}>
        <Table<CompareRow> rowKey="key" columns={columns} dataSource={rows} pagination={false} scroll={{ x: 'max-content' }} data-testid="compare-table" />
      </Card>
      <Card title={t('providers.compare.calculatorTitle')}>
        <FeeCalculator providerIds={providers.map((provider) => provider.id)} cappedChannels={capped.length > 0 ? capped : undefined} />
      </Card>
    </Flex>
  );
}
