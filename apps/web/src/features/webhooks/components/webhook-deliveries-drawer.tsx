import { RedoOutlined } from '@ant-design/icons';
import type { WebhookDeliveryView, WebhookEndpointView } from '@pos/shared';
import { App, Button, Descriptions, Drawer, Empty, Flex, Grid, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LoadFailedAlert } from '../../../components/load-failed-alert';
import { PlainList, PlainListItem } from '../../../components/plain-list';
import { isApiError } from '../../../lib/api-client';
import { apiErrorText } from '../../../lib/error-message';
import { formatDateTime } from '../../../lib/format';
import { useLocale } from '../../../lib/i18n';
import { useReplayWebhookDelivery, useWebhookDeliveries } from '../api/webhooks.api';
import { DeliveryStatusTag, WebhookEventLabel } from './webhook-labels';

function payloadText(payload: unknown): string {
  try {
    return JSON.stringify(payload, null, 2) ?? '';
  } catch {
    return String(payload);
  }
}

function DeliveryRow({ endpointId, delivery }: { endpointId: string; delivery: WebhookDeliveryView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const replay = useReplayWebhookDelivery(endpointId);

  const onReplay = () =>
    replay.mutate(delivery.id, {
      onSuccess: () => void message.success(t('webhooks.deliveries.replayed')),
      onError: (error) => void message.error(isApiError(error) ? apiErrorText(error, locale) : t('webhooks.deliveries.replayFailed')),
    });

  return (
    <PlainListItem data-testid="webhook-delivery">
      <Flex justify="space-between" align="center" gap={8} wrap style={{ marginBottom: 8 }}>
        <Flex align="center" gap={8} wrap>
          <Typography.Text strong>
            <WebhookEventLabel event={delivery.event} />
          </Typography.Text>
          <Typography.Text type="secondary" code>
            {delivery.event}
          </Typography.Text>
          <DeliveryStatusTag status={delivery.status} />
        </Flex>
        <Button size="small" icon={<RedoOutlined />} loading={replay.isPending} onClick={onReplay} data-testid="webhook-replay">
          {t('webhooks.deliveries.replay')}
        </Button>
      </Flex>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          { key: 'time', label: t('webhooks.deliveries.time'), children: formatDateTime(delivery.deliveredAt ?? delivery.createdAt, locale) },
          { key: 'attempts', label: t('webhooks.deliveries.attempts'), children: delivery.attempts },
          { key: 'code', label: t('webhooks.deliveries.statusCode'), children: delivery.lastStatusCode ?? t('common.none') },
          ...(delivery.replayOfId ? [{ key: 'replay', label: t('webhooks.deliveries.replayOf'), children: <Typography.Text code>{delivery.replayOfId}</Typography.Text> }] : []),
          ...(delivery.lastError
            ? [{ key: 'error', label: t('webhooks.deliveries.error'), span: 'filled' as const, children: <Typography.Text type="danger" style={{ overflowWrap: 'anywhere' }}>{delivery.lastError}</Typography.Text> }]
            : []),
        ]}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('webhooks.deliveries.payload')}
      </Typography.Text>
      <pre data-testid="webhook-payload" style={{ margin: '4px 0 0', padding: 12, maxHeight: 240, overflow: 'auto', background: 'rgba(0,0,0,0.03)', borderRadius: 8, fontSize: 12 }}>
        {payloadText(delivery.payload)}
      </pre>
    </PlainListItem>
  );
}

/** One endpoint's delivery log, newest first, each with its payload and a Replay button. */
export function WebhookDeliveriesDrawer({ endpoint, onClose }: { endpoint: WebhookEndpointView | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const deliveries = useWebhookDeliveries(endpoint?.id);
  const items = deliveries.data?.items ?? [];

  return (
    <Drawer
      open={Boolean(endpoint)}
      onClose={onClose}
      size={screens.md === false ? '100%' : 640}
      title={endpoint ? t('webhooks.deliveries.title', { url: endpoint.url }) : undefined}
      destroyOnHidden
      data-testid="webhook-deliveries-drawer"
    >
      {endpoint &&
        (deliveries.isPending ? (
          <Skeleton active />
        ) : deliveries.isError ? (
          <LoadFailedAlert title={t('webhooks.deliveries.loadFailed')} error={deliveries.error} onRetry={() => void deliveries.refetch()} />
        ) : items.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('webhooks.deliveries.empty')} />
        ) : (
          <PlainList>
            {items.map((delivery) => (
              <DeliveryRow key={delivery.id} endpointId={endpoint.id} delivery={delivery} />
            ))}
          </PlainList>
        ))}
    </Drawer>
  );
}
