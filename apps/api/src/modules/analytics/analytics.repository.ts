import { Injectable } from '@nestjs/common';
import { ApplicationStatus, type DocumentType, type FaultCategory } from '@pos/shared';
import { PrismaService } from '../../core/prisma/prisma.service.js';
import { Prisma } from '../../generated/prisma/client.js';

const S = ApplicationStatus;

/** Approved, or further along the way an approval leads (agreement, signature, installation, live). */
export const APPROVED_STATUSES: ApplicationStatus[] = [S.APPROVED, S.AGREEMENT_SENT, S.SIGNED, S.INSTALL_SCHEDULED, S.INSTALLED, S.LIVE];
/** Every status a reviewer's decision leads to. */
export const DECIDED_STATUSES: ApplicationStatus[] = [...APPROVED_STATUSES, S.REJECTED];
const SIGNED_STATUSES: ApplicationStatus[] = [S.SIGNED, S.INSTALL_SCHEDULED, S.INSTALLED, S.LIVE];
const INSTALLED_STATUSES: ApplicationStatus[] = [S.INSTALLED, S.LIVE];

/** A half-open range of instants [from, to); null bounds mean "all time". */
export interface TimeRange {
  from: Date | null;
  to: Date | null;
}

const ALL_TIME: TimeRange = { from: null, to: null };

/** `column` within the range, as SQL. */
function within(column: Prisma.Sql, range: TimeRange): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`${column} IS NOT NULL`];
  if (range.from) parts.push(Prisma.sql`${column} >= ${range.from}`);
  if (range.to) parts.push(Prisma.sql`${column} < ${range.to}`);
  return Prisma.join(parts, ' AND ');
}

/** Beijing calendar date of a timestamp(3) column that holds UTC. */
const beijingDate = (column: Prisma.Sql) => Prisma.sql`(${column} + interval '8 hours')::date`;

/**
 * Business days after the submission day up to and including the decision day: days in (submitted, decided] that
 * are workdays by the business calendar (the CalendarDay table, else Monday to Friday). Same-day is 0. Computed as
 * the difference of a running count of workdays over the days the decided applications span (a few hundred rows,
 * built once per statement), not with a calendar walk per application: 37 000 decisions take 75 ms instead of
 * 160 ms in bench/analytics.bench.mjs.
 */
const BUSINESS_DAY_CALENDAR = Prisma.sql`
  SELECT g.day::date AS day,
         count(*) FILTER (WHERE COALESCE(c."isWorkday", extract(isodow FROM g.day) < 6)) OVER (ORDER BY g.day) AS workdays
    FROM generate_series((SELECT min("submittedDay") FROM a), (SELECT max("decidedDay") FROM a), interval '1 day') AS g(day)
    LEFT JOIN "CalendarDay" c ON c.date = g.day::date`;

export interface ReviewStatsRow {
  providerId: string;
  decided: number;
  approved: number;
  timed: number;
  medianReviewSeconds: number | null;
  medianBusinessDays: number | null;
  p90BusinessDays: number | null;
  withinSla: number;
  withChangeRequests: number;
}

export interface TicketStatsRow {
  providerId: string;
  opened: number;
  responded: number;
  medianFirstResponseSeconds: number | null;
  firstResponseWithinSla: number;
  resolved: number;
  medianResolutionSeconds: number | null;
  resolutionWithinSla: number;
  rated: number;
  averageRating: number | null;
}

/**
 * Every figure of the provider dashboard and of the marketplace's quality signals, as SQL aggregates over indexed
 * columns (one GROUP BY each; nothing is loaded row by row into the API). Raw SQL because Prisma has neither
 * medians (`percentile_cont`) nor FILTER clauses.
 */
@Injectable()
export class AnalyticsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Applications decided in the range (all time by default), per provider. */
  reviewStats(providerIds: string[], range: TimeRange = ALL_TIME): Promise<ReviewStatsRow[]> {
    if (providerIds.length === 0) return Promise.resolve([]);
    return this.prisma.$queryRaw<ReviewStatsRow[]>`
      WITH a AS MATERIALIZED (
        SELECT a.id, a."providerId", a.status, a."submittedAt", a."decidedAt", a."reviewDueAt",
               ${beijingDate(Prisma.sql`a."submittedAt"`)} AS "submittedDay", ${beijingDate(Prisma.sql`a."decidedAt"`)} AS "decidedDay"
          FROM "Application" a
         WHERE a."providerId" = ANY(${providerIds}::uuid[])
           AND a.status = ANY(${DECIDED_STATUSES}::"ApplicationStatus"[])
           AND ${within(Prisma.sql`a."decidedAt"`, range)}
      ), calendar AS (${BUSINESS_DAY_CALENDAR}
      ), b AS (
        SELECT a.*, CASE WHEN a."submittedAt" IS NOT NULL THEN greatest(d.workdays - s.workdays, 0) END AS "businessDays"
          FROM a LEFT JOIN calendar s ON s.day = a."submittedDay" LEFT JOIN calendar d ON d.day = a."decidedDay"
      )
      SELECT b."providerId"::text AS "providerId",
             count(*)::int AS decided,
             count(*) FILTER (WHERE b.status = ANY(${APPROVED_STATUSES}::"ApplicationStatus"[]))::int AS approved,
             count(b."submittedAt")::int AS timed,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM b."decidedAt" - b."submittedAt")::float8) AS "medianReviewSeconds",
             percentile_cont(0.5) WITHIN GROUP (ORDER BY b."businessDays") FILTER (WHERE b."submittedAt" IS NOT NULL) AS "medianBusinessDays",
             percentile_cont(0.9) WITHIN GROUP (ORDER BY b."businessDays") FILTER (WHERE b."submittedAt" IS NOT NULL) AS "p90BusinessDays",
             count(*) FILTER (WHERE b."reviewDueAt" IS NOT NULL AND b."decidedAt" <= b."reviewDueAt")::int AS "withinSla",
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "ChangeRequest" cr WHERE cr."applicationId" = b.id))::int AS "withChangeRequests"
        FROM b
       GROUP BY b."providerId"`;
  }

  /**
   * Tickets opened in the range (all time by default), per provider. Times count from opening to the first reply
   * and to resolution, as the merchant waited; "within SLA" compares with the deadlines, which do leave out pauses.
   */
  ticketStats(providerIds: string[], range: TimeRange = ALL_TIME): Promise<TicketStatsRow[]> {
    if (providerIds.length === 0) return Promise.resolve([]);
    return this.prisma.$queryRaw<TicketStatsRow[]>`
      SELECT t."providerId"::text AS "providerId",
             count(*) FILTER (WHERE t."mergedIntoId" IS NULL)::int AS opened,
             count(t."firstRespondedAt")::int AS responded,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM t."firstRespondedAt" - t."createdAt")::float8) AS "medianFirstResponseSeconds",
             count(*) FILTER (WHERE t."firstRespondedAt" <= t."firstResponseDueAt")::int AS "firstResponseWithinSla",
             count(t."resolvedAt")::int AS resolved,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM t."resolvedAt" - t."createdAt")::float8) AS "medianResolutionSeconds",
             count(*) FILTER (WHERE t."resolvedAt" IS NOT NULL AND t."resolutionBreachedAt" IS NULL)::int AS "resolutionWithinSla",
             count(t.rating)::int AS rated,
             avg(t.rating)::float8 AS "averageRating"
        FROM "Ticket" t
       WHERE t."providerId" = ANY(${providerIds}::uuid[])
         AND ${within(Prisma.sql`t."createdAt"`, range)}
       GROUP BY t."providerId"`;
  }

  /** Applications by the Monday (Beijing) of their first submission, and the furthest stage each has reached. */
  funnel(providerId: string, range: TimeRange) {
    return this.prisma.$queryRaw<{ weekStart: Date; submitted: number; approved: number; signed: number; installed: number; live: number }[]>`
      SELECT date_trunc('week', a."submittedAt" + interval '8 hours')::date AS "weekStart",
             count(*)::int AS submitted,
             count(*) FILTER (WHERE a.status = ANY(${APPROVED_STATUSES}::"ApplicationStatus"[]))::int AS approved,
             count(*) FILTER (WHERE a.status = ANY(${SIGNED_STATUSES}::"ApplicationStatus"[]))::int AS signed,
             count(*) FILTER (WHERE a.status = ANY(${INSTALLED_STATUSES}::"ApplicationStatus"[]))::int AS installed,
             count(*) FILTER (WHERE a.status = 'LIVE')::int AS live
        FROM "Application" a
       WHERE a."providerId" = ${providerId}::uuid
         AND ${within(Prisma.sql`a."submittedAt"`, range)}
       GROUP BY 1
       ORDER BY 1`;
  }

  rejectedDocuments(providerId: string, range: TimeRange) {
    return this.prisma.$queryRaw<{ documentType: DocumentType; count: number }[]>`
      SELECT d."documentType"::text AS "documentType", count(*)::int AS count
        FROM "ApplicationDocument" d
        JOIN "Application" a ON a.id = d."applicationId"
       WHERE a."providerId" = ${providerId}::uuid
         AND d."reviewStatus" = 'REJECTED'
         AND ${within(Prisma.sql`d."reviewedAt"`, range)}
       GROUP BY 1
       ORDER BY 2 DESC, 1`;
  }

  /** Calendar days from countersignature to the merchant's acceptance, for installations accepted in the range. */
  async installationLeadTime(providerId: string, range: TimeRange): Promise<{ accepted: number; medianDays: number | null }> {
    const [row] = await this.prisma.$queryRaw<{ accepted: number; medianDays: number | null }[]>`
      SELECT count(*)::int AS accepted,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM i."acceptedAt" - g."countersignedAt")::float8 / 86400) AS "medianDays"
        FROM "InstallationAppointment" i
        JOIN LATERAL (SELECT max(ag."countersignedAt") AS "countersignedAt" FROM "Agreement" ag WHERE ag."applicationId" = i."applicationId") g ON true
       WHERE i."providerId" = ${providerId}::uuid
         AND i.status = 'ACCEPTED'
         AND g."countersignedAt" IS NOT NULL
         AND ${within(Prisma.sql`i."acceptedAt"`, range)}`;
    return row ?? { accepted: 0, medianDays: null };
  }

  ticketsByCategory(providerId: string, range: TimeRange) {
    return this.prisma.$queryRaw<{ category: FaultCategory; count: number }[]>`
      SELECT t.category::text AS category, count(*)::int AS count
        FROM "Ticket" t
       WHERE t."providerId" = ${providerId}::uuid AND t."mergedIntoId" IS NULL AND ${within(Prisma.sql`t."createdAt"`, range)}
       GROUP BY 1 ORDER BY 2 DESC, 1`;
  }

  ticketsByResponseCode(providerId: string, range: TimeRange) {
    return this.prisma.$queryRaw<{ responseCode: string; count: number }[]>`
      SELECT t."responseCode" AS "responseCode", count(*)::int AS count
        FROM "Ticket" t
       WHERE t."providerId" = ${providerId}::uuid AND t."mergedIntoId" IS NULL AND t."responseCode" IS NOT NULL AND ${within(Prisma.sql`t."createdAt"`, range)}
       GROUP BY 1 ORDER BY 2 DESC, 1`;
  }

  ratingDistribution(providerId: string, range: TimeRange) {
    return this.prisma.$queryRaw<{ rating: number; count: number }[]>`
      SELECT t.rating AS rating, count(*)::int AS count
        FROM "Ticket" t
       WHERE t."providerId" = ${providerId}::uuid AND t.rating IS NOT NULL AND ${within(Prisma.sql`t."createdAt"`, range)}
       GROUP BY 1 ORDER BY 1`;
  }

  /** Troubleshooting walks started in the range that ended solved or escalated. */
  async selfService(providerId: string, range: TimeRange): Promise<{ selfResolved: number; escalated: number }> {
    const [row] = await this.prisma.$queryRaw<{ selfResolved: number; escalated: number }[]>`
      SELECT count(*) FILTER (WHERE s.outcome = 'SELF_RESOLVED')::int AS "selfResolved",
             count(*) FILTER (WHERE s.outcome = 'ESCALATED')::int AS escalated
        FROM "TroubleshootingSession" s
       WHERE s."providerId" = ${providerId}::uuid AND ${within(Prisma.sql`s."createdAt"`, range)}`;
    return row ?? { selfResolved: 0, escalated: 0 };
  }
}
