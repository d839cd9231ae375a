import { Injectable } from '@nestjs/common';
import { type Locale, type NotificationData, renderNotification, type Role } from '@pos/shared';
import { JobQueue } from '../../core/jobs/job-queue.js';
import type { Db } from '../../core/prisma/prisma.service.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { EMAIL_JOB, emailBody, Mailer } from './mailer.js';
import { WEBHOOK_JOB } from './webhook-delivery.js';

/**
 * Tells people about events. Everything is written with the caller's transaction client, so a notification, its
 * email in the outbox and its jobs exist exactly when the change they report commits: roll the change back and
 * no email goes out.
 */
@Injectable()
export class Notifier {
  constructor(
    private readonly jobs: JobQueue,
    private readonly mailer: Mailer,
  ) {}

  /** In-app notifications and emails for each person, as their preferences for this type allow. */
  async notify(db: Db, userIds: Iterable<string>, type: string, data: Prisma.InputJsonObject): Promise<void> {
    const unique = [...new Set(userIds)];
    if (unique.length === 0) return;
    const people = await db.user.findMany({
      where: { id: { in: unique }, disabledAt: null },
      select: { id: true, email: true, locale: true, notificationPreferences: { where: { type }, select: { inApp: true, email: true } } },
    });
    const inApp = people.filter((person) => person.notificationPreferences[0]?.inApp !== false);
    if (inApp.length > 0) await db.notification.createMany({ data: inApp.map((person) => ({ userId: person.id, type, data })) });

    const byEmail = people.filter((person) => person.email && person.notificationPreferences[0]?.email !== false);
    for (const person of byEmail) {
      const locale = (person.locale === 'en' ? 'en' : 'zh-CN') as Locale;
      const { title, body } = renderNotification(type, data as NotificationData, locale);
      const email = await db.outboxEmail.create({ data: { toAddress: person.email!, subject: title, bodyText: emailBody(body, locale), type, locale } });
      // Without an SMTP server the email stays in the outbox, where the development mailbox shows it.
      if (this.mailer.configured) await this.jobs.send(EMAIL_JOB, { outboxId: email.id }, { db });
    }
  }

  /**
   * One email to an address, outside the in-app centre and preferences: for messages to someone who cannot sign in
   * yet (an invitation carries its one-time link, which must not sit in an in-app notification).
   */
  async email(db: Db, message: { to: string; subject: string; body: string; type: string; locale: Locale }): Promise<void> {
    const email = await db.outboxEmail.create({ data: { toAddress: message.to, subject: message.subject, bodyText: message.body, type: message.type, locale: message.locale } });
    if (this.mailer.configured) await this.jobs.send(EMAIL_JOB, { outboxId: email.id }, { db });
  }

  /** Notifies the provider's active staff in the given roles (all of them, less `except`). */
  async notifyProvider(db: Db, providerId: string, roles: Role[], type: string, data: Prisma.InputJsonObject, except: (string | null)[] = []): Promise<void> {
    const staff = await db.user.findMany({ where: { providerId, role: { in: roles }, disabledAt: null }, select: { id: true } });
    await this.notify(db, staff.map((u) => u.id).filter((id) => !except.includes(id)), type, data);
  }

  /** A webhook delivery to each of the provider's active endpoints subscribed to the event. */
  async publish(db: Db, providerId: string, event: string, payload: Prisma.InputJsonObject): Promise<void> {
    const endpoints = await db.webhookEndpoint.findMany({ where: { providerId, active: true, events: { has: event } }, select: { id: true } });
    for (const endpoint of endpoints) {
      const delivery = await db.webhookDelivery.create({ data: { endpointId: endpoint.id, event, payload } });
      await this.jobs.send(WEBHOOK_JOB, { deliveryId: delivery.id }, { db });
    }
  }
}
