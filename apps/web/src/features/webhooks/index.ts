/** Signed webhooks: the provider admin's endpoints and deliveries, and the platform admin's private-network exceptions. */
export { adminWebhooksQueryOptions, useAdminWebhooks, useWebhooks, webhooksQueryOptions } from './api/webhooks.api';
export { WebhookEndpoints } from './components/webhook-endpoints';
export { WebhookExceptions } from './components/webhook-exceptions';
