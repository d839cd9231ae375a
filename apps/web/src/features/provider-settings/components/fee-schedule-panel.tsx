import { CloudUploadOutlined } from '@ant-design/icons';
import { formatBps, formatFen, type FeeScheduleView } from '@pos/shared';
import { Alert, App, Button, Card, Col, Empty, Flex, Form, Input, Row, Skeleton, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FeeChannelGrid } from '../../../components/fee-channel-grid';
import { FeeScheduleTable } from '../../../components/fee-schedule-table';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { applyResolvedFieldErrors } from '../../../lib/form-errors';
import { formatDateTime } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { useFeeSchedules, usePublishFeeSchedule } from '../api/provider-settings.api';
import { feeSchedulePathOf, feeScheduleFormValues, toCreateFeeScheduleRequest, type FeeScheduleFormValues } from './fee-schedule-model';
import { settingsRules } from './settings-rules';

/** The current fee schedule (read-only), the form that publishes the next version, and every earlier version. */
export function FeeSchedulePanel() {
  const { t } = useTranslation();
  const locale = useLocale();
  const schedules = useFeeSchedules();

  if (schedules.isError) {
    return (
      <Alert
        role="alert"
        type="error"
        showIcon
        title={t('providerSettings.loadFailed')}
        description={isApiError(schedules.error) ? apiErrorText(schedules.error, locale) : undefined}
      />
    );
  }
  if (!schedules.data) return <Skeleton active />;

  const [current] = schedules.data.items;
  return (
    <Flex vertical gap={16}>
      <Card size="small" title={t('providerSettings.fees.current')}>
        {current ? <FeeScheduleTable schedule={current} /> : <Empty description={t('providerSettings.fees.none')} />}
      </Card>
      <Card size="small" title={t('providerSettings.fees.publishTitle')}>
        <PublishFeeScheduleForm key={current?.id ?? 'none'} current={current} />
      </Card>
      <Card size="small" title={t('providerSettings.fees.history')} styles={{ body: { padding: 0 } }}>
        <Table<FeeScheduleView>
          rowKey="id"
          size="small"
          dataSource={schedules.data.items}
          pagination={{ hideOnSinglePage: true, pageSize: 10 }}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('providerSettings.fees.version'), dataIndex: 'version', render: (version: number) => t('providers.detail.version', { version }) },
            { title: t('providerSettings.fees.effectiveFrom'), dataIndex: 'effectiveFrom', render: (at: string) => formatDateTime(at, locale) },
            {
              title: t('providerSettings.fees.rates'),
              key: 'rates',
              render: (_value, schedule) => (
                <Flex vertical>
                  {schedule.rates.map((rate) => (
                    <span key={rate.channel}>
                      {t(`enums.feeChannel.${rate.channel}`)} {formatBps(rate.rateBps)}
                      {rate.capFen !== null && ` · ${t('providers.rates.cap', { cap: formatFen(rate.capFen) })}`}
                    </span>
                  ))}
                </Flex>
              ),
            },
            { title: t('providers.detail.monthlyFee'), dataIndex: 'monthlyFeeFen', render: (fen: number) => formatFen(fen) },
            { title: t('providers.detail.deviceFee'), dataIndex: 'deviceFeeFen', render: (fen: number) => formatFen(fen) },
            { title: t('providerSettings.fees.notes'), dataIndex: 'notes' },
          ]}
        />
      </Card>
    </Flex>
  );
}

function PublishFeeScheduleForm({ current }: { current: FeeScheduleView | undefined }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<FeeScheduleFormValues>();
  const publish = usePublishFeeSchedule();
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const rules = settingsRules(t, locale);

  const onFinish = (values: FeeScheduleFormValues) => {
    const converted = toCreateFeeScheduleRequest(values);
    if (!converted.ok) {
      if (converted.problem === 'capWithoutRate' && converted.channel) {
        form.setFields([{ name: ['rates', converted.channel, 'cap'], errors: [t('providerSettings.fees.capWithoutRate')] }]);
      } else {
        setFormProblem(t('providerSettings.fees.needRate'));
      }
      return;
    }
    setFormProblem(null);
    publish.mutate(converted.body, {
      onSuccess: (created) => void message.success(t('providerSettings.fees.published', { version: created?.version ?? '' })),
      onError: (error) => {
        if (!isApiError(error)) return;
        const { unmatched } = applyResolvedFieldErrors(form, error.fieldErrors, (field) => feeSchedulePathOf(field, converted.channels));
        if (unmatched.length > 0) setFormProblem(unmatched.map((item) => item.message).join(t('common.listSeparator')));
      },
    });
  };

  return (
    <Form<FeeScheduleFormValues>
      form={form}
      name="feeSchedule"
      layout="vertical"
      initialValues={feeScheduleFormValues(current)}
      onFinish={onFinish}
      disabled={publish.isPending}
    >
      <Typography.Paragraph type="secondary">{t('providerSettings.fees.publishHint')}</Typography.Paragraph>
      {publish.isError && !formProblem && (
        <Alert
          role="alert"
          type="error"
          showIcon
          title={t('providerSettings.fees.publishFailed')}
          description={isApiError(publish.error) ? apiErrorText(publish.error, locale) : undefined}
          style={{ marginBottom: 16 }}
        />
      )}
      {formProblem && <Alert role="alert" type="error" showIcon title={formProblem} style={{ marginBottom: 16 }} />}
      <FeeChannelGrid headers={[t('providers.detail.channel'), t('providerSettings.fees.rate'), t('providerSettings.fees.cap')]}>
        {(channel, channelName) => [
          <Form.Item key="rate" name={['rates', channel, 'rate']} rules={[rules.percent]}>
            <Input
              inputMode="decimal"
              suffix="%"
              aria-label={`${channelName} ${t('providerSettings.fees.rate')}`}
              placeholder={t('providerSettings.fees.ratePlaceholder')}
            />
          </Form.Item>,
          <Form.Item key="cap" name={['rates', channel, 'cap']} rules={[rules.yuan]}>
            <Input
              inputMode="decimal"
              prefix="¥"
              aria-label={`${channelName} ${t('providerSettings.fees.cap')}`}
              placeholder={t('providerSettings.fees.capPlaceholder')}
            />
          </Form.Item>,
        ]}
      </FeeChannelGrid>
      <Row gutter={12}>
        <Col xs={12} md={6}>
          <Form.Item name="monthlyFee" label={t('providerSettings.fees.monthlyFee')} rules={[rules.requiredYuan]}>
            <Input inputMode="decimal" prefix="¥" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="deviceFee" label={t('providerSettings.fees.deviceFee')} rules={[rules.requiredYuan]}>
            <Input inputMode="decimal" prefix="¥" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="notes" label={t('providerSettings.fees.notes')}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
          </Form.Item>
        </Col>
      </Row>
      <Button type="primary" htmlType="submit" icon={<CloudUploadOutlined />} loading={publish.isPending} data-testid="fee-schedule-publish">
        {t('providerSettings.fees.publish')}
      </Button>
    </Form>
  );
}
