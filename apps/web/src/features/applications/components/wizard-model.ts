import {
  FEE_CHANNELS,
  normalizeBankAccount,
  type ApplicationTerminalRequestView,
  type ApplicationView,
  type ApplicationVolumeView,
  type DocumentType,
  type FeeChannel,
  type SaveApplicationDraftRequest,
  type TerminalType,
} from '@pos/shared';
import type { FieldPath } from '../../../lib/form-errors';
import { fenToYuanText, parseYuanToFen } from '../../../lib/format';

/** The wizard's steps, in order; `wizardStep` on the application is an index into this list. */
export const WIZARD_STEPS = ['business', 'legalRep', 'contact', 'settlement', 'volume', 'documents', 'review'] as const;
export type WizardStepKey = (typeof WIZARD_STEPS)[number];
export const VOLUME_STEP = WIZARD_STEPS.indexOf('volume');
export const DOCUMENTS_STEP = WIZARD_STEPS.indexOf('documents');
export const REVIEW_STEP = WIZARD_STEPS.indexOf('review');

/** Plain text fields, each typed into one input and saved as it is (after trimming). */
export const TEXT_FIELDS = [
  'businessName',
  'creditCode',
  'businessAddress',
  'mcc',
  'businessScope',
  'openingDate',
  'legalRepName',
  'legalRepIdNumber',
  'legalRepMobile',
  'contactName',
  'contactMobile',
  'contactEmail',
  'settlementAccountName',
  'settlementBank',
  'settlementBranch',
  'settlementAccountNumber',
  'installAddress',
  'installRegion',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** Write-only numbers: the API returns only a masked copy, so the input starts empty and is sent only when typed. */
export const SENSITIVE_FIELDS = ['legalRepIdNumber', 'settlementAccountNumber'] as const;
export type SensitiveField = (typeof SENSITIVE_FIELDS)[number];

export const MASKED_OF: Record<SensitiveField, 'legalRepIdMasked' | 'settlementAccountMasked'> = {
  legalRepIdNumber: 'legalRepIdMasked',
  settlementAccountNumber: 'settlementAccountMasked',
};

/** Every draft field the wizard shows, by name as the API spells it. */
export type WizardField = TextField | 'volumes' | 'terminalRequests';
const WIZARD_FIELDS: readonly string[] = [...TEXT_FIELDS, 'volumes', 'terminalRequests'];

export function isWizardField(name: string): name is WizardField {
  return WIZARD_FIELDS.includes(name);
}

/** Which step shows each field. */
export const STEP_OF_FIELD: Record<WizardField, number> = {
  businessName: 0,
  creditCode: 0,
  businessAddress: 0,
  mcc: 0,
  businessScope: 0,
  openingDate: 0,
  legalRepName: 1,
  legalRepIdNumber: 1,
  legalRepMobile: 1,
  contactName: 2,
  contactMobile: 2,
  contactEmail: 2,
  settlementAccountName: 3,
  settlementBank: 3,
  settlementBranch: 3,
  settlementAccountNumber: 3,
  volumes: 4,
  terminalRequests: 4,
  installAddress: 4,
  installRegion: 4,
};

/** The step that shows an API field path such as `volumes.0.monthlyAmountFen`; undefined when none does. */
export function stepOfField(field: string): number | undefined {
  const root = field.split('.')[0] ?? '';
  return isWizardField(root) ? STEP_OF_FIELD[root] : undefined;
}

export function fieldsOfStep(step: number): WizardField[] {
  return (Object.keys(STEP_OF_FIELD) as WizardField[]).filter((field) => STEP_OF_FIELD[field] === step);
}

export function clampStep(step: number | null | undefined): number {
  if (typeof step !== 'number' || !Number.isInteger(step)) return 0;
  return Math.min(Math.max(step, 0), WIZARD_STEPS.length - 1);
}

export interface VolumeInput {
  /** Yuan as typed. */
  monthlyAmount?: string;
  averageTicket?: string;
}

export interface TerminalInput {
  terminalType?: TerminalType;
  count?: number | null;
}

/** The wizard form's values: text as typed, money as yuan text, volumes keyed by channel. */
export type WizardValues = Partial<Record<TextField, string>> & {
  volumes?: Partial<Record<FeeChannel, VolumeInput>>;
  terminalRequests?: TerminalInput[];
};

/** The form's starting values from a saved application. Sensitive numbers start empty (only their mask is known). */
export function valuesFromView(view: ApplicationView): WizardValues {
  const values: WizardValues = {};
  for (const field of TEXT_FIELDS) {
    if ((SENSITIVE_FIELDS as readonly string[]).includes(field)) continue;
    const value = view[field as Exclude<TextField, SensitiveField>];
    if (value !== null && value !== undefined) values[field] = value;
  }
  const volumes: Partial<Record<FeeChannel, VolumeInput>> = {};
  for (const volume of view.volumes) {
    volumes[volume.channel] = {
      monthlyAmount: fenToYuanText(volume.monthlyAmountFen),
      ...(volume.averageTicketFen !== null ? { averageTicket: fenToYuanText(volume.averageTicketFen) } : {}),
    };
  }
  values.volumes = volumes;
  values.terminalRequests =
    view.terminalRequests.length > 0 ? view.terminalRequests.map((request) => ({ ...request })) : [{ terminalType: undefined, count: 1 }];
  return values;
}

/** What is sent for a text field: trimmed, the credit code upper-case, the account number without spaces. */
export function normalizeText(field: TextField, value: string | undefined): string {
  const trimmed = (value ?? '').trim();
  if (field === 'creditCode' || field === 'legalRepIdNumber') return trimmed.toUpperCase();
  if (field === 'settlementAccountNumber') return normalizeBankAccount(trimmed);
  return trimmed;
}

/** The volumes as the API takes them, in channel order; channels left empty (or unreadable) are not sent. */
export function volumesOf(values: WizardValues): ApplicationVolumeView[] {
  const volumes: ApplicationVolumeView[] = [];
  for (const channel of FEE_CHANNELS) {
    const input = values.volumes?.[channel];
    const amount = parseYuanToFen(input?.monthlyAmount ?? '');
    if (!amount.ok) continue;
    const ticket = parseYuanToFen(input?.averageTicket ?? '');
    volumes.push({ channel, monthlyAmountFen: amount.value, averageTicketFen: ticket.ok ? ticket.value : null });
  }
  return volumes;
}

/** The terminal rows that are complete (a type and a positive count). */
export function terminalRequestsOf(values: WizardValues): ApplicationTerminalRequestView[] {
  return (values.terminalRequests ?? [])
    .filter((row): row is { terminalType: TerminalType; count: number } => Boolean(row?.terminalType) && typeof row?.count === 'number' && row.count > 0)
    .map(({ terminalType, count }) => ({ terminalType, count }));
}

function sameVolumes(a: readonly ApplicationVolumeView[], b: readonly ApplicationVolumeView[]): boolean {
  const key = (list: readonly ApplicationVolumeView[]) =>
    JSON.stringify(
      [...list]
        .sort((x, y) => FEE_CHANNELS.indexOf(x.channel) - FEE_CHANNELS.indexOf(y.channel))
        .map((v) => [v.channel, v.monthlyAmountFen, v.averageTicketFen ?? null]),
    );
  return key(a) === key(b);
}

function sameTerminals(a: readonly ApplicationTerminalRequestView[], b: readonly ApplicationTerminalRequestView[]): boolean {
  return JSON.stringify(a.map((r) => [r.terminalType, r.count])) === JSON.stringify(b.map((r) => [r.terminalType, r.count]));
}

export interface DraftPayload {
  /** Only what differs from the saved application; `wizardStep` is added by the caller. */
  body: SaveApplicationDraftRequest;
  /** The channel of each entry of `body.volumes`, to place `volumes.<i>.…` errors on the right row. */
  volumeChannels: FeeChannel[];
}

/**
 * The PATCH body for the form's values: every field that differs from the saved application. Sensitive numbers are
 * sent only when typed; a field emptied in the form is left as saved (the draft contract has no way to clear one).
 */
export function draftPayload(values: WizardValues, saved: ApplicationView): DraftPayload {
  const body: SaveApplicationDraftRequest = {};
  for (const field of TEXT_FIELDS) {
    const value = normalizeText(field, values[field]);
    if (!value) continue;
    const isSensitive = (SENSITIVE_FIELDS as readonly string[]).includes(field);
    if (!isSensitive && value === (saved[field as Exclude<TextField, SensitiveField>] ?? '')) continue;
    body[field] = value;
  }
  const volumes = volumesOf(values);
  if (!sameVolumes(volumes, saved.volumes)) body.volumes = volumes;
  const terminals = terminalRequestsOf(values);
  if (!sameTerminals(terminals, saved.terminalRequests) && terminals.length > 0) body.terminalRequests = terminals;
  return { body, volumeChannels: body.volumes?.map((volume) => volume.channel) ?? [] };
}

/** True when the form holds nothing the server does not already have. */
export function isPristine(payload: DraftPayload): boolean {
  return Object.keys(payload.body).length === 0;
}

/**
 * The Form.Item an API field error belongs to: `creditCode` → ['creditCode'],
 * `volumes.1.averageTicketFen` → ['volumes', <channel sent at index 1>, 'averageTicket'],
 * `terminalRequests.0.count` → ['terminalRequests', 0, 'count']. Undefined for list-level or unknown fields.
 */
export function formPathOf(field: string, volumeChannels: readonly FeeChannel[]): FieldPath | undefined {
  if ((TEXT_FIELDS as readonly string[]).includes(field)) return [field];
  const volume = /^volumes\.(\d+)\.(\w+)$/.exec(field);
  if (volume) {
    const channel = volumeChannels[Number(volume[1])];
    if (!channel) return undefined;
    return ['volumes', channel, volume[2] === 'averageTicketFen' ? 'averageTicket' : 'monthlyAmount'];
  }
  const terminal = /^terminalRequests\.(\d+)\.(\w+)$/.exec(field);
  if (terminal) return ['terminalRequests', Number(terminal[1]), terminal[2] === 'terminalType' ? 'terminalType' : 'count'];
  return undefined;
}

/** The form paths a step validates: its fields, with the nested volume and terminal inputs. */
export function validationPathsOf(step: number, cappedChannels: readonly FeeChannel[]): FieldPath[] {
  return fieldsOfStep(step).flatMap((field): FieldPath[] => {
    if (field === 'volumes')
      return FEE_CHANNELS.flatMap((channel) => [
        ['volumes', channel, 'monthlyAmount'],
        ...(cappedChannels.includes(channel) ? [['volumes', channel, 'averageTicket']] : []),
      ]);
    if (field === 'terminalRequests') return [['terminalRequests']];
    return [[field]];
  });
}

/** Documents still missing, in the order the provider lists them. */
export function sortMissingDocuments(missing: readonly DocumentType[], order: readonly { documentType: DocumentType }[]): DocumentType[] {
  const index = (type: DocumentType) => {
    const position = order.findIndex((item) => item.documentType === type);
    return position < 0 ? order.length : position;
  };
  return [...missing].sort((a, b) => index(a) - index(b));
}

/**
 * What the merchant may change. While CHANGES_REQUESTED with an open change request, only the fields and documents
 * the reviewer listed; otherwise everything (null).
 */
export function editableScope(view: ApplicationView): { fields: ReadonlySet<string> | null; documents: ReadonlySet<DocumentType> | null } {
  const request = view.status === 'CHANGES_REQUESTED' ? view.openChangeRequest : null;
  if (!request) return { fields: null, documents: null };
  return { fields: new Set(request.fields), documents: new Set(request.documentTypes) };
}

/**
 * Where the wizard opens: the saved `wizardStep`, except while changes are requested, when it opens at the first
 * step holding something the reviewer asked to change.
 */
export function initialStep(view: ApplicationView): number {
  const request = view.status === 'CHANGES_REQUESTED' ? view.openChangeRequest : null;
  if (!request) return clampStep(view.wizardStep);
  const steps = request.fields.map(stepOfField).filter((step): step is number => step !== undefined);
  if (request.documentTypes.length > 0) steps.push(DOCUMENTS_STEP);
  return steps.length > 0 ? Math.min(...steps) : clampStep(view.wizardStep);
}
