import type { AdminWebhookListResponse } from '@pos/shared';
import { App, Card, Empty, Flex, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailedAlert } from '../../../components/load-failed-alert';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { formatDateTime } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAdminWebhooks, useSetWebhookPrivateNetwork } from '../api/webhooks.api';
import { WebhookEventLabel } from './webhook-labels';

type AdminWebhook = AdminWebhookListResponse['items'][number];

/** Webhook 例外 (PLATFORM_ADMIN): every provider's endpoints, and the private-network exception, granted with a warning. */
export function WebhookExceptions() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { modal, message } = App.useApp();
  const webhooks = useAdminWebhooks();
  const setPrivate = useSetWebhookPrivateNetwork();
  useDocumentTitle(t('webhooks.exceptions.title'));

  const confirmChange = (row: AdminWebhook, allow: boolean) => {
    void modal.confirm({
      title: allow ? t('webhooks.exceptions.enableTitle') : t('webhooks.exceptions.disableTitle'),
      content: allow ? t('webhooks.exceptions.enableText', { url: row.url }) : t('webhooks.exceptions.disableText'),
      okText: allow ? t('webhooks.exceptions.enableOk') : t('webhooks.exceptions.disableOk'),
      okButtonProps: { danger: allow, 'data-testid': 'webhook-private-confirm' },
      onOk: () =>
        setPrivate.mutateAsync({ id: row.id, allow }).then(
          () => void message.success(t('webhooks.exceptions.saved')),
          (error: unknown) => void message.error(isApiError(error) ? apiErrorText(error, locale) : t('webhooks.exceptions.saveFailed')),
        ),
    });
  };

  const columns: TableColumnsType<AdminWebhook> = [
    { title: t('webhooks.exceptions.provider'), key: 'provider', render: (_value, row) => row.provider.name },
    {
      title: t('webhooks.endpoints.url'),
      dataIndex: 'url',
      render: (url: string) => (
        <Typography.Text code style={{ overflowWrap: 'anywhere' }}>
          {url}
        </Typography.Text>
      ),
    },
    {
      title: t('webhooks.endpoints.events'),
      dataIndex: 'events',
      responsive: ['lg'],
      render: (events: AdminWebhook['events']) => (
        <Flex gap={4} wrap>
          {events.map((event) => (
            <Tag key={event}>
              <WebhookEventLabel event={event} />
            </Tag>
          ))}
        </Flex>
      ),
    },
    { title: t('webhooks.endpoints.createdAt'), dataIndex: 'createdAt', responsive: ['md'], render: (at: string) => formatDateTime(at, locale) },
    {
      title: t('webhooks.exceptions.allow'),
      dataIndex: 'allowPrivateNetwork',
      render: (allow: boolean, row) => (
        <Switch
          checked={allow}
          loading={setPrivate.isPending && setPrivate.variables?.id === row.id}
          onChange={(checked) => confirmChange(row, checked)}
          aria-label={`${t('webhooks.exceptions.allow')} · ${row.url}`}
          data-testid="webhook-private-switch"
        />
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
          {t('webhooks.exceptions.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('webhooks.exceptions.subtitle')}</Typography.Text>
      </div>
      {webhooks.isError ? (
        <LoadFailedAlert title={t('webhooks.exceptions.loadFailed')} error={webhooks.error} onRetry={() => void webhooks.refetch()} />
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <Table<AdminWebhook>
            rowKey="id"
            columns={columns}
            dataSource={webhooks.data?.items ?? []}
            loading={webhooks.isPending}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('webhooks.exceptions.empty')} /> }}
            onRow={(row) => ({ 'data-testid': 'admin-webhook-row', 'data-webhook-id': row.id }) as HTMLAttributes<HTMLElement>}
          />
        </Card>
      )}
    </Flex>
  );
}
