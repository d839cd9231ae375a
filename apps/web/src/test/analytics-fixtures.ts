import type { AnalyticsDashboard, FunnelReport, ReviewReport, TicketReport } from '@pos/shared';

/** Console analytics API shapes with believable demo values; each test overrides what it is about. */

export function makeFunnel(overrides: Partial<FunnelReport> = {}): FunnelReport {
  return {
    weeks: [
      {
        weekStart: '2026-11-02',
        submitted: 24,
        approved: 18,
        signed: 15,
        installed: 12,
        live: 10,
      },
      {
        weekStart: '2026-11-09',
        submitted: 16,
        approved: 12,
        signed: 9,
        installed: 6,
        live: 5,
      },
    ],
    totals: {
      submitted: 40,
      approved: 30,
      signed: 24,
      installed: 18,
      live: 15,
    },
    conversionPercent: { approved: 75, signed: 80, installed: 75, live: 83.3 },
    ...overrides,
  };
}

export function makeReview(overrides: Partial<ReviewReport> = {}): ReviewReport {
  return {
    decided: 32,
    approved: 28,
    rejected: 4,
    medianBusinessDays: 1.5,
    p90BusinessDays: 3,
    withinSlaPercent: 93.8,
    changesRequestedPercent: 21.9,
    rejectedDocuments: [
      { documentType: 'STOREFRONT_PHOTO', count: 7 },
      { documentType: 'SETTLEMENT_ACCOUNT_PROOF', count: 3 },
    ],
    installationLeadTimeMedianDays: 4,
    installationsAccepted: 18,
    ...overrides,
  };
}

export function makeTicketReport(overrides: Partial<TicketReport> = {}): TicketReport {
  return {
    opened: 57,
    byCategory: [
      { category: 'PIN_ERROR', count: 21 },
      { category: 'PRINTER', count: 14 },
      { category: 'NETWORK', count: 9 },
    ],
    byResponseCode: [
      { responseCode: '55', count: 18 },
      { responseCode: '91', count: 6 },
      { responseCode: 'Q9', count: 1 },
    ],
    selfService: { selfResolved: 43, escalated: 57, selfResolvedPercent: 43 },
    firstResponse: { responded: 55, medianMinutes: 38, withinSlaPercent: 96.4 },
    resolution: { resolved: 49, medianMinutes: 1_590, withinSlaPercent: 87.8 },
    satisfaction: {
      rated: 30,
      average: 4.4,
      distribution: [
        { rating: 5, count: 18 },
        { rating: 4, count: 8 },
        { rating: 3, count: 3 },
        { rating: 1, count: 1 },
      ],
    },
    ...overrides,
  };
}

export function makeDashboard(overrides: Partial<AnalyticsDashboard> = {}): AnalyticsDashboard {
  return {
    from: '2026-11-01',
    to: '2026-11-25',
    funnel: makeFunnel(),
    review: makeReview(),
    tickets: makeTicketReport(),
    ...overrides,
  };
}
