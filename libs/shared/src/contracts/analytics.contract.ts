import type { DocumentType, FaultCategory } from '../domain/enums.js';

/**
 * GET /api/console/analytics?from=YYYY-MM-DD&to=YYYY-MM-DD (Beijing dates, both inclusive; at most 366 days).
 * PROVIDER_ADMIN sees every section; a REVIEWER the funnel and review sections; SUPPORT the ticket section. The
 * sections a role may not see are null.
 */
export interface AnalyticsQuery {
  from: string;
  to: string;
}

/** Applications by the Monday of the week they were first submitted, and how far each has come since. */
export interface FunnelWeek {
  weekStart: string;
  submitted: number;
  approved: number;
  signed: number;
  installed: number;
  live: number;
}

export const FUNNEL_STAGES = ['submitted', 'approved', 'signed', 'installed', 'live'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export interface FunnelReport {
  weeks: FunnelWeek[];
  totals: Omit<FunnelWeek, 'weekStart'>;
  /** Percent of the previous stage that reached each stage (null when the previous stage is empty). */
  conversionPercent: Record<Exclude<FunnelStage, 'submitted'>, number | null>;
}

export interface ReviewReport {
  /** Applications decided (approved or rejected) in the range. */
  decided: number;
  approved: number;
  rejected: number;
  /** Business days from submission to decision (Chinese holidays and make-up workdays respected). */
  medianBusinessDays: number | null;
  p90BusinessDays: number | null;
  /** Decided on or before the review due date. */
  withinSlaPercent: number | null;
  /** Decided applications that went through at least one change request. */
  changesRequestedPercent: number | null;
  /** Documents rejected in the range, most often rejected first. */
  rejectedDocuments: { documentType: DocumentType; count: number }[];
  /** Calendar days from the countersigned agreement to the merchant's confirmation of the installation. */
  installationLeadTimeMedianDays: number | null;
  installationsAccepted: number;
}

export interface TicketReport {
  /** Tickets opened in the range. */
  opened: number;
  byCategory: { category: FaultCategory; count: number }[];
  byResponseCode: { responseCode: string; count: number }[];
  /** Troubleshooting walks started in the range that ended: solved by the merchant, or escalated to a ticket. */
  selfService: { selfResolved: number; escalated: number; selfResolvedPercent: number | null };
  firstResponse: { responded: number; medianMinutes: number | null; withinSlaPercent: number | null };
  resolution: { resolved: number; medianMinutes: number | null; withinSlaPercent: number | null };
  satisfaction: { rated: number; average: number | null; distribution: { rating: number; count: number }[] };
}

export interface AnalyticsDashboard {
  from: string;
  to: string;
  funnel: FunnelReport | null;
  review: ReviewReport | null;
  tickets: TicketReport | null;
}

/**
 * GET /api/console/analytics/export/:table.csv?from&to: one table as CSV, UTF-8 with a byte-order mark so Excel
 * opens Chinese correctly; headers in the caller's language.
 */
export const ANALYTICS_TABLES = ['funnel', 'rejected-documents', 'tickets-by-category', 'tickets-by-response-code', 'satisfaction', 'summary'] as const;
export type AnalyticsTable = (typeof ANALYTICS_TABLES)[number];
