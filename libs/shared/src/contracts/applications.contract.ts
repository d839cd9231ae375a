import type { DocumentReviewStatus, DocumentType, FeeChannel, PdfActiveContent, TerminalType } from '../domain/enums.js';
import type { ApplicationStatus } from '../state-machines/application.machine.js';

/** Expected monthly volume on one channel, in fen. */
export interface ApplicationVolumeView {
  channel: FeeChannel;
  monthlyAmountFen: number;
  averageTicketFen: number | null;
}

export interface ApplicationTerminalRequestView {
  terminalType: TerminalType;
  count: number;
}

/**
 * The fields the wizard saves. Every field is optional while drafting; submit checks completeness.
 * Sensitive numbers are write-only: responses carry only their masked form.
 */
export interface ApplicationDraftFields {
  businessName?: string;
  /** Unified social credit code, 18 characters (GB 32100). */
  creditCode?: string;
  businessAddress?: string;
  /** Merchant category code (ISO 18245), 4 digits. */
  mcc?: string;
  businessScope?: string;
  /** YYYY-MM-DD */
  openingDate?: string;
  legalRepName?: string;
  /** Write-only: stored encrypted, returned as `legalRepIdMasked`. */
  legalRepIdNumber?: string;
  legalRepMobile?: string;
  contactName?: string;
  contactMobile?: string;
  contactEmail?: string;
  settlementAccountName?: string;
  settlementBank?: string;
  settlementBranch?: string;
  /** Write-only: stored encrypted, returned as `settlementAccountMasked`. */
  settlementAccountNumber?: string;
  installAddress?: string;
  /** Province-level region code of the installation address (see REGIONS). */
  installRegion?: string;
  /** Replaces the whole list when present. */
  volumes?: ApplicationVolumeView[];
  /** Replaces the whole list when present. */
  terminalRequests?: ApplicationTerminalRequestView[];
  /** The wizard step to resume at. */
  wizardStep?: number;
}

/** POST /api/applications: start a draft with a provider. */
export interface CreateApplicationRequest {
  providerId: string;
}

/** PATCH /api/applications/:id: save a wizard step. */
export type SaveApplicationDraftRequest = ApplicationDraftFields;

export interface ApplicationDocumentView {
  id: string;
  documentType: DocumentType;
  /** Sanitised original name, for display only. */
  originalName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  reviewStatus: DocumentReviewStatus;
  reviewNote: string | null;
  /** Active content found in the PDF when it was uploaded; empty for images and plain PDFs. */
  activeContent: PdfActiveContent[];
  uploadedAt: string;
  /** GET this (with the access token) to download or preview the file. */
  downloadUrl: string;
}

/** What still blocks submission; empty lists when the application is complete. */
export interface ApplicationMissing {
  fields: string[];
  documents: DocumentType[];
}

export interface ApplicationView {
  id: string;
  reference: string;
  status: ApplicationStatus;
  version: number;
  provider: { id: string; name: string; nameEn: string };
  wizardStep: number;
  businessName: string | null;
  creditCode: string | null;
  businessAddress: string | null;
  mcc: string | null;
  businessScope: string | null;
  openingDate: string | null;
  legalRepName: string | null;
  legalRepIdMasked: string | null;
  legalRepMobile: string | null;
  contactName: string | null;
  contactMobile: string | null;
  contactEmail: string | null;
  settlementAccountName: string | null;
  settlementBank: string | null;
  settlementBranch: string | null;
  settlementAccountMasked: string | null;
  installAddress: string | null;
  installRegion: string | null;
  volumes: ApplicationVolumeView[];
  terminalRequests: ApplicationTerminalRequestView[];
  /** Current (not replaced) documents. */
  documents: ApplicationDocumentView[];
  /** The provider's requirement list, to drive the upload step. */
  documentRequirements: { documentType: DocumentType; required: boolean; note: string; noteEn: string }[];
  missing: ApplicationMissing;
  submittedAt: string | null;
  reviewDueAt: string | null;
  /** While CHANGES_REQUESTED: what the reviewer asked to fix; only these fields and documents are editable. */
  openChangeRequest: { id: string; message: string; fields: string[]; documentTypes: DocumentType[]; createdAt: string } | null;
  /** Set when rejected: the reviewer's reason. */
  decisionReason: string | null;
  createdAt: string;
  updatedAt: string;
}

/** GET /api/applications: the merchant's own applications, newest first. */
export interface ApplicationSummary {
  id: string;
  reference: string;
  status: ApplicationStatus;
  provider: { id: string; name: string; nameEn: string };
  businessName: string | null;
  submittedAt: string | null;
  reviewDueAt: string | null;
  updatedAt: string;
}

export interface ApplicationListResponse {
  items: ApplicationSummary[];
}

/** Required fields for submission, in wizard order. Names match ApplicationDraftFields. */
export const REQUIRED_APPLICATION_FIELDS = [
  'businessName',
  'creditCode',
  'businessAddress',
  'mcc',
  'openingDate',
  'legalRepName',
  'legalRepIdNumber',
  'legalRepMobile',
  'contactName',
  'contactMobile',
  'settlementAccountName',
  'settlementBank',
  'settlementAccountNumber',
  'installAddress',
  'installRegion',
  'volumes',
  'terminalRequests',
] as const;

/** Every field name the wizard saves (what a reviewer may ask the merchant to change). */
export const DRAFT_FIELD_NAMES = [
  ...REQUIRED_APPLICATION_FIELDS,
  'businessScope',
  'contactEmail',
  'settlementBranch',
] as const;
export type DraftFieldName = (typeof DRAFT_FIELD_NAMES)[number];

/** Upload limits; the server's limit is configurable (MAX_UPLOAD_BYTES), this is the default. */
export const DEFAULT_MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const ACCEPTED_UPLOAD_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export type AcceptedUploadType = (typeof ACCEPTED_UPLOAD_TYPES)[number];

/** Sensitive fields a reviewer may reveal in full; each reveal is written to the audit log. */
export const REVEALABLE_FIELDS = ['legalRepIdNumber', 'settlementAccountNumber'] as const;
export type RevealableField = (typeof REVEALABLE_FIELDS)[number];

/** POST /api/console/applications/:id/reveal (REVIEWER, PROVIDER_ADMIN of the application's provider) */
export interface RevealFieldRequest {
  field: RevealableField;
}

export interface RevealFieldResponse {
  field: RevealableField;
  value: string;
}
