import { CalculatorOutlined } from '@ant-design/icons';
import {
  FEE_CHANNELS,
  FeeChannel,
  formatFen,
  type ChannelFeeEstimate,
  type ChannelVolumeInput,
  type ProviderFeeEstimate,
} from '@pos/shared';
import { Alert, Button, Card, Col, Flex, Form, Input, InputNumber, Row, Table, Tag, Typography, type FormRule } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FeeChannelGrid } from '../../../components/fee-channel-grid';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { parseYuanToFen } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { useFeeEstimate } from '../api/providers.api';
import { useProviderText } from '../hooks/use-provider-text';

interface ChannelInput {
  monthlyAmount?: string;
  averageTicket?: string;
}

interface CalculatorValues {
  volumes?: Partial<Record<FeeChannel, ChannelInput>>;
  terminalCount?: number | null;
}

interface FeeCalculatorProps {
  /** Estimate only these providers (the compared ones); every active provider when absent. */
  providerIds?: readonly string[];
  /** Channels with a per-transaction cap somewhere, which ask for the average ticket. Debit when not known. */
  cappedChannels?: readonly FeeChannel[];
}

const MAX_TERMINALS = 999;

/** The request body from the typed yuan: integer fen only, channels left empty are not sent. */
export function toEstimateVolumes(values: CalculatorValues): ChannelVolumeInput[] {
  const volumes: ChannelVolumeInput[] = [];
  for (const channel of FEE_CHANNELS) {
    const input = values.volumes?.[channel];
    const amount = parseYuanToFen(input?.monthlyAmount ?? '');
    if (!amount.ok || amount.value === 0) continue;
    const ticket = parseYuanToFen(input?.averageTicket ?? '');
    volumes.push({ channel, monthlyAmountFen: amount.value, ...(ticket.ok && ticket.value > 0 ? { averageTicketFen: ticket.value } : {}) });
  }
  return volumes;
}

/** Estimates come back cheapest first; sorting again (stably) keeps that promise on screen whatever the order. */
function cheapestFirst(items: readonly ProviderFeeEstimate[]): ProviderFeeEstimate[] {
  return [...items].sort((a, b) => a.estimate.totalFen - b.estimate.totalFen);
}

/** 费用计算器: the merchant's expected monthly volume per channel → the monthly cost at each provider. */
export function FeeCalculator({ providerIds, cappedChannels = [FeeChannel.DEBIT_CARD] }: FeeCalculatorProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [form] = Form.useForm<CalculatorValues>();
  const estimate = useFeeEstimate();
  const [needOneChannel, setNeedOneChannel] = useState(false);

  const yuanRule: FormRule = {
    validator: (_rule, value: string | undefined) => {
      if (!value || !value.trim()) return Promise.resolve();
      const parsed = parseYuanToFen(value);
      if (parsed.ok) return Promise.resolve();
      return Promise.reject(new Error(parsed.problem === 'tooLarge' ? t('validation.tooLarge') : t('validation.yuan')));
    },
  };

  const onFinish = (values: CalculatorValues) => {
    const volumes = toEstimateVolumes(values);
    setNeedOneChannel(volumes.length === 0);
    if (volumes.length === 0) return;
    estimate.mutate({
      ...(providerIds && providerIds.length > 0 ? { providerIds: [...providerIds] } : {}),
      volumes,
      terminalCount: values.terminalCount ?? 0,
    });
  };

  return (
    <Flex vertical gap={16}>
      <Form<CalculatorValues>
        form={form}
        name="feeEstimate"
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ terminalCount: 1 }}
        requiredMark={false}
      >
        <FeeChannelGrid className="fee-calculator-header" headers={[t('feeCalculator.channel'), t('feeCalculator.monthlyAmount'), t('feeCalculator.averageTicket')]}>
          {(channel, channelName) => [
            <Form.Item key="amount" name={['volumes', channel, 'monthlyAmount']} rules={[yuanRule]} validateTrigger="onBlur">
              <Input
                inputMode="decimal"
                prefix="¥"
                aria-label={`${channelName} ${t('feeCalculator.monthlyAmount')}`}
                placeholder={t('feeCalculator.monthlyAmount')}
              />
            </Form.Item>,
            cappedChannels.includes(channel) && (
              <Form.Item
                key="ticket"
                name={['volumes', channel, 'averageTicket']}
                rules={[yuanRule]}
                validateTrigger="onBlur"
                extra={t('feeCalculator.averageTicketHelp')}
              >
                <Input
                  inputMode="decimal"
                  prefix="¥"
                  aria-label={`${channelName} ${t('feeCalculator.averageTicket')}`}
                  placeholder={t('feeCalculator.averageTicket')}
                />
              </Form.Item>
            ),
          ]}
        </FeeChannelGrid>
        <Row gutter={12} align="bottom">
          <Col xs={12} md={6}>
            <Form.Item name="terminalCount" label={t('feeCalculator.terminalCount')}>
              <InputNumber min={0} max={MAX_TERMINALS} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item>
              <Button type="primary" htmlType="submit" icon={<CalculatorOutlined />} loading={estimate.isPending} data-testid="fee-estimate-submit">
                {t('feeCalculator.submit')}
              </Button>
            </Form.Item>
          </Col>
        </Row>
        {needOneChannel && <Alert role="alert" type="warning" showIcon title={t('feeCalculator.needOneChannel')} />}
      </Form>

      {estimate.isError && (
        <Alert
          role="alert"
          type="error"
          showIcon
          title={t('feeCalculator.failed')}
          description={isApiError(estimate.error) ? apiErrorText(estimate.error, locale) : undefined}
        />
      )}
      {estimate.data && <EstimateResults items={cheapestFirst(estimate.data.items)} />}
    </Flex>
  );
}

function EstimateResults({ items }: { items: ProviderFeeEstimate[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return <Alert type="info" showIcon title={t('feeCalculator.empty')} />;
  return (
    <Flex vertical gap={12} data-testid="fee-estimate-results">
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('feeCalculator.results')}
      </Typography.Title>
      {items.map((item, index) => (
        <EstimateCard key={item.providerId} item={item} cheapest={index === 0} rank={index + 1} />
      ))}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('feeCalculator.disclaimer')}
      </Typography.Text>
    </Flex>
  );
}

function EstimateCard({ item, cheapest, rank }: { item: ProviderFeeEstimate; cheapest: boolean; rank: number }) {
  const { t } = useTranslation();
  const text = useProviderText();
  const { estimate } = item;

  const notes = (channel: ChannelFeeEstimate) => {
    if (channel.unsupported) return <Tag color="default">{t('feeCalculator.unsupported')}</Tag>;
    if (channel.capApplied) return <Tag color="green">{t('feeCalculator.capApplied')}</Tag>;
    if (channel.capIgnoredForMissingTicket)
      return (
        <Typography.Text type="warning" data-testid="cap-ignored-hint">
          {t('feeCalculator.capIgnored')}
        </Typography.Text>
      );
    return null;
  };

  return (
    <Card
      size="small"
      data-testid={`estimate-${item.providerId}`}
      title={
        <Flex gap={8} align="center" wrap>
          <Typography.Text type="secondary">{rank}.</Typography.Text>
          <Typography.Text strong data-testid="fee-estimate-provider">
            {text.name({ name: item.providerName, nameEn: item.providerNameEn })}
          </Typography.Text>
          {cheapest && <Tag color="gold">{t('feeCalculator.cheapest')}</Tag>}
        </Flex>
      }
      extra={
        <Flex gap={6} align="baseline">
          <Typography.Text type="secondary">{t('feeCalculator.monthlyTotal')}</Typography.Text>
          <Typography.Text strong style={{ fontSize: 18 }} data-testid="fee-estimate-total">
            {formatFen(estimate.totalFen)}
          </Typography.Text>
        </Flex>
      }
    >
      <Table<ChannelFeeEstimate>
        size="small"
        rowKey="channel"
        pagination={false}
        dataSource={estimate.channels}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('feeCalculator.channel'), dataIndex: 'channel', render: (channel: FeeChannel) => t(`enums.feeChannel.${channel}`) },
          { title: t('feeCalculator.amount'), dataIndex: 'monthlyAmountFen', render: (fen: number) => formatFen(fen) },
          {
            title: t('feeCalculator.rate'),
            key: 'rate',
            render: (_value, channel) =>
              channel.unsupported
                ? t('common.none')
                : text.rate({ channel: channel.channel, rateBps: channel.rateBps, capFen: channel.capFen }),
          },
          { title: t('feeCalculator.fee'), dataIndex: 'feeFen', render: (fen: number, channel) => (channel.unsupported ? t('common.none') : formatFen(fen)) },
          { title: '', key: 'notes', render: (_value, channel) => notes(channel) },
        ]}
      />
      <Flex gap={24} wrap style={{ marginTop: 8 }}>
        <Typography.Text>
          <Typography.Text type="secondary">{t('feeCalculator.monthlyFee')}</Typography.Text> {formatFen(estimate.monthlyFeeFen)}
        </Typography.Text>
        <Typography.Text>
          <Typography.Text type="secondary">{t('feeCalculator.deviceFees')}</Typography.Text> {formatFen(estimate.deviceFeesFen)}
        </Typography.Text>
        <Typography.Text type="secondary">{t('feeCalculator.scheduleVersion', { version: item.feeScheduleVersion })}</Typography.Text>
      </Flex>
    </Card>
  );
}
