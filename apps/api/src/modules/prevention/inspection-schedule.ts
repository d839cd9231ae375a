import { Injectable, Module } from '@nestjs/common';
import { beijingDate, inspectionIntervalOf } from '@pos/shared';
import { type Db, PrismaService } from '../../core/prisma/prisma.service.js';
import { Prisma } from '../../generated/prisma/client.js';

/** The interval of terminal `t`, as a SQL fragment: the model's, else the provider's. */
const INTERVAL_OF_T = Prisma.sql`COALESCE(
  (SELECT m."inspectionIntervalDays" FROM "TerminalModel" m WHERE m."providerId" = t."providerId" AND m.name = t.model),
  (SELECT p."inspectionIntervalDays" FROM "Provider" p WHERE p.id = t."providerId"))`;

/**
 * When each live terminal is next due for inspection. Its own module with no dependencies beyond the database, so
 * installations (go-live) and provider settings (interval changes) can keep due dates right without importing the
 * prevention module and its ticket dependencies.
 *
 * A terminal's interval is its model's `inspectionIntervalDays`, else the provider's. Terminals store the model's
 * name (models are per provider, unique by name), so the SQL below looks the model up by (providerId, name).
 * Due dates are Beijing calendar dates.
 */
@Injectable()
export class InspectionSchedule {
  constructor(private readonly prisma: PrismaService) {}

  /** The interval in days that applies to one terminal. */
  async intervalFor(providerId: string, modelName: string, db: Db = this.prisma): Promise<number> {
    const [model, provider] = await Promise.all([
      db.terminalModel.findUnique({ where: { providerId_name: { providerId, name: modelName } }, select: { inspectionIntervalDays: true } }),
      db.provider.findUniqueOrThrow({ where: { id: providerId }, select: { inspectionIntervalDays: true } }),
    ]);
    return inspectionIntervalOf(model?.inspectionIntervalDays, provider.inspectionIntervalDays);
  }

  /** At go-live: every terminal of the appointment falls due one interval (its model's) after the go-live date. */
  async startForAppointment(appointmentId: string, liveAt: Date, db: Db): Promise<void> {
    await db.$executeRaw`
      UPDATE "Terminal" t
         SET "nextInspectionDue" = ${beijingDate(liveAt)}::date + ${INTERVAL_OF_T}
       WHERE t."appointmentId" = ${appointmentId}::uuid AND t.status = 'LIVE'`;
  }

  /**
   * After a provider changes an interval: each live terminal falls due one (new) interval after its last completed
   * inspection, or after go-live when it has none. Returns how many due dates moved.
   */
  rescheduleProvider(providerId: string, db: Db): Promise<number> {
    return db.$executeRaw`
      UPDATE "Terminal" t
         SET "nextInspectionDue" = s.due
        FROM (
          SELECT t2.id,
                 ((COALESCE((SELECT max(i."completedAt") FROM "Inspection" i WHERE i."terminalId" = t2.id AND i.status = 'COMPLETED'), t2."liveAt", t2."installedAt")
                   + interval '8 hours')::date
                  + COALESCE((SELECT m."inspectionIntervalDays" FROM "TerminalModel" m WHERE m."providerId" = t2."providerId" AND m.name = t2.model),
                             (SELECT p."inspectionIntervalDays" FROM "Provider" p WHERE p.id = t2."providerId"))) AS due
            FROM "Terminal" t2
           WHERE t2."providerId" = ${providerId}::uuid AND t2.status = 'LIVE'
        ) s
       WHERE t.id = s.id AND t."nextInspectionDue" IS DISTINCT FROM s.due`;
  }
}

@Module({ providers: [InspectionSchedule], exports: [InspectionSchedule] })
export class InspectionScheduleModule {}
