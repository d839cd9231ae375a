import type { FaultCategory, TicketPriority, TroubleshootingOutcome } from '../domain/enums.js';
import type { TicketEvent, TicketStatus } from '../state-machines/ticket.machine.js';
import type { LocalizedText } from '../troubleshooting/response-codes.js';
import type { TroubleshootingActor, TroubleshootingStepDefinition, TroubleshootingTreeDefinition } from '../troubleshooting/tree.js';

/** Fault categories as the product names them (section 6 of PRODUCT.md). */
export const FAULT_CATEGORY_LABELS: Record<FaultCategory, LocalizedText> = {
  PIN_ERROR: { zh: '密码错误', en: 'PIN error' },
  CARD_BLOCKED: { zh: '用卡受阻', en: 'Card blocked' },
  CARD_DAMAGED: { zh: '卡片损坏', en: 'Damaged card' },
  CARD_EXPIRED: { zh: '过期卡片', en: 'Expired card' },
  SYSTEM_FAULT: { zh: '刷卡器或系统故障', en: 'Card reader or system fault' },
  NETWORK: { zh: '网络故障', en: 'Network' },
  PRINTER: { zh: '打印机故障', en: 'Printer' },
  OTHER: { zh: '其他', en: 'Other' },
};

// ── SLA ──

/** First-response and resolution targets of one priority, in business minutes (inside support hours on business days). */
export interface SlaTarget {
  priority: TicketPriority;
  firstResponseMinutes: number;
  resolutionMinutes: number;
  /** A warning goes out this many business minutes before a deadline. */
  warnBeforeMinutes: number;
}

/** What a provider starts with until its admin sets its own targets. */
export const DEFAULT_SLA_TARGETS: Record<TicketPriority, SlaTarget> = {
  URGENT: { priority: 'URGENT', firstResponseMinutes: 30, resolutionMinutes: 240, warnBeforeMinutes: 15 },
  HIGH: { priority: 'HIGH', firstResponseMinutes: 60, resolutionMinutes: 540, warnBeforeMinutes: 30 },
  NORMAL: { priority: 'NORMAL', firstResponseMinutes: 120, resolutionMinutes: 1080, warnBeforeMinutes: 60 },
  LOW: { priority: 'LOW', firstResponseMinutes: 480, resolutionMinutes: 2700, warnBeforeMinutes: 120 },
};

/** Faults that stop the till from taking cards at all start as HIGH; a card-specific fault starts as NORMAL. */
export const DEFAULT_PRIORITY_OF_CATEGORY: Record<FaultCategory, TicketPriority> = {
  PIN_ERROR: 'NORMAL',
  CARD_BLOCKED: 'NORMAL',
  CARD_DAMAGED: 'LOW',
  CARD_EXPIRED: 'LOW',
  SYSTEM_FAULT: 'HIGH',
  NETWORK: 'HIGH',
  PRINTER: 'NORMAL',
  OTHER: 'NORMAL',
};

/** GET/PUT /api/console/provider/sla (PROVIDER_ADMIN; GET also SUPPORT) */
export interface SlaSettings {
  /** Support hours on business days, minutes after midnight Beijing time (540 = 09:00). */
  supportDayStartMinute: number;
  supportDayEndMinute: number;
  /** Days after RESOLVED that a ticket closes by itself. */
  ticketAutoCloseDays: number;
  targets: SlaTarget[];
}

export const SlaState = { ON_TRACK: 'ON_TRACK', AT_RISK: 'AT_RISK', BREACHED: 'BREACHED', PAUSED: 'PAUSED', MET: 'MET' } as const;
export type SlaState = (typeof SlaState)[keyof typeof SlaState];

export interface TicketSlaView {
  firstResponseDueAt: string | null;
  firstRespondedAt: string | null;
  resolutionDueAt: string | null;
  resolvedAt: string | null;
  /** The deadline that matters now: first response until answered, then resolution. */
  nextDueAt: string | null;
  state: SlaState;
  escalationLevel: number;
}

// ── tickets ──

export interface TicketPerson {
  id: string;
  displayName: string;
}

export interface TicketSummary {
  id: string;
  reference: string;
  status: TicketStatus;
  priority: TicketPriority;
  category: FaultCategory;
  responseCode: string | null;
  subject: string;
  terminal: { id: string; serialNumber: string; model: string };
  merchant: { id: string; displayName: string; businessName: string | null };
  assignee: TicketPerson | null;
  sla: TicketSlaView;
  createdAt: string;
  updatedAt: string;
}

export interface TicketListResponse {
  items: TicketSummary[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export interface TicketAttachmentView {
  id: string;
  originalName: string;
  mimeType: string;
  sizeBytes: number;
  createdAt: string;
}

export interface TicketMessageView {
  id: string;
  author: TicketPerson & { side: 'MERCHANT' | 'PROVIDER' };
  body: string;
  /** Internal notes are shown to provider staff only; a merchant never receives them. */
  internal: boolean;
  attachments: TicketAttachmentView[];
  createdAt: string;
}

/** A step the merchant walked before the ticket, as it read then. */
export interface TroubleshootingStepRecord {
  stepId: string;
  actor: TroubleshootingActor;
  title: LocalizedText;
  /** "SOLVED", "NOT_SOLVED" or the id of a question's answer. */
  answer: string;
  answerLabel: LocalizedText | null;
  at: string;
}

export const SiteVisitStatus = { SCHEDULED: 'SCHEDULED', COMPLETED: 'COMPLETED', CANCELLED: 'CANCELLED' } as const;
export type SiteVisitStatus = (typeof SiteVisitStatus)[keyof typeof SiteVisitStatus];

export interface SiteVisitView {
  id: string;
  ticket: { id: string; reference: string; subject: string };
  technician: TicketPerson;
  scheduledStart: string;
  scheduledEnd: string;
  instructions: string;
  status: SiteVisitStatus;
  result: string | null;
  completedAt: string | null;
  /** Where to go and whom to ask for: the terminal's address and the merchant. */
  address: string;
  merchant: { displayName: string; businessName: string | null; mobile: string | null };
  terminal: { id: string; serialNumber: string; model: string };
}

export interface TicketHistoryEntry {
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  reason: string | null;
  actor: TicketPerson | null;
  at: string;
}

export interface TicketDetail extends TicketSummary {
  description: string;
  troubleshooting: { sessionId: string; outcome: TroubleshootingOutcome; steps: TroubleshootingStepRecord[] } | null;
  messages: TicketMessageView[];
  siteVisits: SiteVisitView[];
  rating: number | null;
  ratingComment: string | null;
  mergedInto: { id: string; reference: string } | null;
  /** Lifecycle events the caller may send now (console), from the shared machine. */
  allowedEvents: TicketEvent[];
  /** Merchant: may reply (not closed); may rate (resolved, or closed and not rated yet). */
  canReply: boolean;
  canRate: boolean;
  /** Console only; empty for merchants. */
  history: TicketHistoryEntry[];
}

/** POST /api/tickets (MERCHANT): a ticket opened directly, without walking a tree. */
export interface CreateTicketRequest {
  terminalId: string;
  category: FaultCategory;
  responseCode?: string;
  subject: string;
  description: string;
}

/** POST /api/tickets/:id/messages (MERCHANT) and /api/console/tickets/:id/messages (SUPPORT, PROVIDER_ADMIN). */
export interface TicketMessageRequest {
  body: string;
  /** Console only: a note for colleagues, never shown to the merchant. */
  internal?: boolean;
  /** Attachments uploaded first (POST .../attachments), shown with this message. */
  attachmentIds?: string[];
}

/** Console lifecycle events; RESOLVE needs a note for the merchant. */
export type ConsoleTicketEvent = Extract<TicketEvent, 'START' | 'WAIT_ON_MERCHANT' | 'WAIT_ON_THIRD_PARTY' | 'RESUME' | 'RESOLVE'>;
export const CONSOLE_TICKET_EVENTS: readonly ConsoleTicketEvent[] = ['START', 'WAIT_ON_MERCHANT', 'WAIT_ON_THIRD_PARTY', 'RESUME', 'RESOLVE'];

/** POST /api/console/tickets/:id/transition */
export interface TicketTransitionRequest {
  event: ConsoleTicketEvent;
  /** Sent to the merchant as a reply when given (required to resolve or to wait on the merchant). */
  note?: string;
}

/** POST /api/console/tickets/:id/assign; null unassigns. */
export interface AssignTicketRequest {
  assigneeId: string | null;
}

/** POST /api/console/tickets/:id/priority: recomputes the deadlines from the ticket's creation. */
export interface TicketPriorityRequest {
  priority: TicketPriority;
}

/** POST /api/console/tickets/:id/merge: closes this ticket as a duplicate of another of the same merchant. */
export interface MergeTicketRequest {
  intoReference: string;
}

/** POST /api/tickets/:id/rate (MERCHANT): closes a resolved ticket with a rating. */
export interface RateTicketRequest {
  rating: number;
  comment?: string;
}

/** POST /api/console/tickets/:id/site-visits (SUPPORT, PROVIDER_ADMIN) */
export interface DispatchSiteVisitRequest {
  technicianId: string;
  start: string;
  end: string;
  instructions?: string;
}

/** POST /api/console/visits/:id/complete (TECHNICIAN) */
export interface CompleteSiteVisitRequest {
  result: string;
}

export interface SiteVisitListResponse {
  items: SiteVisitView[];
}

/** Query of GET /api/console/tickets. `assignee` is a user id, "me" or "unassigned". */
export interface TicketQueueQuery {
  status?: TicketStatus;
  priority?: TicketPriority;
  category?: FaultCategory;
  terminalId?: string;
  assignee?: string;
  /** Reference, subject or terminal serial. */
  q?: string;
  cursor?: string;
  limit?: number;
}

// ── troubleshooting ──

/** GET /api/troubleshooting/trees/:category: the version in use. */
export interface TroubleshootingTreeView {
  category: FaultCategory;
  version: number;
  definition: TroubleshootingTreeDefinition;
  createdAt: string;
}

/** POST /api/troubleshooting/sessions (MERCHANT) */
export interface StartTroubleshootingRequest {
  terminalId: string;
  category: FaultCategory;
  responseCode?: string;
}

export interface TroubleshootingSessionView {
  id: string;
  terminal: { id: string; serialNumber: string; model: string };
  category: FaultCategory;
  responseCode: string | null;
  treeVersion: number;
  outcome: TroubleshootingOutcome;
  /** The step to show now; null once the walk has ended. */
  currentStep: TroubleshootingStepDefinition | null;
  steps: TroubleshootingStepRecord[];
  /** True when the walk reached the end without a solution: the merchant may open a ticket. */
  canOpenTicket: boolean;
  ticket: { id: string; reference: string } | null;
  createdAt: string;
}

/** POST /api/troubleshooting/sessions/:id/answers: `stepId` must be the current step (a stale tab gets 409). */
export interface TroubleshootingAnswerRequest {
  stepId: string;
  /** "SOLVED", "NOT_SOLVED" (action steps) or an answer id (question steps). */
  answer: string;
}

/** POST /api/troubleshooting/sessions/:id/ticket: opens the ticket with everything filled in. */
export interface EscalateTroubleshootingRequest {
  /** What else the merchant wants to say; optional. */
  description?: string;
}

/** PUT /api/admin/troubleshooting-trees/:category (PLATFORM_ADMIN): saves a new version. */
export interface SaveTroubleshootingTreeRequest {
  definition: TroubleshootingTreeDefinition;
}

export interface TroubleshootingTreeVersionList {
  category: FaultCategory;
  versions: { version: number; createdAt: string; createdBy: TicketPerson | null }[];
}
