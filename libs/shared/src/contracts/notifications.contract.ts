import type { Locale } from '../i18n/locale.js';

/**
 * Everything the portal tells people about, one stable name per event. The same texts serve the in-app centre
 * and the emails, so a person reads the same words in both.
 */
export const NOTIFICATION_TEXTS = {
  'application.submitted': {
    'zh-CN': { title: '新的入网申请 {reference}', body: '{businessName} 提交了入网申请，请在审核时限内处理。' },
    en: { title: 'New application {reference}', body: '{businessName} submitted an application; please review it within the review target.' },
  },
  'application.changes_requested': {
    'zh-CN': { title: '申请 {reference} 需要补充材料', body: '审核员请您修改或补充部分信息：{message}' },
    en: { title: 'Application {reference} needs changes', body: 'The reviewer asks you to change or add some information: {message}' },
  },
  'application.resubmitted': {
    'zh-CN': { title: '申请 {reference} 已重新提交', body: '商户已按要求修改，请继续审核。' },
    en: { title: 'Application {reference} resubmitted', body: 'The merchant made the requested changes; please continue the review.' },
  },
  'application.second_approval_needed': {
    'zh-CN': { title: '申请 {reference} 等待复核', body: '这是一笔高风险申请，需要另一位管理员复核批准。' },
    en: { title: 'Application {reference} needs a second approval', body: 'This is a high-risk application; another admin must approve it too.' },
  },
  'application.approved': {
    'zh-CN': { title: '申请 {reference} 已通过审核', body: '恭喜！服务协议已生成，请查看费用并签署。' },
    en: { title: 'Application {reference} approved', body: 'Congratulations! Your service agreement is ready: review the fees and sign it.' },
  },
  'application.rejected': {
    'zh-CN': { title: '申请 {reference} 未通过', body: '原因：{reason}' },
    en: { title: 'Application {reference} was not approved', body: 'Reason: {reason}' },
  },
  'agreement.signed': {
    'zh-CN': { title: '协议 {reference} 已由商户签署', body: '请尽快会签，商户即可预约装机。' },
    en: { title: 'Agreement {reference} signed by the merchant', body: 'Please countersign so the merchant can book the installation.' },
  },
  'agreement.countersigned': {
    'zh-CN': { title: '协议 {reference} 已生效', body: '服务商已会签，您现在可以预约装机时间。' },
    en: { title: 'Agreement {reference} is in force', body: 'The provider has countersigned; you can now book the installation.' },
  },
  'installation.requested': {
    'zh-CN': { title: '新的装机预约 {reference}', body: '商户提交了可选的装机时间，请安排技术员。' },
    en: { title: 'New installation request {reference}', body: 'The merchant proposed installation times; please dispatch a technician.' },
  },
  'installation.confirmed': {
    'zh-CN': { title: '装机时间已确认 {reference}', body: '技术员将于 {start} 上门安装。' },
    en: { title: 'Installation confirmed {reference}', body: 'The technician will come at {start}.' },
  },
  'installation.rescheduled': {
    'zh-CN': { title: '装机时间有变 {reference}', body: '对方提出了新的时间：{reason}' },
    en: { title: 'Installation times changed {reference}', body: 'New times were proposed: {reason}' },
  },
  'installation.cancelled': {
    'zh-CN': { title: '装机预约已取消 {reference}', body: '原因：{reason}' },
    en: { title: 'Installation cancelled {reference}', body: 'Reason: {reason}' },
  },
  'installation.to_confirm': {
    'zh-CN': { title: '请确认装机结果 {reference}', body: '技术员已完成安装和测试，请确认终端可以正常使用。' },
    en: { title: 'Please confirm the installation {reference}', body: 'The technician installed and tested your terminals; please confirm they work.' },
  },
  'installation.accepted': {
    'zh-CN': { title: '终端已上线 {reference}', body: '商户已确认装机，终端正式启用。' },
    en: { title: 'Terminals live {reference}', body: 'The merchant confirmed the installation; the terminals are live.' },
  },
  'installation.disputed': {
    'zh-CN': { title: '商户对装机有异议 {reference}', body: '原因：{reason}' },
    en: { title: 'The merchant disputes the installation {reference}', body: 'Reason: {reason}' },
  },
  'ticket.opened': {
    'zh-CN': { title: '新的报修单 {reference}', body: '商户提交了故障报修，请在首次响应时限内回复。' },
    en: { title: 'New ticket {reference}', body: 'A merchant reported a fault; please reply within the first-response target.' },
  },
  'ticket.replied': {
    'zh-CN': { title: '报修单 {reference} 有新回复', body: '服务商回复了您的报修单。' },
    en: { title: 'New reply on ticket {reference}', body: 'The provider replied to your ticket.' },
  },
  'ticket.merchant_replied': {
    'zh-CN': { title: '商户回复了报修单 {reference}', body: '请查看商户的最新回复。' },
    en: { title: 'The merchant replied on ticket {reference}', body: 'Please read the merchant’s reply.' },
  },
  'ticket.status_changed': {
    'zh-CN': { title: '报修单 {reference} 状态更新', body: '新的状态：{status}' },
    en: { title: 'Ticket {reference} updated', body: 'New status: {status}' },
  },
  'ticket.reopened': {
    'zh-CN': { title: '报修单 {reference} 被重新打开', body: '商户表示问题仍未解决。' },
    en: { title: 'Ticket {reference} reopened', body: 'The merchant says the problem is not solved.' },
  },
  'ticket.assigned': {
    'zh-CN': { title: '报修单 {reference} 已分配给您', body: '请查看并处理。' },
    en: { title: 'Ticket {reference} assigned to you', body: 'Please take a look.' },
  },
  'ticket.merged': {
    'zh-CN': { title: '报修单 {reference} 已合并', body: '该单与 {into} 重复，后续请在 {into} 中沟通。' },
    en: { title: 'Ticket {reference} merged', body: 'It repeats {into}; please continue in {into}.' },
  },
  'ticket.visit_scheduled': {
    'zh-CN': { title: '已安排上门维修 {reference}', body: '技术员将于 {start} 上门。' },
    en: { title: 'On-site visit booked {reference}', body: 'A technician will come at {start}.' },
  },
  'ticket.sla_warning': {
    'zh-CN': { title: '报修单 {reference} 即将超时', body: '请在 {dueAt} 前处理。' },
    en: { title: 'Ticket {reference} is about to breach its target', body: 'Please act before {dueAt}.' },
  },
  'ticket.sla_breached': {
    'zh-CN': { title: '报修单 {reference} 已超时', body: '已超过服务时限，已升级至管理员。' },
    en: { title: 'Ticket {reference} breached its target', body: 'The service target has passed; the ticket was escalated to the admins.' },
  },
  'site_visit.scheduled': {
    'zh-CN': { title: '新的上门维修任务 {reference}', body: '时间：{start}' },
    en: { title: 'New site visit {reference}', body: 'At {start}' },
  },
  'site_visit.completed': {
    'zh-CN': { title: '上门维修已完成 {reference}', body: '技术员已提交维修结果。' },
    en: { title: 'Site visit done {reference}', body: 'The technician reported the result.' },
  },
  'inspection.due': {
    'zh-CN': { title: '终端 {serialNumber} 即将到期巡检', body: '巡检到期日：{dueDate}' },
    en: { title: 'Terminal {serialNumber} is due for inspection', body: 'Due on {dueDate}' },
  },
  'training.due': {
    'zh-CN': { title: '收银员培训需要复训', body: '{traineeName} 的培训已到复训时间。' },
    en: { title: 'Cashier refresher training due', body: '{traineeName} is due for refresher training.' },
  },
} as const satisfies Record<string, Record<Locale, { title: string; body: string }>>;

export type NotificationType = keyof typeof NOTIFICATION_TEXTS;
export const NOTIFICATION_TYPES = Object.keys(NOTIFICATION_TEXTS) as NotificationType[];

export type NotificationData = Record<string, string | number | null>;

const STATUS_WORDS: Record<Locale, Record<string, string>> = {
  'zh-CN': { OPEN: '待处理', IN_PROGRESS: '处理中', WAITING_ON_MERCHANT: '待您回复', WAITING_ON_THIRD_PARTY: '等待第三方', RESOLVED: '已解决', REOPENED: '已重新打开', CLOSED: '已关闭' },
  en: { OPEN: 'Open', IN_PROGRESS: 'In progress', WAITING_ON_MERCHANT: 'Waiting for your reply', WAITING_ON_THIRD_PARTY: 'Waiting on a third party', RESOLVED: 'Resolved', REOPENED: 'Reopened', CLOSED: 'Closed' },
};
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A value as a person reads it: instants in Beijing time ("2026-12-01 09:00"), ticket statuses in words. */
function readable(key: string, value: string | number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' && ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value))) {
    return new Date(Date.parse(value) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
  }
  if (key === 'status') return STATUS_WORDS[locale][String(value)] ?? String(value);
  return String(value);
}

/** Fills {placeholders} from the data; a missing value shows as an empty string, never as "{x}". */
export function renderNotification(type: string, data: NotificationData, locale: Locale): { title: string; body: string } {
  const texts = (NOTIFICATION_TEXTS as Record<string, Record<Locale, { title: string; body: string }>>)[type];
  if (!texts) return { title: type, body: '' };
  const fill = (template: string) => template.replace(/\{(\w+)\}/g, (_, key: string) => readable(key, data[key], locale));
  return { title: fill(texts[locale].title), body: fill(texts[locale].body) };
}

/**
 * Where a notification leads, for the portal area of the person reading it. Null when there is nothing to open.
 */
export function notificationLink(data: NotificationData, area: 'merchant' | 'console' | 'admin'): string | null {
  const id = (key: string) => (typeof data[key] === 'string' ? encodeURIComponent(data[key] as string) : null);
  if (id('ticketId')) return area === 'merchant' ? `/merchant/tickets/${id('ticketId')}` : area === 'console' ? `/console/tickets/${id('ticketId')}` : null;
  if (id('visitId')) return area === 'console' ? '/console/visits' : null;
  if (id('applicationId')) {
    if (area === 'merchant') return `/merchant/applications/${id('applicationId')}`;
    if (area === 'console') return `/console/applications/${id('applicationId')}`;
    return `/admin/applications/${id('applicationId')}`;
  }
  if (id('terminalId')) return area === 'merchant' ? '/merchant/terminals' : area === 'console' ? '/console/terminals' : null;
  return null;
}

export interface NotificationView {
  id: string;
  type: string;
  data: NotificationData;
  readAt: string | null;
  createdAt: string;
}

/** GET /api/notifications?cursor=&unread=true (any signed-in user) */
export interface NotificationListResponse {
  items: NotificationView[];
  unreadCount: number;
  nextCursor: string | null;
}

/** GET /api/notifications/unread-count: polled by the bell. */
export interface UnreadCountResponse {
  count: number;
}

export interface NotificationPreferenceView {
  type: NotificationType;
  inApp: boolean;
  email: boolean;
}

/** GET /api/notifications/preferences and PUT with the same body (a row per type the person wants to change). */
export interface NotificationPreferencesResponse {
  items: NotificationPreferenceView[];
}

/** GET /api/admin/mailbox (PLATFORM_ADMIN): the email outbox, newest first. */
export interface OutboxEmailView {
  id: string;
  toAddress: string;
  subject: string;
  bodyText: string;
  type: string;
  locale: string;
  status: 'PENDING' | 'SENT' | 'FAILED';
  attempts: number;
  lastError: string | null;
  sentAt: string | null;
  createdAt: string;
}

export interface MailboxResponse {
  items: OutboxEmailView[];
  nextCursor: string | null;
  /** False when no SMTP server is configured: emails stay here and are not sent. */
  smtpConfigured: boolean;
}

// ── webhooks ──

/** Events a provider can receive at its own systems. */
export const WEBHOOK_EVENTS = [
  'application.submitted',
  'application.resubmitted',
  'application.approved',
  'application.rejected',
  'agreement.signed',
  'installation.requested',
  'installation.accepted',
  'ticket.opened',
  'ticket.status_changed',
  'ticket.sla_breached',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/**
 * How a receiver checks a delivery: HMAC-SHA256 with the endpoint's secret over `${timestamp}.${rawBody}`, hex,
 * sent as `X-Pos-Signature: t=<timestamp>,v1=<hex>`; `timestamp` is Unix seconds. Reject deliveries older than
 * five minutes to stop replays, and compare in constant time.
 */
export const WEBHOOK_SIGNATURE_HEADER = 'x-pos-signature';

export interface WebhookEndpointView {
  id: string;
  url: string;
  events: WebhookEvent[];
  active: boolean;
  allowPrivateNetwork: boolean;
  createdAt: string;
  /** Last delivery's outcome, for the list. */
  lastDelivery: { status: 'PENDING' | 'SENT' | 'FAILED'; statusCode: number | null; at: string } | null;
}

/** POST /api/console/webhooks (PROVIDER_ADMIN) */
export interface CreateWebhookRequest {
  url: string;
  events: WebhookEvent[];
}

/** The signing secret is shown once, in this response, and never again. */
export interface CreatedWebhookResponse extends WebhookEndpointView {
  secret: string;
}

export interface WebhookEndpointListResponse {
  items: WebhookEndpointView[];
}

export interface WebhookDeliveryView {
  id: string;
  event: string;
  status: 'PENDING' | 'SENT' | 'FAILED';
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  deliveredAt: string | null;
  replayOfId: string | null;
  createdAt: string;
  payload: unknown;
}

/** GET /api/console/webhooks/:id/deliveries; POST /api/console/webhooks/:id/deliveries/:deliveryId/replay */
export interface WebhookDeliveryListResponse {
  items: WebhookDeliveryView[];
}

/** PUT /api/admin/webhooks/:id/private-network (PLATFORM_ADMIN): allow delivery to private addresses. */
export interface AllowPrivateNetworkRequest {
  allow: boolean;
}

/** GET /api/admin/webhooks (PLATFORM_ADMIN): every provider's endpoints, to grant the private-network exception. */
export interface AdminWebhookListResponse {
  items: (WebhookEndpointView & { provider: { id: string; name: string } })[];
}
