import { WebhookExceptions } from '../features/webhooks';

/** /admin/webhooks: every provider's webhook endpoints and their private-network exception. */
export function AdminWebhooksPage() {
  return <WebhookExceptions />;
}
