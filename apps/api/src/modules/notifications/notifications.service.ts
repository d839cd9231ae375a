import { Global, Injectable, Module } from '@nestjs/common';
import type { Db } from '../../core/prisma/prisma.service.js';
import type { Prisma } from '../../generated/prisma/client.js';

/**
 * In-app notifications: one row per person to tell. Written with the caller's transaction client, so a
 * notification exists exactly when the change it reports commits.
 */
@Injectable()
export class Notifier {
  async notify(db: Db, userIds: Iterable<string>, type: string, data: Prisma.InputJsonObject): Promise<void> {
    const unique = [...new Set(userIds)];
    if (unique.length === 0) return;
    await db.notification.createMany({ data: unique.map((userId) => ({ userId, type, data })) });
  }
}

@Global()
@Module({ providers: [Notifier], exports: [Notifier] })
export class NotificationsModule {}
