import { WEBHOOK_EVENTS, type WebhookEvent } from '@pos/shared';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

export type DeliveryStatus = 'PENDING' | 'SENT' | 'FAILED';

const STATUS_COLOR: Record<DeliveryStatus, string> = { PENDING: 'processing', SENT: 'success', FAILED: 'error' };

export function isWebhookEvent(value: string): value is WebhookEvent {
  return (WEBHOOK_EVENTS as readonly string[]).includes(value);
}

export function DeliveryStatusTag({ status, testId = 'delivery-status' }: { status: DeliveryStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOR[status]} data-testid={testId}>
      {t(`webhooks.status.${status}`)}
    </Tag>
  );
}

/** An event's name in the reader's language; an event this version does not know shows its code. */
export function WebhookEventLabel({ event }: { event: string }) {
  const { t } = useTranslation();
  return <>{isWebhookEvent(event) ? t(`webhooks.events.${event}`) : event}</>;
}
