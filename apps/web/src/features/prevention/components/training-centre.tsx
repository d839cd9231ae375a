import { DeleteOutlined } from '@ant-design/icons';
import { TRAINING_REFRESHER_MAX_DAYS, TRAINING_REFRESHER_MIN_DAYS, type RefresherState, type TrainingModule, type TrainingRecordView, type TrainingRefresherView } from '@pos/shared';
import { App, Button, Card, Col, Empty, Flex, Form, InputNumber, Popconfirm, Row, Skeleton, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LoadFailedAlert } from '../../../components/load-failed-alert';
import { isApiError } from '../../../lib/api-client';
import { applyFieldErrors } from '../../../lib/form-errors';
import { formatDate, pickLocalized } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { useDeleteTrainingRecord, usePreventionSettings, useSavePreventionSettings, useTrainingModules, useTrainingOverview } from '../api/prevention.api';

const STATE_COLOR: Record<RefresherState, string> = { DUE: 'error', DUE_SOON: 'warning', CURRENT: 'success' };

function RefresherSettings() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const settings = usePreventionSettings();
  const save = useSavePreventionSettings();
  const [form] = Form.useForm<{ trainingRefresherDays: number }>();
  if (!settings.isSuccess) return null;
  return (
    <Form
      form={form}
      name="preventionSettings"
      layout="inline"
      initialValues={settings.data}
      onFinish={(values) =>
        save.mutate(values, {
          onSuccess: () => void message.success(t('prevention.training.saved')),
          onError: (error) => {
            if (isApiError(error)) applyFieldErrors(form, error.fieldErrors, ['trainingRefresherDays']);
          },
        })
      }
    >
      <Form.Item name="trainingRefresherDays" label={t('prevention.training.refresherDays')} rules={[{ required: true, type: 'integer', min: TRAINING_REFRESHER_MIN_DAYS, max: TRAINING_REFRESHER_MAX_DAYS }]}>
        <InputNumber min={TRAINING_REFRESHER_MIN_DAYS} max={TRAINING_REFRESHER_MAX_DAYS} precision={0} suffix={t('prevention.training.days')} data-testid="refresher-days" />
      </Form.Item>
      <Button htmlType="submit" loading={save.isPending} data-testid="save-refresher">
        {t('prevention.training.save')}
      </Button>
    </Form>
  );
}

/** 收银员培训: the modules, who is due for a refresher, every record, and the refresher interval. */
export function TrainingCentre({ modulePath }: { modulePath: (module: TrainingModule) => string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const modules = useTrainingModules();
  const overview = useTrainingOverview();
  const remove = useDeleteTrainingRecord();
  const titleOf = (module: TrainingModule) => {
    const found = modules.data?.items.find((item) => item.module === module);
    return found ? pickLocalized(locale, found.title.zh, found.title.en) : module;
  };

  const refresherColumns: TableColumnsType<TrainingRefresherView> = [
    { title: t('prevention.training.trainee'), dataIndex: 'traineeName' },
    { title: t('prevention.training.module'), dataIndex: 'module', render: titleOf },
    { title: t('prevention.training.lastTrainedOn'), dataIndex: 'lastTrainedOn', render: (date: string) => formatDate(date, locale), responsive: ['sm'] },
    { title: t('prevention.training.refresherDueOn'), dataIndex: 'refresherDueOn', render: (date: string) => formatDate(date, locale) },
    { key: 'state', render: (_value, row) => <Tag color={STATE_COLOR[row.state]}>{t(`prevention.training.state.${row.state}`)}</Tag> },
  ];
  const recordColumns: TableColumnsType<TrainingRecordView> = [
    { title: t('prevention.training.trainedOn'), dataIndex: 'trainedOn', render: (date: string) => formatDate(date, locale) },
    { title: t('prevention.training.trainee'), dataIndex: 'traineeName' },
    { title: t('prevention.training.module'), dataIndex: 'module', render: titleOf },
    { title: t('prevention.training.score'), key: 'score', render: (_value, row) => (row.quizTotal ? t('prevention.training.scoreValue', { score: row.quizScore, total: row.quizTotal }) : '—') },
    { title: t('prevention.training.trainer'), dataIndex: 'trainerName', render: (name: string | null) => name ?? '—', responsive: ['md'] },
    {
      key: 'delete',
      render: (_value, row) => (
        <Popconfirm title={t('prevention.training.deleteConfirm')} onConfirm={() => remove.mutate(row.id)}>
          <Button size="small" icon={<DeleteOutlined />} aria-label={t('prevention.training.delete')} />
        </Popconfirm>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Card title={t('prevention.training.modulesTitle')}>
        {modules.isError ? (
          <LoadFailedAlert title={t('prevention.training.loadFailed')} error={modules.error} onRetry={() => void modules.refetch()} />
        ) : modules.isPending ? (
          <Skeleton active />
        ) : (
          <Row gutter={[16, 16]}>
            {modules.data.items.map((module) => (
              <Col xs={24} md={8} key={module.module}>
                <Card size="small" style={{ height: '100%' }} data-testid={`module-${module.module}`}>
                  <Flex vertical gap={8} style={{ height: '100%' }}>
                    <Typography.Text strong style={{ fontSize: 16 }}>
                      {pickLocalized(locale, module.title.zh, module.title.en)}
                    </Typography.Text>
                    <Typography.Text type="secondary">{pickLocalized(locale, module.summary.zh, module.summary.en)}</Typography.Text>
                    <Typography.Text type="secondary">
                      {t('prevention.training.minutes', { count: module.minutes })} · {t('prevention.training.questions', { count: module.questions.length })}
                    </Typography.Text>
                    <Button type="primary" onClick={() => navigate(modulePath(module.module))} data-testid={`start-${module.module}`} style={{ marginTop: 'auto' }}>
                      {t('prevention.training.start')}
                    </Button>
                  </Flex>
                </Card>
              </Col>
            ))}
          </Row>
        )}
      </Card>
      <Card title={t('prevention.training.refreshersTitle')} extra={<RefresherSettings />}>
        {overview.isError ? (
          <LoadFailedAlert title={t('prevention.training.loadFailed')} error={overview.error} onRetry={() => void overview.refetch()} />
        ) : overview.isSuccess && overview.data.refreshers.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('prevention.training.refreshersEmpty')} />
        ) : (
          <Table<TrainingRefresherView>
            rowKey={(row) => `${row.traineeName}-${row.module}`}
            columns={refresherColumns}
            dataSource={overview.data?.refreshers}
            loading={overview.isPending}
            pagination={{ hideOnSinglePage: true, pageSize: 10 }}
            scroll={{ x: 'max-content' }}
            onRow={(row) => ({ 'data-testid': `refresher-${row.traineeName}-${row.module}` }) as HTMLAttributes<HTMLElement>}
          />
        )}
      </Card>
      {overview.isSuccess && overview.data.records.length > 0 && (
        <Card title={t('prevention.training.recordsTitle')}>
          <Table<TrainingRecordView>
            rowKey="id"
            columns={recordColumns}
            dataSource={overview.data.records}
            pagination={{ hideOnSinglePage: true, pageSize: 20 }}
            scroll={{ x: 'max-content' }}
            onRow={(row) => ({ 'data-testid': `record-${row.id}` }) as HTMLAttributes<HTMLElement>}
          />
        </Card>
      )}
    </Flex>
  );
}
