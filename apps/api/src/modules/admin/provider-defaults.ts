import { DocumentType, TicketPriority } from '@pos/shared';

/**
 * What a newly onboarded provider starts with, so that its admin edits working settings instead of facing empty
 * screens: the documents nearly every acquirer asks for (the tax certificate and lease optional, as many
 * licences already carry the unified code and many shops own their premises) and moderate SLA targets.
 */
export const DEFAULT_DOCUMENT_REQUIREMENTS = [
  { documentType: DocumentType.BUSINESS_LICENCE, required: true },
  { documentType: DocumentType.TAX_REGISTRATION, required: false, note: '营业执照已载明统一社会信用代码的可不提供', noteEn: 'Not needed when the licence carries the unified code' },
  { documentType: DocumentType.LEGAL_REP_ID_FRONT, required: true },
  { documentType: DocumentType.LEGAL_REP_ID_BACK, required: true },
  { documentType: DocumentType.SETTLEMENT_ACCOUNT_PROOF, required: true },
  { documentType: DocumentType.STOREFRONT_PHOTO, required: true },
  { documentType: DocumentType.LEASE_PROOF, required: false },
];

/** Minutes, counted in support hours on business days. */
export const DEFAULT_SLA_POLICIES = [
  { priority: TicketPriority.URGENT, firstResponseMinutes: 30, resolutionMinutes: 240, warnBeforeMinutes: 15 },
  { priority: TicketPriority.HIGH, firstResponseMinutes: 60, resolutionMinutes: 480, warnBeforeMinutes: 30 },
  { priority: TicketPriority.NORMAL, firstResponseMinutes: 240, resolutionMinutes: 1440, warnBeforeMinutes: 60 },
  { priority: TicketPriority.LOW, firstResponseMinutes: 480, resolutionMinutes: 2880, warnBeforeMinutes: 120 },
];
