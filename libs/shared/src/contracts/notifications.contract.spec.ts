import { describe, expect, it } from 'vitest';
import { NOTIFICATION_TEXTS, notificationLink, renderNotification } from './notifications.contract.js';

describe('notification texts', () => {
  it('fills placeholders in both languages and never leaves one unfilled', () => {
    expect(renderNotification('ticket.visit_scheduled', { reference: 'TK-1', start: '2026-12-01T01:00:00.000Z' }, 'zh-CN')).toEqual({
      title: '已安排上门维修 TK-1',
      body: '技术员将于 2026-12-01 09:00 上门。',
    });
    expect(renderNotification('ticket.status_changed', { reference: 'TK-1', status: 'WAITING_ON_MERCHANT' }, 'en').body).toBe('New status: Waiting for your reply');
    for (const type of Object.keys(NOTIFICATION_TEXTS)) {
      for (const locale of ['zh-CN', 'en'] as const) {
        const { title, body } = renderNotification(type, {}, locale);
        expect(`${title}${body}`).not.toMatch(/[{}]/);
      }
    }
  });

  it('links to the thing itself for the reader’s area', () => {
    expect(notificationLink({ ticketId: 't1' }, 'merchant')).toBe('/merchant/tickets/t1');
    expect(notificationLink({ ticketId: 't1' }, 'console')).toBe('/console/tickets/t1');
    expect(notificationLink({ applicationId: 'a1' }, 'console')).toBe('/console/applications/a1');
    expect(notificationLink({}, 'merchant')).toBeNull();
  });
});
