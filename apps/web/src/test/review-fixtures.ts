import type { AgreementView, ReviewApplicationView, ReviewQueueItem, TimelineEntry } from '@pos/shared';
import { makeCompleteApplication, makeDocument } from './fixtures';

/** Review, agreement and timeline shapes with believable demo values; each test overrides what it is about. */

export const reviewer = { id: 'rev-1', role: 'REVIEWER' as const, displayName: '李审核', provider: { id: 'p-bank', name: '东方商业银行' } };
export const admin = { id: 'adm-1', role: 'PROVIDER_ADMIN' as const, displayName: '赵管理员', provider: { id: 'p-bank', name: '东方商业银行' } };

export function makeQueueItem(overrides: Partial<ReviewQueueItem> = {}): ReviewQueueItem {
  return {
    id: 'app-1',
    reference: 'APP-2026-0001',
    status: 'SUBMITTED',
    provider: { id: 'p-bank', name: '东方商业银行' },
    businessName: '王记面馆',
    creditCode: '91350100M000100Y43',
    terminalCount: 1,
    highRisk: false,
    submittedAt: '2026-03-02T02:00:00.000Z',
    reviewDueAt: '2026-03-05T10:00:00.000Z',
    dueState: 'ON_TRACK',
    claimedBy: null,
    ...overrides,
  };
}

export function makeTimelineEntry(overrides: Partial<TimelineEntry> = {}): TimelineEntry {
  return {
    id: 'ev-1',
    action: 'SUBMIT',
    fromStatus: 'DRAFT',
    toStatus: 'SUBMITTED',
    reason: null,
    at: '2026-03-02T02:00:00.000Z',
    actor: { role: 'MERCHANT', displayName: '王店主' },
    ...overrides,
  };
}

export function makeReviewApplication(overrides: Partial<ReviewApplicationView> = {}): ReviewApplicationView {
  return {
    ...makeCompleteApplication({
      status: 'IN_REVIEW',
      submittedAt: '2026-03-02T02:00:00.000Z',
      reviewDueAt: '2026-03-05T10:00:00.000Z',
      documents: [
        makeDocument({ id: 'doc-1', documentType: 'BUSINESS_LICENCE' }),
        makeDocument({
          id: 'doc-2',
          documentType: 'LEGAL_REP_ID_FRONT',
          originalName: 'id-front.png',
          mimeType: 'image/png',
          downloadUrl: '/api/applications/app-1/documents/doc-2/file',
        }),
      ],
    }),
    merchant: { id: 'mer-1', displayName: '王店主', mobile: '13800138000', email: null },
    highRisk: false,
    dueState: 'ON_TRACK',
    claimedBy: { id: reviewer.id, displayName: reviewer.displayName },
    firstApprover: null,
    changeRequests: [],
    timeline: [makeTimelineEntry()],
    ...overrides,
  };
}

export function makeAgreement(overrides: Partial<AgreementView> = {}): AgreementView {
  return {
    id: 'agr-1',
    reference: 'AGR-2026-0001',
    status: 'SENT',
    applicationId: 'app-1',
    applicationReference: 'APP-2026-0001',
    provider: { id: 'p-bank', name: '东方商业银行', nameEn: 'Dongfang Commercial Bank' },
    merchantName: '王记面馆',
    settlementCycle: 'T1',
    templateVersion: 2,
    fees: {
      feeScheduleId: 'fs-1',
      version: 1,
      notes: '',
      lines: [
        { key: 'DEBIT_CARD', rateBps: 50, capFen: 2500, amountFen: null },
        { key: 'CREDIT_CARD', rateBps: 60, capFen: null, amountFen: null },
        { key: 'MONTHLY_FEE', rateBps: null, capFen: null, amountFen: 990 },
      ],
    },
    documentSha256: 'a'.repeat(64),
    documentUrl: '/api/agreements/agr-1/document',
    generatedAt: '2026-03-06T02:00:00.000Z',
    replaces: null,
    merchantSignedName: null,
    merchantSignedAt: null,
    countersignedAt: null,
    countersignedBy: null,
    finalSha256: null,
    finalUrl: null,
    ...overrides,
  };
}

/** A PDF answer for the blob downloads. */
export function pdfResponse(): Response {
  return new Response(new Blob(['%PDF-1.7']), { status: 200, headers: { 'Content-Type': 'application/pdf' } });
}
