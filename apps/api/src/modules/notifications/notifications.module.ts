import { Global, Module } from '@nestjs/common';
import { Mailer } from './mailer.js';
import { NotificationCentre } from './notification-centre.js';
import { AdminNotificationsController, ConsoleWebhooksController, NotificationsController } from './notifications.controller.js';
import { Notifier } from './notifications.service.js';
import { WebhookDeliverer } from './webhook-delivery.js';
import { WebhooksService } from './webhooks.service.js';

/** Notifications for every domain: in-app centre, email outbox, signed webhooks. Global, as every domain tells someone. */
@Global()
@Module({
  controllers: [NotificationsController, ConsoleWebhooksController, AdminNotificationsController],
  providers: [Notifier, Mailer, NotificationCentre, WebhookDeliverer, WebhooksService],
  exports: [Notifier],
})
export class NotificationsModule {}
