import { WebhookEndpoints } from '../features/webhooks';

/** /console/webhooks: the provider admin's signed webhook endpoints. */
export function ConsoleWebhooksPage() {
  return <WebhookEndpoints />;
}
