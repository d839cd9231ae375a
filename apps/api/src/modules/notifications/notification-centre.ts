import { Injectable } from '@nestjs/common';
import { type MailboxResponse, type NotificationData, type NotificationListResponse, type NotificationPreferencesResponse, NOTIFICATION_TYPES, type NotificationType } from '@pos/shared';
import type { AuthUser } from '../../core/auth/auth-user.js';
import { DomainError } from '../../core/errors/domain-error.js';
import { decodeCursor, encodeCursor, type KeysetPosition } from '../../core/http/keyset-cursor.js';
import { PrismaService } from '../../core/prisma/prisma.service.js';
import { Mailer } from './mailer.js';

const PAGE_SIZE = 30;

const before = (cursor: KeysetPosition | undefined) => (cursor ? { OR: [{ createdAt: { lt: cursor.at! } }, { createdAt: cursor.at!, id: { lt: cursor.id } }] } : {});

/** The in-app notification centre, each person's preferences, and the platform admin's development mailbox. */
@Injectable()
export class NotificationCentre {
  constructor(
    private readonly prisma: PrismaService,
    private readonly mailer: Mailer,
  ) {}

  async list(user: AuthUser, cursor: string | undefined, unreadOnly: boolean): Promise<NotificationListResponse> {
    const after = decodeCursor(cursor);
    const rows = await this.prisma.notification.findMany({
      where: { userId: user.id, ...(unreadOnly ? { readAt: null } : {}), ...before(after) },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: PAGE_SIZE + 1,
    });
    const page = rows.slice(0, PAGE_SIZE);
    const last = page.at(-1);
    return {
      items: page.map((row) => ({ id: row.id, type: row.type, data: row.data as NotificationData, readAt: row.readAt?.toISOString() ?? null, createdAt: row.createdAt.toISOString() })),
      unreadCount: await this.unreadCount(user),
      nextCursor: rows.length > PAGE_SIZE && last ? encodeCursor(last.createdAt, last.id) : null,
    };
  }

  unreadCount(user: AuthUser): Promise<number> {
    return this.prisma.notification.count({ where: { userId: user.id, readAt: null } });
  }

  /** Another person's notification is "not found", exactly like one that does not exist. */
  async markRead(user: AuthUser, id: string): Promise<void> {
    const { count } = await this.prisma.notification.updateMany({ where: { id, userId: user.id, readAt: null }, data: { readAt: new Date() } });
    if (count === 0 && !(await this.prisma.notification.findFirst({ where: { id, userId: user.id }, select: { id: true } }))) throw DomainError.notFound();
  }

  async markAllRead(user: AuthUser): Promise<void> {
    await this.prisma.notification.updateMany({ where: { userId: user.id, readAt: null }, data: { readAt: new Date() } });
  }

  async preferences(user: AuthUser): Promise<NotificationPreferencesResponse> {
    const rows = await this.prisma.notificationPreference.findMany({ where: { userId: user.id } });
    const byType = new Map(rows.map((row) => [row.type, row]));
    return { items: NOTIFICATION_TYPES.map((type) => ({ type, inApp: byType.get(type)?.inApp ?? true, email: byType.get(type)?.email ?? true })) };
  }

  async savePreferences(user: AuthUser, items: { type: NotificationType; inApp: boolean; email: boolean }[]): Promise<NotificationPreferencesResponse> {
    await this.prisma.$transaction(
      items.map((item) =>
        this.prisma.notificationPreference.upsert({
          where: { userId_type: { userId: user.id, type: item.type } },
          create: { userId: user.id, type: item.type, inApp: item.inApp, email: item.email },
          update: { inApp: item.inApp, email: item.email },
        }),
      ),
    );
    return this.preferences(user);
  }

  async mailbox(cursor: string | undefined): Promise<MailboxResponse> {
    const after = decodeCursor(cursor);
    const rows = await this.prisma.outboxEmail.findMany({ where: before(after), orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: PAGE_SIZE + 1 });
    const page = rows.slice(0, PAGE_SIZE);
    const last = page.at(-1);
    return {
      items: page.map((row) => ({
        id: row.id,
        toAddress: row.toAddress,
        subject: row.subject,
        bodyText: row.bodyText,
        type: row.type,
        locale: row.locale,
        status: row.status,
        attempts: row.attempts,
        lastError: row.lastError,
        sentAt: row.sentAt?.toISOString() ?? null,
        createdAt: row.createdAt.toISOString(),
      })),
      nextCursor: rows.length > PAGE_SIZE && last ? encodeCursor(last.createdAt, last.id) : null,
      smtpConfigured: this.mailer.configured,
    };
  }
}
