import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@pos/shared';
import { DomainError } from '../../core/errors/domain-error.js';
import type { Db } from '../../core/prisma/prisma.service.js';

/**
 * One technician, one place at a time, across installation jobs and on-site repair visits. Each table also has
 * an exclusion constraint of its own; a constraint cannot span two tables, so bookings of one technician are
 * serialised by a transaction-scoped advisory lock and checked against both tables inside it.
 */
@Injectable()
export class TechnicianSchedule {
  async reserve(tx: Db, technicianId: string, start: Date, end: Date, except: { appointmentId?: string; visitId?: string } = {}): Promise<void> {
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${technicianId}))::text`;
    const rows = await tx.$queryRaw<{ busy: boolean }[]>`
      SELECT EXISTS (
        SELECT 1 FROM "InstallationAppointment"
        WHERE "technicianId" = ${technicianId}::uuid AND "status" IN ('CONFIRMED', 'ON_SITE')
          AND id IS DISTINCT FROM ${except.appointmentId ?? null}::uuid
          AND tsrange("confirmedStart", "confirmedEnd", '[)') && tsrange(${start}::timestamp, ${end}::timestamp, '[)')
      ) OR EXISTS (
        SELECT 1 FROM "SiteVisit"
        WHERE "technicianId" = ${technicianId}::uuid AND "status" = 'SCHEDULED'
          AND id IS DISTINCT FROM ${except.visitId ?? null}::uuid
          AND tsrange("scheduledStart", "scheduledEnd", '[)') && tsrange(${start}::timestamp, ${end}::timestamp, '[)')
      ) AS busy`;
    if (rows[0]?.busy) throw new DomainError(ErrorCode.TECHNICIAN_DOUBLE_BOOKED);
  }
}
