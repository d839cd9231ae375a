import type { FeeChannel, TerminalStatus, TerminalType } from '../domain/enums.js';
import type { AppointmentStatus } from '../state-machines/small.machines.js';

export interface TimeWindow {
  /** ISO date-time */
  start: string;
  end: string;
}

/** POST /api/applications/:id/installation (merchant, application SIGNED): two or more windows to choose from. */
export interface BookInstallationRequest {
  windows: TimeWindow[];
  contactName?: string;
  contactMobile?: string;
  notes?: string;
}

/** POST /api/console/installations/:id/confirm (PROVIDER_ADMIN, SUPPORT): a technician and one window. */
export interface ConfirmInstallationRequest {
  technicianId: string;
  /** Pick one of the merchant's windows by index, or give another window. */
  windowIndex?: number;
  window?: TimeWindow;
}

/** Reschedule (both sides): back to PROPOSED with new windows and a reason. */
export interface RescheduleInstallationRequest {
  reason: string;
  windows: TimeWindow[];
}

export interface ReasonRequest {
  reason: string;
}

/** The on-site checklist; every item must pass to complete. */
export const CHECKLIST_ITEMS = ['power', 'network', 'swipe', 'insert', 'tap', 'qrScan', 'printer', 'pinPad'] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];
export type Checklist = Record<ChecklistItem, boolean>;

/** ISO 8583 response code for an approved transaction. */
export const APPROVED_RESPONSE_CODE = '00';

export interface TestTransaction {
  amountFen: number;
  channel: FeeChannel;
  /** Two characters, e.g. "00" approved, "55" incorrect PIN. */
  responseCode: string;
  receiptPrinted: boolean;
}

/** POST /api/console/jobs/:id/terminals (TECHNICIAN on site) */
export interface RecordTerminalRequest {
  serialNumber: string;
  /** A model name from the provider's list. */
  model: string;
  simNetwork?: string;
  firmwareVersion?: string;
}

/** POST /api/console/jobs/:id/complete (TECHNICIAN) */
export interface CompleteInstallationRequest {
  checklist: Checklist;
  testTransaction: TestTransaction;
}

export interface TerminalView {
  id: string;
  serialNumber: string;
  type: TerminalType;
  model: string;
  simNetwork: string | null;
  firmwareVersion: string | null;
  status: TerminalStatus;
  address: string;
  installedAt: string;
  liveAt: string | null;
  provider: { id: string; name: string };
  merchant: { id: string; displayName: string; businessName: string | null };
  lastInspectionAt: string | null;
  nextInspectionDue: string | null;
}

export interface InstallationView {
  id: string;
  status: AppointmentStatus;
  applicationId: string;
  applicationReference: string;
  provider: { id: string; name: string };
  merchant: { displayName: string; businessName: string | null; contactName: string | null; contactMobile: string | null };
  address: string;
  proposedWindows: TimeWindow[];
  confirmedWindow: TimeWindow | null;
  technician: { id: string; displayName: string; mobile: string | null } | null;
  terminalsWanted: { terminalType: TerminalType; count: number }[];
  terminals: TerminalView[];
  checklist: Checklist | null;
  testTransaction: TestTransaction | null;
  notes: string | null;
  /** The latest reason given for a reschedule, cancellation or dispute. */
  lastReason: string | null;
  acceptedAt: string | null;
  updatedAt: string;
}

export interface InstallationListResponse {
  items: InstallationView[];
}

export interface TerminalListResponse {
  items: TerminalView[];
}
