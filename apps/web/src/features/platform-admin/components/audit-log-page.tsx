import type { AuditEventView } from '@pos/shared';
import { Button, Card, DatePicker, Flex, Form, Input, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailedAlert } from '../../../components/load-failed-alert';
import { formatDateTime } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { type AuditFilters, useAuditEvents } from '../api/admin.api';

interface FilterValues {
  actor?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  dates?: [Dayjs | null, Dayjs | null] | null;
}

/** PLATFORM_ADMIN: the read-only audit log, searched by actor, object, action and date; newest first. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [form] = Form.useForm<FilterValues>();
  const [filters, setFilters] = useState<AuditFilters>({});
  const events = useAuditEvents(filters);
  useDocumentTitle(t('platformAdmin.audit.title'));

  const apply = (values: FilterValues) =>
    setFilters({
      actor: values.actor?.trim() || undefined,
      entityType: values.entityType?.trim() || undefined,
      entityId: values.entityId?.trim() || undefined,
      action: values.action?.trim() || undefined,
      from: values.dates?.[0]?.format('YYYY-MM-DD'),
      to: values.dates?.[1]?.format('YYYY-MM-DD'),
    });

  const columns: TableColumnsType<AuditEventView> = [
    { title: t('platformAdmin.audit.columns.at'), dataIndex: 'createdAt', render: (at: string) => formatDateTime(at, locale) },
    {
      title: t('platformAdmin.audit.columns.actor'),
      dataIndex: 'actor',
      render: (actor: AuditEventView['actor']) =>
        actor ? (
          <Flex vertical>
            <Typography.Text>{actor.displayName}</Typography.Text>
            <Typography.Text type="secondary">{actor.loginName ?? actor.id}</Typography.Text>
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('platformAdmin.audit.system')}</Typography.Text>
        ),
    },
    { title: t('platformAdmin.audit.columns.action'), dataIndex: 'action', render: (action: string) => <Typography.Text code>{action}</Typography.Text> },
    {
      title: t('platformAdmin.audit.columns.entity'),
      key: 'entity',
      render: (_, event) => (
        <Flex vertical>
          <Typography.Text>{event.entityType}</Typography.Text>
          <Typography.Text type="secondary" copyable={{ text: event.entityId }}>
            {event.entityId.slice(0, 8)}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('platformAdmin.audit.columns.change'), key: 'change', render: (_, event) => (event.fromStatus || event.toStatus ? `${event.fromStatus ?? '—'} → ${event.toStatus ?? '—'}` : '—') },
    { title: t('platformAdmin.audit.columns.reason'), dataIndex: 'reason', render: (reason: string | null) => reason ?? '—', responsive: ['lg'] },
  ];

  const rows = events.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
          {t('platformAdmin.audit.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('platformAdmin.audit.subtitle')}</Typography.Text>
      </div>
      <Card>
        <Form<FilterValues> form={form} layout="vertical" onFinish={apply}>
          <Flex gap={12} wrap>
            <Form.Item name="actor" label={t('platformAdmin.audit.filters.actor')} style={{ minWidth: 260 }}>
              <Input allowClear data-testid="audit-actor" />
            </Form.Item>
            <Form.Item name="entityType" label={t('platformAdmin.audit.filters.entityType')}>
              <Input allowClear placeholder="Provider" />
            </Form.Item>
            <Form.Item name="entityId" label={t('platformAdmin.audit.filters.entityId')} style={{ minWidth: 300 }}>
              <Input allowClear />
            </Form.Item>
            <Form.Item name="action" label={t('platformAdmin.audit.filters.action')}>
              <Input allowClear placeholder="PROVIDER_SUSPENDED" data-testid="audit-action" />
            </Form.Item>
            <Form.Item name="dates" label={t('platformAdmin.audit.filters.dates')}>
              <DatePicker.RangePicker allowEmpty={[true, true]} />
            </Form.Item>
          </Flex>
          <Space>
            <Button type="primary" htmlType="submit" data-testid="audit-search">
              {t('platformAdmin.audit.filters.search')}
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                setFilters({});
              }}
            >
              {t('platformAdmin.audit.filters.reset')}
            </Button>
          </Space>
        </Form>
      </Card>
      {events.isError ? (
        <LoadFailedAlert title={t('platformAdmin.audit.loadFailed')} error={events.error} onRetry={() => void events.refetch()} />
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <Table<AuditEventView> rowKey="id" columns={columns} dataSource={rows} loading={events.isPending} locale={{ emptyText: t('platformAdmin.audit.empty') }} pagination={false} scroll={{ x: 'max-content' }} />
        </Card>
      )}
      {events.hasNextPage ? (
        <Button onClick={() => void events.fetchNextPage()} loading={events.isFetchingNextPage} data-testid="audit-load-more">
          {t('platformAdmin.audit.loadMore')}
        </Button>
      ) : (
        rows.length > 0 && <Typography.Text type="secondary">{t('platformAdmin.audit.end')}</Typography.Text>
      )}
    </Flex>
  );
}
