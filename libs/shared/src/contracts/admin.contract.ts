import type { ProviderKind, ProviderStatus, SettlementCycle } from '../domain/enums.js';
import type { ProviderStaffRole } from '../domain/roles.js';
import type { Locale } from '../i18n/locale.js';

// ───────────── providers (PLATFORM_ADMIN) ─────────────

/** One row of GET /api/admin/providers: every provider, suspended ones included. */
export interface AdminProviderView {
  id: string;
  kind: ProviderKind;
  name: string;
  nameEn: string;
  licenceNumber: string;
  contactPhone: string;
  status: ProviderStatus;
  /** Staff accounts of every role, active, invited or deactivated. */
  staffCount: number;
  /** Provider admins who accepted their invitation and are not deactivated. */
  activeAdminCount: number;
  /** Whether a fee schedule exists: without one the provider is not listed in the catalog even when ACTIVE. */
  hasFeeSchedule: boolean;
  createdAt: string;
}

export interface AdminProviderListResponse {
  items: AdminProviderView[];
}

/**
 * POST /api/admin/providers: onboard a provider. The rules a provider admin tunes later (SLA days, inspection
 * interval, support hours, second-approval rules) start at the schema's defaults; the provider appears in the
 * catalog once its admin publishes a fee schedule.
 */
export interface CreateProviderRequest {
  kind: ProviderKind;
  /** Unique across the marketplace. */
  name: string;
  nameEn: string;
  licenceNumber: string;
  description: string;
  descriptionEn?: string;
  contactPhone: string;
  /** Province-level GB/T 2260 codes (REGION_CODES). */
  serviceRegions: string[];
  settlementCycle: SettlementCycle;
  responseHours: number;
  onSiteHours: number;
}

/** POST /api/admin/providers/:id/suspend and …/restore; the reason is kept in the audit log. */
export interface ProviderStatusChangeRequest {
  reason?: string;
}

// ───────────── invitations ─────────────

/** Days an invitation link stays valid. */
export const INVITATION_TTL_DAYS = 7;

/**
 * POST /api/admin/providers/:id/invitations (PLATFORM_ADMIN, always a PROVIDER_ADMIN) and
 * POST /api/console/staff/invitations (PROVIDER_ADMIN, with `role`). The account exists at once but cannot sign in
 * until the invitee sets a password through the emailed link.
 */
export interface InviteStaffRequest {
  email: string;
  displayName: string;
  /** Only for provider admins inviting their own staff. */
  role?: ProviderStaffRole;
  /** Language of the invitation email and of the account; zh-CN when absent. */
  locale?: Locale;
}

/** A staff account as the admin screens show it. */
export interface StaffAccountView {
  id: string;
  displayName: string;
  role: ProviderStaffRole;
  mobile: string | null;
  email: string | null;
  /** INVITED until the invitee sets a password; DISABLED once deactivated. */
  status: StaffAccountStatus;
  invitationExpiresAt: string | null;
  lastLoginAt: string | null;
  disabledAt: string | null;
  createdAt: string;
}

export const StaffAccountStatus = { ACTIVE: 'ACTIVE', INVITED: 'INVITED', DISABLED: 'DISABLED' } as const;
export type StaffAccountStatus = (typeof StaffAccountStatus)[keyof typeof StaffAccountStatus];

export interface StaffAccountListResponse {
  items: StaffAccountView[];
}

/** PUT /api/console/staff/:id/role (PROVIDER_ADMIN) */
export interface ChangeStaffRoleRequest {
  role: ProviderStaffRole;
}

/** POST /api/auth/accept-invitation (public): sets the password and activates the account; then sign in. */
export interface AcceptInvitationRequest {
  token: string;
  password: string;
}

/** The answer to a valid accept: the login name to sign in with. */
export interface AcceptInvitationResponse {
  loginName: string;
}

/** Link path of an invitation; the API puts its PUBLIC_URL in front. */
export const INVITATION_PATH = '/accept-invitation';

/** The invitation email, in each language. `{link}` is the full accept link. */
export const INVITATION_EMAIL: Record<Locale, { subject: string; body: string }> = {
  'zh-CN': {
    subject: '邀请您加入 {provider} 的 POS 服务平台账号',
    body: '{displayName}，您好：\n\n{inviter}邀请您以“{role}”身份加入 {provider}。请在 {days} 天内打开下面的链接设置密码并启用账号：\n\n{link}\n\n如果您并不认识发出邀请的人，请忽略此邮件。',
  },
  en: {
    subject: 'Your invitation to {provider} on the POS portal',
    body: 'Hello {displayName},\n\n{inviter} invites you to join {provider} as {role}. Open this link within {days} days to set your password and activate your account:\n\n{link}\n\nIf you do not know who sent this, ignore this email.',
  },
};

/** Role names as the invitation email shows them. */
export const ROLE_NAMES: Record<Locale, Record<ProviderStaffRole, string>> = {
  'zh-CN': { REVIEWER: '审核员', SUPPORT: '客服', TECHNICIAN: '装机/维修技术员', PROVIDER_ADMIN: '服务商管理员' },
  en: { REVIEWER: 'reviewer', SUPPORT: 'support agent', TECHNICIAN: 'technician', PROVIDER_ADMIN: 'provider admin' },
};

// ───────────── business calendar ─────────────

export const CalendarSource = { PACKAGE: 'PACKAGE', ADMIN: 'ADMIN' } as const;
export type CalendarSource = (typeof CalendarSource)[keyof typeof CalendarSource];

/** A day that differs from the Monday–Friday rule: a public holiday or a make-up workday (调休). */
export interface CalendarDayView {
  /** YYYY-MM-DD, a Beijing calendar day. */
  date: string;
  isWorkday: boolean;
  name: string | null;
  /** ADMIN rows are the platform admin's corrections and win over the package's data. */
  source: CalendarSource;
  /** For an ADMIN row: what the package says about this day, if anything (what DELETE restores). */
  packageValue: { isWorkday: boolean; name: string | null } | null;
}

/** GET /api/admin/calendar?year=2027 */
export interface CalendarYearResponse {
  year: number;
  /** Whether the chinese-days package has any data for this year; when not, the admin must enter the holidays. */
  packageKnowsYear: boolean;
  days: CalendarDayView[];
}

/** PUT /api/admin/calendar/:date */
export interface SetCalendarDayRequest {
  isWorkday: boolean;
  name?: string | null;
}

/** Years the calendar screen offers. */
export const CALENDAR_MIN_YEAR = 2000;
export const CALENDAR_MAX_YEAR = 2100;

// ───────────── audit log ─────────────

/** GET /api/admin/audit-events: filters are combined with AND; newest first, keyset-paginated by `cursor`. */
export interface AuditEventQuery {
  /** A user id, or a login name (mobile number or email) of the person who acted. */
  actor?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  /** YYYY-MM-DD, Beijing days, inclusive. */
  from?: string;
  to?: string;
  cursor?: string;
}

export interface AuditEventView {
  id: string;
  entityType: string;
  entityId: string;
  action: string;
  actor: { id: string; displayName: string; role: string; loginName: string | null } | null;
  fromStatus: string | null;
  toStatus: string | null;
  reason: string | null;
  data: unknown;
  createdAt: string;
}

export interface AuditEventListResponse {
  items: AuditEventView[];
  nextCursor: string | null;
}

export const AUDIT_PAGE_SIZE = 50;
