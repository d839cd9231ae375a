import type { DocumentReviewStatus, DocumentType } from '../domain/enums.js';
import type { Role } from '../domain/roles.js';
import type { ApplicationStatus } from '../state-machines/application.machine.js';
import type { ApplicationView } from './applications.contract.js';

/** Statuses that sit in a provider's review queue. */
export const QUEUE_STATUSES = ['SUBMITTED', 'IN_REVIEW', 'PENDING_SECOND_APPROVAL'] as const satisfies readonly ApplicationStatus[];
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

/** How close an application is to its review due date. DUE_SOON: due within DUE_SOON_HOURS. */
export type DueState = 'OVERDUE' | 'DUE_SOON' | 'ON_TRACK';
export const DUE_SOON_HOURS = 24;

/** GET /api/console/review-queue: oldest-due first, cursor-paginated. */
export interface ReviewQueueQuery {
  status?: QueueStatus;
  due?: 'overdue' | 'dueSoon';
  assigned?: 'me' | 'unassigned';
  /** Business name (contains) or credit code (prefix). */
  q?: string;
  /** Opaque; from the previous page's nextCursor. */
  cursor?: string;
  /** 1–100, default 20. */
  limit?: number;
}

export interface ReviewQueueItem {
  id: string;
  reference: string;
  status: QueueStatus;
  provider: { id: string; name: string };
  businessName: string | null;
  creditCode: string | null;
  terminalCount: number;
  highRisk: boolean;
  submittedAt: string | null;
  reviewDueAt: string | null;
  dueState: DueState;
  claimedBy: { id: string; displayName: string } | null;
}

export interface ReviewQueueResponse {
  items: ReviewQueueItem[];
  nextCursor: string | null;
}

/** One step of an application's history, in plain words on the web (translated by `action`). */
export interface TimelineEntry {
  id: string;
  /** SUBMIT, CLAIM, RELEASE, REQUEST_CHANGES, ESCALATE, APPROVE, REJECT, WITHDRAW, DOCUMENT_ACCEPTED, ... */
  action: string;
  fromStatus: ApplicationStatus | null;
  toStatus: ApplicationStatus | null;
  /** The reason or message given with the step (requested changes, rejection). */
  reason: string | null;
  at: string;
  /** Who acted: merchants see the role, staff also see the name. */
  actor: { role: Role; displayName: string | null } | null;
}

/** GET /api/applications/:id/timeline (merchant) and part of the review view. */
export interface TimelineResponse {
  items: TimelineEntry[];
}

/** What a reviewer asked the merchant to fix. */
export interface ChangeRequestView {
  id: string;
  message: string;
  fields: string[];
  documentTypes: DocumentType[];
  createdAt: string;
  resolvedAt: string | null;
}

/** GET /api/console/applications/:id: the review page. Sensitive numbers stay masked (reveal is separate, audited). */
export interface ReviewApplicationView extends ApplicationView {
  merchant: { id: string; displayName: string; mobile: string | null; email: string | null };
  highRisk: boolean;
  dueState: DueState;
  claimedBy: { id: string; displayName: string } | null;
  firstApprover: { id: string; displayName: string } | null;
  changeRequests: ChangeRequestView[];
  timeline: TimelineEntry[];
}

/** POST /api/console/applications/:id/documents/:documentId/decision */
export interface DocumentDecisionRequest {
  decision: Exclude<DocumentReviewStatus, 'PENDING'>;
  /** Required when rejecting. */
  note?: string;
}

/** POST /api/console/applications/:id/request-changes */
export interface RequestChangesRequest {
  /** Draft field names (see REQUIRED_APPLICATION_FIELDS / ApplicationDraftFields) the merchant must fix. */
  fields: string[];
  documentTypes: DocumentType[];
  message: string;
}

/** POST /api/console/applications/:id/approve — for a high-risk application the first approval escalates. */
export interface ApproveRequest {
  note?: string;
}

/** POST /api/console/applications/:id/reject */
export interface RejectRequest {
  reason: string;
}
