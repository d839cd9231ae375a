import { Injectable } from '@nestjs/common';
import { ApplicationStatus } from '@pos/shared';
import { PrismaService } from '../../core/prisma/prisma.service.js';

const S = ApplicationStatus;

/** Approved, or further along the way an approval leads (agreement, signature, installation, live). */
export const APPROVED_STATUSES: ApplicationStatus[] = [S.APPROVED, S.AGREEMENT_SENT, S.SIGNED, S.INSTALL_SCHEDULED, S.INSTALLED, S.LIVE];
/** Every status a reviewer's decision leads to. */
export const DECIDED_STATUSES: ApplicationStatus[] = [...APPROVED_STATUSES, S.REJECTED];

/** Raw review figures of one provider, straight from the aggregate query. */
export interface ApplicationStatsRow {
  providerId: string;
  decidedCount: number;
  approvedCount: number;
  /** Decided applications that carry both timestamps, i.e. the sample behind the median. */
  timedCount: number;
  medianReviewSeconds: number | null;
}

/** Raw ticket figures of one provider, straight from the aggregate query. */
export interface TicketStatsRow {
  providerId: string;
  respondedCount: number;
  medianFirstResponseSeconds: number | null;
  resolvedCount: number;
  medianResolutionSeconds: number | null;
  ratingCount: number;
  averageRating: number | null;
}

/**
 * The marketplace's quality signals, computed from the portal's own applications and tickets. Each method is one
 * GROUP BY over all the providers asked about (a catalog page costs two queries, however many providers it shows).
 * Raw SQL because Prisma has no median: `percentile_cont(0.5)` is PostgreSQL's interpolated median.
 */
@Injectable()
export class ProviderQualityRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Review time is decidedAt − submittedAt in calendar time (seconds here, days in the service): the marketplace
   * shows a rough comparison between providers, so weekends and holidays are not taken out (the business-day
   * calendar is for SLA due dates, where a day matters).
   */
  async applicationStats(providerIds: string[]): Promise<ApplicationStatsRow[]> {
    if (providerIds.length === 0) return [];
    return this.prisma.$queryRaw<ApplicationStatsRow[]>`
      SELECT a."providerId"::text AS "providerId",
             count(*)::int AS "decidedCount",
             count(*) FILTER (WHERE a.status = ANY(${APPROVED_STATUSES}::"ApplicationStatus"[]))::int AS "approvedCount",
             count(a."decidedAt" - a."submittedAt")::int AS "timedCount",
             percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM a."decidedAt" - a."submittedAt")::float8) AS "medianReviewSeconds"
        FROM "Application" a
       WHERE a."providerId" = ANY(${providerIds}::uuid[])
         AND a.status = ANY(${DECIDED_STATUSES}::"ApplicationStatus"[])
       GROUP BY a."providerId"`;
  }

  /** Response and resolution times count from the ticket's creation; paused SLA time is not subtracted (what the merchant waited). */
  async ticketStats(providerIds: string[]): Promise<TicketStatsRow[]> {
    if (providerIds.length === 0) return [];
    return this.prisma.$queryRaw<TicketStatsRow[]>`
      SELECT t."providerId"::text AS "providerId",
             count(t."firstRespondedAt")::int AS "respondedCount",
             percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM t."firstRespondedAt" - t."createdAt")::float8) AS "medianFirstResponseSeconds",
             count(t."resolvedAt")::int AS "resolvedCount",
             percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM t."resolvedAt" - t."createdAt")::float8) AS "medianResolutionSeconds",
             count(t.rating)::int AS "ratingCount",
             avg(t.rating)::float8 AS "averageRating"
        FROM "Ticket" t
       WHERE t."providerId" = ANY(${providerIds}::uuid[])
       GROUP BY t."providerId"`;
  }
}
