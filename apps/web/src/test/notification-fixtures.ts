import type { NotificationView, OutboxEmailView, WebhookDeliveryView, WebhookEndpointView } from '@pos/shared';

/** Notification, mailbox and webhook API shapes with believable demo values; each test overrides what it is about. */

export function makeNotification(overrides: Partial<NotificationView> = {}): NotificationView {
  return {
    id: 'n-1',
    type: 'application.changes_requested',
    data: { applicationId: 'app-1', reference: 'APP-2026-0001', message: '请补充营业执照' },
    readAt: null,
    createdAt: new Date(Date.now() - 5 * 60_000).toISOString(),
    ...overrides,
  };
}

export function makeOutboxEmail(overrides: Partial<OutboxEmailView> = {}): OutboxEmailView {
  return {
    id: 'mail-1',
    toAddress: 'wang@example.com',
    subject: '申请 APP-2026-0001 需要补充材料',
    bodyText: '您好，王店主：\n\n审核员请您修改或补充部分信息：请补充营业执照',
    type: 'application.changes_requested',
    locale: 'zh-CN',
    status: 'PENDING',
    attempts: 0,
    lastError: null,
    sentAt: null,
    createdAt: '2026-05-20T02:00:00.000Z',
    ...overrides,
  };
}

export function makeWebhook(overrides: Partial<WebhookEndpointView> = {}): WebhookEndpointView {
  return {
    id: 'wh-1',
    url: 'https://erp.example.com/pos/webhook',
    events: ['application.submitted', 'ticket.opened'],
    active: true,
    allowPrivateNetwork: false,
    createdAt: '2026-05-01T02:00:00.000Z',
    lastDelivery: { status: 'SENT', statusCode: 200, at: '2026-05-20T02:00:00.000Z' },
    ...overrides,
  };
}

export function makeDelivery(overrides: Partial<WebhookDeliveryView> = {}): WebhookDeliveryView {
  return {
    id: 'del-1',
    event: 'ticket.opened',
    status: 'FAILED',
    attempts: 3,
    lastStatusCode: 500,
    lastError: 'HTTP 500',
    deliveredAt: null,
    replayOfId: null,
    createdAt: '2026-05-20T02:00:00.000Z',
    payload: { event: 'ticket.opened', data: { ticketId: 't-1', reference: 'TK-2026-0001' } },
    ...overrides,
  };
}
