import type { ApplicationDocumentView, ApplicationMissing, ApplicationSummary, ApplicationView, Role, TimelineEntry } from '@pos/shared';
import type { ApplicationDetail } from './applications.repository.js';

type DocumentRow = ApplicationDetail['documents'][number];

export function toDocumentView(applicationId: string, document: DocumentRow): ApplicationDocumentView {
  return {
    id: document.id,
    documentType: document.documentType,
    originalName: document.originalName,
    mimeType: document.file.mimeType,
    sizeBytes: document.file.sizeBytes,
    sha256: document.fileSha256,
    reviewStatus: document.reviewStatus,
    reviewNote: document.reviewNote,
    activeContent: document.activeContent,
    uploadedAt: document.createdAt.toISOString(),
    downloadUrl: `/api/applications/${applicationId}/documents/${document.id}/file`,
  };
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

function openChangeRequestOf(application: ApplicationDetail): ApplicationView['openChangeRequest'] {
  const request = application.status === 'CHANGES_REQUESTED' ? application.changeRequests[0] : undefined;
  if (!request) return null;
  return { id: request.id, message: request.message, fields: request.fields, documentTypes: request.documentTypes, createdAt: request.createdAt.toISOString() };
}

/** The application as its merchant sees it: sensitive numbers only ever masked. */
export function toApplicationView(application: ApplicationDetail, missing: ApplicationMissing): ApplicationView {
  return {
    id: application.id,
    reference: application.reference,
    status: application.status,
    version: application.version,
    provider: { id: application.provider.id, name: application.provider.name, nameEn: application.provider.nameEn },
    wizardStep: application.wizardStep,
    businessName: application.businessName,
    creditCode: application.creditCode,
    businessAddress: application.businessAddress,
    mcc: application.mcc,
    businessScope: application.businessScope,
    openingDate: application.openingDate ? application.openingDate.toISOString().slice(0, 10) : null,
    legalRepName: application.legalRepName,
    legalRepIdMasked: application.legalRepIdMasked,
    legalRepMobile: application.legalRepMobile,
    contactName: application.contactName,
    contactMobile: application.contactMobile,
    contactEmail: application.contactEmail,
    settlementAccountName: application.settlementAccountName,
    settlementBank: application.settlementBank,
    settlementBranch: application.settlementBranch,
    settlementAccountMasked: application.settlementAccountMasked,
    installAddress: application.installAddress,
    installRegion: application.installRegion,
    volumes: application.volumes.map((v) => ({ channel: v.channel, monthlyAmountFen: Number(v.monthlyAmountFen), averageTicketFen: v.averageTicketFen })),
    terminalRequests: application.terminalRequests.map((r) => ({ terminalType: r.terminalType, count: r.count })),
    documents: application.documents.map((d) => toDocumentView(application.id, d)),
    documentRequirements: application.provider.documentRequirements.map((r) => ({ documentType: r.documentType, required: r.required, note: r.note, noteEn: r.noteEn })),
    missing,
    submittedAt: iso(application.submittedAt),
    reviewDueAt: iso(application.reviewDueAt),
    openChangeRequest: openChangeRequestOf(application),
    decisionReason: application.status === 'REJECTED' ? application.decisionReason : null,
    createdAt: application.createdAt.toISOString(),
    updatedAt: application.updatedAt.toISOString(),
  };
}

type SummarySource = Pick<ApplicationDetail, 'id' | 'reference' | 'status' | 'businessName' | 'submittedAt' | 'reviewDueAt' | 'updatedAt'> & {
  provider: { id: string; name: string; nameEn: string };
};

export function toApplicationSummary(application: SummarySource): ApplicationSummary {
  return {
    id: application.id,
    reference: application.reference,
    status: application.status,
    provider: { id: application.provider.id, name: application.provider.name, nameEn: application.provider.nameEn },
    businessName: application.businessName,
    submittedAt: iso(application.submittedAt),
    reviewDueAt: iso(application.reviewDueAt),
    updatedAt: application.updatedAt.toISOString(),
  };
}

type AuditWithActor = {
  id: string;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  reason: string | null;
  createdAt: Date;
  actor: { role: Role; displayName: string } | null;
};

/** Internal steps a merchant does not see in their timeline. */
const STAFF_ONLY_ACTIONS = new Set(['SENSITIVE_FIELD_REVEALED']);

/**
 * An application's history for the timeline. Merchants see which role acted (审核员, 服务商管理员), not staff
 * names, and not internal steps; staff see everything.
 */
export function toTimeline(events: AuditWithActor[], viewer: 'merchant' | 'staff'): TimelineEntry[] {
  return events
    .filter((event) => viewer === 'staff' || !STAFF_ONLY_ACTIONS.has(event.action))
    .map((event) => ({
      id: event.id,
      action: event.action,
      fromStatus: event.fromStatus as TimelineEntry['fromStatus'],
      toStatus: event.toStatus as TimelineEntry['toStatus'],
      reason: event.reason,
      at: event.createdAt.toISOString(),
      actor: event.actor
        ? { role: event.actor.role, displayName: viewer === 'staff' || event.actor.role === 'MERCHANT' ? event.actor.displayName : null }
        : null,
    }));
}
