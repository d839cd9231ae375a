import type { CalendarSource } from '../contracts/admin.contract.js';
import type { RevealableField } from '../contracts/applications.contract.js';
import type { WebhookEvent } from '../contracts/notifications.contract.js';
import type { InspectionItem } from '../contracts/prevention.contract.js';
import type { SlaSettings } from '../contracts/tickets.contract.js';
import type { DocumentType, FaultCategory, TicketPriority } from '../domain/enums.js';
import type { ApplicationEvent } from '../state-machines/application.machine.js';
import type { AppointmentEvent } from '../state-machines/small.machines.js';
import type { TicketEvent } from '../state-machines/ticket.machine.js';

/** The kinds of rows the audit trail speaks about (`AuditEvent.entityType`). */
export const AuditEntity = {
  APPLICATION: 'Application',
  APPLICATION_DOCUMENT: 'ApplicationDocument',
  AGREEMENT: 'Agreement',
  AGREEMENT_TEMPLATE: 'AgreementTemplate',
  BUSINESS_CALENDAR: 'BusinessCalendar',
  FEE_SCHEDULE: 'FeeSchedule',
  INSPECTION: 'Inspection',
  INSTALLATION_APPOINTMENT: 'InstallationAppointment',
  PROVIDER: 'Provider',
  TERMINAL: 'Terminal',
  TICKET: 'Ticket',
  TRAINING_RECORD: 'TrainingRecord',
  TROUBLESHOOTING_TREE: 'TroubleshootingTree',
  USER: 'User',
  WEBHOOK_ENDPOINT: 'WebhookEndpoint',
} as const;
export type AuditEntity = (typeof AuditEntity)[keyof typeof AuditEntity];

/** An action that records only who, when, the status move and a reason: no payload. */
type NoPayload = null;

/**
 * Every audit action the API writes, with the payload (`AuditEvent.data`) it carries. Payloads are JSON: dates are
 * ISO strings. A new action is added here first; the API cannot write an action or a payload this map does not know.
 * Stored rows keep their action strings forever, so an action is renamed only with a migration of the old rows.
 */
export interface AuditPayloads {
  // ── applications: one action per machine event (its own name), plus these ──
  /** A merchant started a draft. */
  CREATED: NoPayload;
  SUBMIT: { highRisk: boolean };
  CLAIM: NoPayload;
  RELEASE: NoPayload;
  REQUEST_CHANGES: NoPayload;
  ESCALATE: NoPayload;
  APPROVE: NoPayload;
  REJECT: NoPayload;
  WITHDRAW: NoPayload;
  SEND_AGREEMENT: NoPayload;
  SIGN: NoPayload;
  SCHEDULE_INSTALL: NoPayload;
  COMPLETE_INSTALL: NoPayload;
  DISPUTE_INSTALL: NoPayload;
  GO_LIVE: NoPayload;
  /** A reviewer saw one sensitive number in full. */
  SENSITIVE_FIELD_REVEALED: { field: RevealableField };

  // ── documents ──
  DOCUMENT_UPLOADED: { documentType: DocumentType; sha256: string };
  DOCUMENT_DELETED: { documentType: DocumentType };
  DOCUMENT_ACCEPTED: { documentType: DocumentType };
  DOCUMENT_REJECTED: { documentType: DocumentType };

  // ── agreements ──
  AGREEMENT_GENERATED: { reference: string; feeScheduleVersion: number; sha256: string };
  /** An unsigned agreement replaced because the fee schedule changed; the row is the new agreement's. */
  AGREEMENT_REGENERATED: { replaces: string; fromVersion: number; toVersion: number };
  MERCHANT_SIGNED: { sha256: string; ip: string | null };
  COUNTERSIGNED: { finalSha256: string };
  /** An unsigned agreement replaced by a newer one (the fee schedule changed); the row is the old agreement's. */
  AGREEMENT_VOIDED: { replacedById: string };
  AGREEMENT_TEMPLATE_PUBLISHED: { version: number };

  // ── installations: `INSTALLATION_<event>` for each appointment event, plus these ──
  INSTALLATION_REQUESTED: NoPayload;
  INSTALLATION_CONFIRM: NoPayload;
  INSTALLATION_RESCHEDULE: NoPayload;
  INSTALLATION_ARRIVE: NoPayload;
  INSTALLATION_RECORD_TEST: NoPayload;
  INSTALLATION_MERCHANT_ACCEPT: NoPayload;
  INSTALLATION_DISPUTE: NoPayload;
  INSTALLATION_CANCEL: NoPayload;
  /** New windows for an appointment not confirmed yet (it stays PROPOSED, so it is not the machine's RESCHEDULE). */
  RESCHEDULE: NoPayload;
  TERMINAL_RECORDED: { serialNumber: string };
  /** A terminal recorded by mistake, taken off the appointment before completion. */
  TERMINAL_REMOVED: { serialNumber: string };

  // ── tickets: `TICKET_<event>` for each ticket event, plus these ──
  TICKET_OPENED: { priority: TicketPriority };
  TICKET_START: NoPayload;
  TICKET_WAIT_ON_MERCHANT: NoPayload;
  TICKET_WAIT_ON_THIRD_PARTY: NoPayload;
  TICKET_RESUME: NoPayload;
  TICKET_RESOLVE: NoPayload;
  TICKET_REOPEN: NoPayload;
  TICKET_CLOSE: NoPayload;
  TICKET_CANCEL: NoPayload;
  TICKET_MERGE: NoPayload;
  TICKET_ASSIGNED: { assigneeId: string | null };
  TICKET_PRIORITY_CHANGED: { from: TicketPriority; to: TicketPriority };
  TICKET_RATED: { rating: number };
  /** Written on the ticket a duplicate was merged into. */
  TICKET_DUPLICATE_MERGED: { duplicate: string };
  TICKET_AUTO_CLOSED: NoPayload;
  SLA_WARNING: { phase: 'FIRST_RESPONSE' | 'RESOLUTION'; dueAt: string };
  SLA_BREACHED: { phase: 'FIRST_RESPONSE' | 'RESOLUTION'; dueAt: string };
  SITE_VISIT_SCHEDULED: { visitId: string; technicianId: string; start: string; end: string };
  SITE_VISIT_COMPLETED: { visitId: string };

  // ── prevention ──
  INSPECTION_COMPLETED: {
    terminalId: string;
    dueDate: string;
    passed: boolean;
    failed: InspectionItem[];
    nextInspectionDue: string;
    followUpTicketId: string | null;
  };
  /** The merchant was told a cashier's refresher training is due; the row makes the reminder a one-off. */
  TRAINING_REFRESHER_REMINDED: { module: string; traineeName: string };

  // ── providers ──
  PROVIDER_CREATED: { name: string };
  PROVIDER_SUSPENDED: NoPayload;
  PROVIDER_RESTORED: NoPayload;
  PROVIDER_PROFILE_UPDATED: NoPayload;
  DOCUMENT_REQUIREMENTS_UPDATED: { items: { documentType: DocumentType; required: boolean; note: string; noteEn: string }[] };
  TERMINAL_MODELS_UPDATED: { names: string[] };
  FEE_SCHEDULE_PUBLISHED: { providerId: string; version: number };
  SLA_SETTINGS_CHANGED: SlaSettings;
  WEBHOOK_REGISTERED: { url: string; events: WebhookEvent[] };
  WEBHOOK_REMOVED: { url: string };
  WEBHOOK_PRIVATE_ALLOWED: { url: string };
  WEBHOOK_PRIVATE_REVOKED: { url: string };

  // ── accounts and staff ──
  STAFF_INVITED: { providerId: string; email: string };
  STAFF_INVITATION_RESENT: { providerId: string };
  INVITATION_ACCEPTED: NoPayload;
  STAFF_ROLE_CHANGED: { providerId: string };
  STAFF_DEACTIVATED: { providerId: string };
  STAFF_REACTIVATED: { providerId: string };
  ACCOUNT_LOCKED: { until: string; failures: number };
  REFRESH_TOKEN_REUSED: { familyId: string };

  // ── platform ──
  CALENDAR_DAY_SET: {
    date: string;
    isWorkday: boolean;
    name: string | null;
    before: { isWorkday: boolean; name: string | null; source: CalendarSource } | null;
  };
  CALENDAR_DAY_RESET: {
    date: string;
    before: { isWorkday: boolean; name: string | null };
    restored: { isWorkday: boolean; name: string | null } | null;
  };
  TREE_VERSION_SAVED: { category: FaultCategory; version: number };
}

export type AuditAction = keyof AuditPayloads;

/**
 * The entity each action is about: the audit writer fills `entityType` from it, so an action is never filed under
 * another kind of row. `satisfies` makes a missing or unknown action a compile error.
 */
export const AUDIT_ENTITY_OF = {
  CREATED: 'Application',
  SUBMIT: 'Application',
  CLAIM: 'Application',
  RELEASE: 'Application',
  REQUEST_CHANGES: 'Application',
  ESCALATE: 'Application',
  APPROVE: 'Application',
  REJECT: 'Application',
  WITHDRAW: 'Application',
  SEND_AGREEMENT: 'Application',
  SIGN: 'Application',
  SCHEDULE_INSTALL: 'Application',
  COMPLETE_INSTALL: 'Application',
  DISPUTE_INSTALL: 'Application',
  GO_LIVE: 'Application',
  SENSITIVE_FIELD_REVEALED: 'Application',
  DOCUMENT_UPLOADED: 'ApplicationDocument',
  DOCUMENT_DELETED: 'ApplicationDocument',
  DOCUMENT_ACCEPTED: 'ApplicationDocument',
  DOCUMENT_REJECTED: 'ApplicationDocument',
  AGREEMENT_GENERATED: 'Agreement',
  AGREEMENT_REGENERATED: 'Agreement',
  MERCHANT_SIGNED: 'Agreement',
  COUNTERSIGNED: 'Agreement',
  AGREEMENT_VOIDED: 'Agreement',
  AGREEMENT_TEMPLATE_PUBLISHED: 'AgreementTemplate',
  INSTALLATION_REQUESTED: 'InstallationAppointment',
  INSTALLATION_CONFIRM: 'InstallationAppointment',
  INSTALLATION_RESCHEDULE: 'InstallationAppointment',
  INSTALLATION_ARRIVE: 'InstallationAppointment',
  INSTALLATION_RECORD_TEST: 'InstallationAppointment',
  INSTALLATION_MERCHANT_ACCEPT: 'InstallationAppointment',
  INSTALLATION_DISPUTE: 'InstallationAppointment',
  INSTALLATION_CANCEL: 'InstallationAppointment',
  RESCHEDULE: 'InstallationAppointment',
  TERMINAL_RECORDED: 'Terminal',
  TERMINAL_REMOVED: 'Terminal',
  TICKET_OPENED: 'Ticket',
  TICKET_START: 'Ticket',
  TICKET_WAIT_ON_MERCHANT: 'Ticket',
  TICKET_WAIT_ON_THIRD_PARTY: 'Ticket',
  TICKET_RESUME: 'Ticket',
  TICKET_RESOLVE: 'Ticket',
  TICKET_REOPEN: 'Ticket',
  TICKET_CLOSE: 'Ticket',
  TICKET_CANCEL: 'Ticket',
  TICKET_MERGE: 'Ticket',
  TICKET_ASSIGNED: 'Ticket',
  TICKET_PRIORITY_CHANGED: 'Ticket',
  TICKET_RATED: 'Ticket',
  TICKET_DUPLICATE_MERGED: 'Ticket',
  TICKET_AUTO_CLOSED: 'Ticket',
  SLA_WARNING: 'Ticket',
  SLA_BREACHED: 'Ticket',
  SITE_VISIT_SCHEDULED: 'Ticket',
  SITE_VISIT_COMPLETED: 'Ticket',
  INSPECTION_COMPLETED: 'Inspection',
  TRAINING_REFRESHER_REMINDED: 'TrainingRecord',
  PROVIDER_CREATED: 'Provider',
  PROVIDER_SUSPENDED: 'Provider',
  PROVIDER_RESTORED: 'Provider',
  PROVIDER_PROFILE_UPDATED: 'Provider',
  DOCUMENT_REQUIREMENTS_UPDATED: 'Provider',
  TERMINAL_MODELS_UPDATED: 'Provider',
  FEE_SCHEDULE_PUBLISHED: 'FeeSchedule',
  SLA_SETTINGS_CHANGED: 'Provider',
  WEBHOOK_REGISTERED: 'WebhookEndpoint',
  WEBHOOK_REMOVED: 'WebhookEndpoint',
  WEBHOOK_PRIVATE_ALLOWED: 'WebhookEndpoint',
  WEBHOOK_PRIVATE_REVOKED: 'WebhookEndpoint',
  STAFF_INVITED: 'User',
  STAFF_INVITATION_RESENT: 'User',
  INVITATION_ACCEPTED: 'User',
  STAFF_ROLE_CHANGED: 'User',
  STAFF_DEACTIVATED: 'User',
  STAFF_REACTIVATED: 'User',
  ACCOUNT_LOCKED: 'User',
  REFRESH_TOKEN_REUSED: 'User',
  CALENDAR_DAY_SET: 'BusinessCalendar',
  CALENDAR_DAY_RESET: 'BusinessCalendar',
  TREE_VERSION_SAVED: 'TroubleshootingTree',
} as const satisfies Record<AuditAction, AuditEntity>;

/** Every action, for filters and tests. */
export const AUDIT_ACTIONS = Object.keys(AUDIT_ENTITY_OF) as AuditAction[];

/** The payload of `action`: `null` when the action carries none. */
export type AuditPayload<A extends AuditAction> = AuditPayloads[A];

// A machine event without its audit action fails to compile here, so adding an event means naming its record.
type MustBeActions<T extends AuditAction> = T;
export type ApplicationEventAction = MustBeActions<ApplicationEvent>;
export type TicketEventAction = MustBeActions<`TICKET_${TicketEvent}`>;
export type AppointmentEventAction = MustBeActions<`INSTALLATION_${AppointmentEvent}`>;
