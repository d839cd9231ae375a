import type { TerminalType, TrainingModule } from '../domain/enums.js';
import type { LocalizedText } from '../troubleshooting/response-codes.js';
import { CHECKLIST_ITEMS } from './installations.contract.js';

// ── inspections ──

/**
 * Wear a technician looks for on a periodic visit, on top of the installation checklist: a cracked casing, a frayed
 * cable, keys worn blank, a scratched or dim screen, a broken seal or tamper label (a sign of a skimmer).
 */
export const INSPECTION_WEAR_ITEMS = ['casing', 'cable', 'keypad', 'screen', 'seal'] as const;
export type InspectionWearItem = (typeof INSPECTION_WEAR_ITEMS)[number];

/** Every item of a periodic inspection: the installation checks first, then the physical wear. */
export const INSPECTION_ITEMS = [...CHECKLIST_ITEMS, ...INSPECTION_WEAR_ITEMS] as const;
export type InspectionItem = (typeof INSPECTION_ITEMS)[number];
/** true = the item is fine. The inspection passes only when every item is fine. */
export type InspectionChecklist = Record<InspectionItem, boolean>;

/** Reminders go out this many days before an inspection is due (once per due date). */
export const INSPECTION_REMINDER_DAYS = 7;
/** Bounds for an inspection interval, in days (provider default and per model). */
export const INSPECTION_INTERVAL_MIN_DAYS = 7;
export const INSPECTION_INTERVAL_MAX_DAYS = 365;
/** The technician's list shows what falls due within this many days unless asked otherwise. */
export const DEFAULT_DUE_WITHIN_DAYS = 30;
export const MAX_DUE_WITHIN_DAYS = 365;

/** One live terminal with its next inspection, for the provider's due list. */
export interface InspectionDueView {
  terminalId: string;
  serialNumber: string;
  type: TerminalType;
  model: string;
  address: string;
  merchant: { id: string; displayName: string; businessName: string | null };
  /** YYYY-MM-DD (Beijing calendar date). */
  dueDate: string;
  /** Negative when overdue. */
  daysUntilDue: number;
  overdue: boolean;
  /** The interval that applies to this terminal: its model's, else the provider's default. */
  intervalDays: number;
  lastInspectionAt: string | null;
  /** When the reminder for this due date went out, if it has. */
  reminderSentAt: string | null;
}

/** GET /api/console/inspections/due?withinDays=30&overdueOnly=true (TECHNICIAN, SUPPORT, PROVIDER_ADMIN) */
export interface InspectionDueQuery {
  withinDays?: number;
  overdueOnly?: boolean;
}

export interface InspectionDueListResponse {
  /** Today in Beijing, YYYY-MM-DD: what "overdue" was measured against. */
  today: string;
  overdueCount: number;
  items: InspectionDueView[];
}

/** POST /api/console/terminals/:terminalId/inspections (TECHNICIAN) */
export interface RecordInspectionRequest {
  checklist: InspectionChecklist;
  notes?: string;
  /** Open a follow-up ticket for what failed; only for an inspection that did not pass. */
  openFollowUpTicket?: boolean;
}

export interface InspectionView {
  id: string;
  terminal: { id: string; serialNumber: string; model: string };
  /** The due date this inspection answered, YYYY-MM-DD. */
  dueDate: string;
  completedAt: string | null;
  technician: { id: string; displayName: string } | null;
  checklist: InspectionChecklist | null;
  passed: boolean | null;
  notes: string | null;
  followUpTicket: { id: string; reference: string } | null;
  /** The terminal's next due date after this inspection, YYYY-MM-DD. */
  nextInspectionDue: string | null;
}

/** GET /api/console/terminals/:terminalId/inspections and GET /api/prevention/terminals/:terminalId/inspections */
export interface InspectionListResponse {
  items: InspectionView[];
}

// ── training ──

export interface TrainingSection {
  title: LocalizedText;
  /** Short points a cashier reads through, one per line on screen. */
  points: LocalizedText[];
}

export interface TrainingQuestionContent {
  id: string;
  prompt: LocalizedText;
  options: LocalizedText[];
}

/** A module as the browser sees it: no answer key (quizzes are graded on the server). */
export interface TrainingModuleView {
  module: TrainingModule;
  title: LocalizedText;
  summary: LocalizedText;
  minutes: number;
  sections: TrainingSection[];
  questions: TrainingQuestionContent[];
  /** Correct answers needed to pass. */
  passMark: number;
}

/** GET /api/prevention/training/modules (MERCHANT) */
export interface TrainingModuleListResponse {
  items: TrainingModuleView[];
}

/** POST /api/prevention/training/records (MERCHANT): a record exists only for a passed quiz. */
export interface RecordTrainingRequest {
  module: TrainingModule;
  traineeName: string;
  /** YYYY-MM-DD, not after today. */
  trainedOn: string;
  trainerName?: string;
  notes?: string;
  /** The chosen option's index for each question, in the module's question order. */
  answers: number[];
}

export interface TrainingRecordView {
  id: string;
  module: TrainingModule;
  traineeName: string;
  trainedOn: string;
  trainerName: string | null;
  notes: string | null;
  quizScore: number | null;
  quizTotal: number | null;
  createdAt: string;
}

/** Details of a QUIZ_NOT_PASSED error: how far off, and which questions to look at again. */
export interface QuizResultDetails {
  score: number;
  total: number;
  passMark: number;
  wrongQuestionIds: string[];
}

export type RefresherState = 'CURRENT' | 'DUE_SOON' | 'DUE';

/** A trainee's latest completion of a module and when the refresher falls due. */
export interface TrainingRefresherView {
  traineeName: string;
  module: TrainingModule;
  lastTrainedOn: string;
  refresherDueOn: string;
  state: RefresherState;
}

/** Refresher training shows as "due soon" this many days ahead. */
export const REFRESHER_DUE_SOON_DAYS = 30;
export const DEFAULT_TRAINING_REFRESHER_DAYS = 365;
export const TRAINING_REFRESHER_MIN_DAYS = 30;
export const TRAINING_REFRESHER_MAX_DAYS = 1095;

/** GET /api/prevention/training/records (MERCHANT) */
export interface TrainingOverviewResponse {
  today: string;
  refresherDays: number;
  records: TrainingRecordView[];
  /** One row per trainee and module, the ones due first. */
  refreshers: TrainingRefresherView[];
}

/** GET and PUT /api/prevention/settings (MERCHANT) */
export interface PreventionSettingsView {
  trainingRefresherDays: number;
}
export type UpdatePreventionSettingsRequest = PreventionSettingsView;

// ── emergency plan and sign ──

/** A provider the merchant has terminals with, and its service hotline. */
export interface PreventionProviderView {
  id: string;
  name: string;
  nameEn: string;
  contactPhone: string;
}

/** GET /api/prevention/providers (MERCHANT) */
export interface PreventionProviderListResponse {
  items: PreventionProviderView[];
}

export interface EmergencyContact {
  name: string;
  role: string;
  phone: string;
}

/** PUT /api/prevention/emergency-plan (MERCHANT) */
export interface SaveEmergencyPlanRequest {
  /** What the till does while the terminal is down, e.g. the shop's QR code. */
  fallbackPayment: string;
  contacts: EmergencyContact[];
  /** Steps at the till, one per line. */
  steps: string;
  providerHotline?: string;
}

/** GET /api/prevention/emergency-plan (MERCHANT): the saved plan, or a blank one prefilled with the hotline. */
export interface EmergencyPlanView {
  saved: boolean;
  fallbackPayment: string;
  contacts: EmergencyContact[];
  steps: string;
  providerHotline: string | null;
  updatedAt: string | null;
}

export const EMERGENCY_CONTACTS_MAX = 8;

export const SIGN_SIZES = ['A5', 'A4'] as const;
export type SignSize = (typeof SIGN_SIZES)[number];

/** GET /api/prevention/reminder-sign?size=A5&providerId= (MERCHANT): application/pdf */
export interface ReminderSignQuery {
  size?: SignSize;
  providerId?: string;
}

// ── dates ──

const DAY_MS = 86_400_000;
const BEIJING_OFFSET_MS = 8 * 3_600_000;

/** The calendar date in Beijing (UTC+8, no daylight saving) at `at`, as YYYY-MM-DD. */
export function beijingDate(at: Date = new Date()): string {
  return new Date(at.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/** `days` after a YYYY-MM-DD date (negative for before). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`, both YYYY-MM-DD. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The interval that applies to a terminal: its model's own, else the provider's default. */
export function inspectionIntervalOf(modelIntervalDays: number | null | undefined, providerIntervalDays: number): number {
  return modelIntervalDays ?? providerIntervalDays;
}

/** When a refresher falls due and how urgent it is. */
export function refresherStateOf(lastTrainedOn: string, refresherDays: number, today: string): { refresherDueOn: string; state: RefresherState } {
  const refresherDueOn = addDays(lastTrainedOn, refresherDays);
  const left = daysBetween(today, refresherDueOn);
  return { refresherDueOn, state: left <= 0 ? 'DUE' : left <= REFRESHER_DUE_SOON_DAYS ? 'DUE_SOON' : 'CURRENT' };
}
