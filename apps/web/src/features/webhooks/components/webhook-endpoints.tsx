import { DeleteOutlined, HistoryOutlined } from '@ant-design/icons';
import type { CreatedWebhookResponse, WebhookEndpointView } from '@pos/shared';
import { App, Button, Card, Empty, Flex, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailedAlert } from '../../../components/load-failed-alert';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { formatDateTime } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useDeleteWebhook, useWebhooks } from '../api/webhooks.api';
import { CreateWebhookForm } from './create-webhook-form';
import { SignatureHelp } from './signature-help';
import { WebhookDeliveriesDrawer } from './webhook-deliveries-drawer';
import { DeliveryStatusTag, WebhookEventLabel } from './webhook-labels';
import { WebhookSecretModal } from './webhook-secret-modal';

/** Webhooks (PROVIDER_ADMIN): the provider's endpoints, adding one (secret shown once), deliveries and replay. */
export function WebhookEndpoints() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { modal, message } = App.useApp();
  const webhooks = useWebhooks();
  const remove = useDeleteWebhook();
  const [created, setCreated] = useState<CreatedWebhookResponse | null>(null);
  const [deliveriesOf, setDeliveriesOf] = useState<string | null>(null);
  useDocumentTitle(t('webhooks.endpoints.title'));

  const items = webhooks.data?.items ?? [];

  const confirmDelete = (endpoint: WebhookEndpointView) => {
    void modal.confirm({
      title: t('webhooks.endpoints.deleteTitle'),
      content: t('webhooks.endpoints.deleteText', { url: endpoint.url }),
      okText: t('webhooks.endpoints.deleteOk'),
      okButtonProps: { danger: true, 'data-testid': 'webhook-delete-confirm' },
      onOk: () =>
        remove.mutateAsync(endpoint.id).then(
          () => void message.success(t('webhooks.endpoints.deleted')),
          (error: unknown) => void message.error(isApiError(error) ? apiErrorText(error, locale) : t('webhooks.endpoints.deleteFailed')),
        ),
    });
  };

  const columns: TableColumnsType<WebhookEndpointView> = [
    {
      title: t('webhooks.endpoints.url'),
      dataIndex: 'url',
      render: (url: string, row) => (
        <Flex vertical gap={4}>
          <Typography.Text code data-testid="webhook-row-url" style={{ overflowWrap: 'anywhere' }}>
            {url}
          </Typography.Text>
          {row.allowPrivateNetwork && (
            <span>
              <Tag color="warning">{t('webhooks.endpoints.privateNetwork')}</Tag>
            </span>
          )}
        </Flex>
      ),
    },
    {
      title: t('webhooks.endpoints.events'),
      dataIndex: 'events',
      render: (events: WebhookEndpointView['events']) => (
        <Flex gap={4} wrap>
          {events.map((event) => (
            <Tag key={event}>
              <WebhookEventLabel event={event} />
            </Tag>
          ))}
        </Flex>
      ),
    },
    {
      title: t('webhooks.endpoints.lastDelivery'),
      dataIndex: 'lastDelivery',
      render: (last: WebhookEndpointView['lastDelivery']) =>
        last ? (
          <Flex vertical gap={2}>
            <Space size={4}>
              <DeliveryStatusTag status={last.status} testId="webhook-last-status" />
              {last.statusCode !== null && <Typography.Text type="secondary">HTTP {last.statusCode}</Typography.Text>}
            </Space>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(last.at, locale)}
            </Typography.Text>
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('webhooks.endpoints.never')}</Typography.Text>
        ),
    },
    {
      title: t('webhooks.endpoints.actions'),
      key: 'actions',
      render: (_value, row) => (
        <Space size={4} wrap>
          <Button size="small" icon={<HistoryOutlined />} onClick={() => setDeliveriesOf(row.id)} data-testid="webhook-deliveries">
            {t('webhooks.endpoints.deliveries')}
          </Button>
          <Button size="small" danger icon={<DeleteOutlined />} onClick={() => confirmDelete(row)} data-testid="webhook-delete">
            {t('webhooks.endpoints.delete')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
          {t('webhooks.endpoints.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('webhooks.endpoints.subtitle')}</Typography.Text>
      </div>
      {webhooks.isError ? (
        <LoadFailedAlert title={t('webhooks.endpoints.loadFailed')} error={webhooks.error} onRetry={() => void webhooks.refetch()} />
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <Table<WebhookEndpointView>
            rowKey="id"
            columns={columns}
            dataSource={items}
            loading={webhooks.isPending}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('webhooks.endpoints.empty')} /> }}
            onRow={(row) => ({ 'data-testid': 'webhook-row', 'data-webhook-id': row.id }) as HTMLAttributes<HTMLElement>}
          />
        </Card>
      )}
      <CreateWebhookForm onCreated={setCreated} />
      <SignatureHelp />
      {/* Unmounted rather than hidden on close, so the secret leaves the page at once and for good. */}
      {created && <WebhookSecretModal secret={created.secret} url={created.url} onClose={() => setCreated(null)} />}
      <WebhookDeliveriesDrawer endpoint={items.find((item) => item.id === deliveriesOf)} onClose={() => setDeliveriesOf(null)} />
    </Flex>
  );
}
