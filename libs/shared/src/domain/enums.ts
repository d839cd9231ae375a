/** Enumerations shared by the database schema, the API and the web app. Keep in step with prisma/schema.prisma. */

export const ProviderKind = {
  BANK: 'BANK',
  THIRD_PARTY_PAYMENT: 'THIRD_PARTY_PAYMENT',
  POS_SERVICE_PROVIDER: 'POS_SERVICE_PROVIDER',
} as const;
export type ProviderKind = (typeof ProviderKind)[keyof typeof ProviderKind];

export const ProviderStatus = { ACTIVE: 'ACTIVE', SUSPENDED: 'SUSPENDED' } as const;
export type ProviderStatus = (typeof ProviderStatus)[keyof typeof ProviderStatus];

/** Payment channels a fee schedule prices. */
export const FeeChannel = {
  DEBIT_CARD: 'DEBIT_CARD',
  CREDIT_CARD: 'CREDIT_CARD',
  WECHAT_PAY: 'WECHAT_PAY',
  ALIPAY: 'ALIPAY',
  UNIONPAY_QUICKPASS: 'UNIONPAY_QUICKPASS',
} as const;
export type FeeChannel = (typeof FeeChannel)[keyof typeof FeeChannel];
export const FEE_CHANNELS = Object.values(FeeChannel);

export const TerminalType = {
  TRADITIONAL_POS: 'TRADITIONAL_POS',
  SMART_POS: 'SMART_POS',
  QR_BOX: 'QR_BOX',
} as const;
export type TerminalType = (typeof TerminalType)[keyof typeof TerminalType];
export const TERMINAL_TYPES = Object.values(TerminalType);

export const SettlementCycle = { T1: 'T1', D0: 'D0' } as const;
export type SettlementCycle = (typeof SettlementCycle)[keyof typeof SettlementCycle];

export const DocumentType = {
  BUSINESS_LICENCE: 'BUSINESS_LICENCE',
  TAX_REGISTRATION: 'TAX_REGISTRATION',
  LEGAL_REP_ID_FRONT: 'LEGAL_REP_ID_FRONT',
  LEGAL_REP_ID_BACK: 'LEGAL_REP_ID_BACK',
  SETTLEMENT_ACCOUNT_PROOF: 'SETTLEMENT_ACCOUNT_PROOF',
  STOREFRONT_PHOTO: 'STOREFRONT_PHOTO',
  LEASE_PROOF: 'LEASE_PROOF',
} as const;
export type DocumentType = (typeof DocumentType)[keyof typeof DocumentType];
export const DOCUMENT_TYPES = Object.values(DocumentType);

export const DocumentReviewStatus = { PENDING: 'PENDING', ACCEPTED: 'ACCEPTED', REJECTED: 'REJECTED' } as const;
export type DocumentReviewStatus = (typeof DocumentReviewStatus)[keyof typeof DocumentReviewStatus];

/**
 * What a PDF can do when opened that a document for a review never needs, as the upload scan finds it: scripts
 * (`/JavaScript`, `/JS`), starting a program (`/Launch`), files carried inside (`/EmbeddedFile`), Flash or video
 * (`/RichMedia`), an XFA form (`/XFA`), actions run on opening a page or field (`/AA`). The file is still accepted;
 * the reviewer is warned.
 */
export const PdfActiveContent = {
  JAVASCRIPT: 'JAVASCRIPT',
  LAUNCH_ACTION: 'LAUNCH_ACTION',
  EMBEDDED_FILE: 'EMBEDDED_FILE',
  RICH_MEDIA: 'RICH_MEDIA',
  XFA_FORM: 'XFA_FORM',
  AUTOMATIC_ACTION: 'AUTOMATIC_ACTION',
} as const;
export type PdfActiveContent = (typeof PdfActiveContent)[keyof typeof PdfActiveContent];

export const FaultCategory = {
  PIN_ERROR: 'PIN_ERROR',
  CARD_BLOCKED: 'CARD_BLOCKED',
  CARD_DAMAGED: 'CARD_DAMAGED',
  CARD_EXPIRED: 'CARD_EXPIRED',
  SYSTEM_FAULT: 'SYSTEM_FAULT',
  NETWORK: 'NETWORK',
  PRINTER: 'PRINTER',
  OTHER: 'OTHER',
} as const;
export type FaultCategory = (typeof FaultCategory)[keyof typeof FaultCategory];

export const TicketPriority = { LOW: 'LOW', NORMAL: 'NORMAL', HIGH: 'HIGH', URGENT: 'URGENT' } as const;
export type TicketPriority = (typeof TicketPriority)[keyof typeof TicketPriority];

export const TerminalStatus = {
  /** Registered by the provider but not installed at a merchant yet. */
  IN_STOCK: 'IN_STOCK',
  INSTALLED: 'INSTALLED',
  LIVE: 'LIVE',
  SUSPENDED: 'SUSPENDED',
  RETIRED: 'RETIRED',
} as const;
export type TerminalStatus = (typeof TerminalStatus)[keyof typeof TerminalStatus];

export const TroubleshootingOutcome = {
  IN_PROGRESS: 'IN_PROGRESS',
  SELF_RESOLVED: 'SELF_RESOLVED',
  ESCALATED: 'ESCALATED',
  ABANDONED: 'ABANDONED',
} as const;
export type TroubleshootingOutcome = (typeof TroubleshootingOutcome)[keyof typeof TroubleshootingOutcome];

export const TrainingModule = {
  OPERATING_TERMINAL: 'OPERATING_TERMINAL',
  CHECKING_CARDS: 'CHECKING_CARDS',
  HANDLING_PIN_ERRORS: 'HANDLING_PIN_ERRORS',
} as const;
export type TrainingModule = (typeof TrainingModule)[keyof typeof TrainingModule];

export const NotificationChannel = { IN_APP: 'IN_APP', EMAIL: 'EMAIL' } as const;
export type NotificationChannel = (typeof NotificationChannel)[keyof typeof NotificationChannel];
