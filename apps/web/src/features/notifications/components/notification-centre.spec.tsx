import { NOTIFICATION_TYPES } from '@pos/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../../lib/format';
import { sessionStore } from '../../../lib/session-store';
import { jsonResponse, makeSession, mockApi } from '../../../test/fetch-mock';
import { makeNotification } from '../../../test/notification-fixtures';
import { renderApp } from '../../../test/render';

const merchant = makeSession({ email: 'wang@example.com' });

describe('NotificationCentre', () => {
  it('loads more notifications with the cursor and filters to the unread ones', async () => {
    sessionStore.signIn(merchant);
    const api = mockApi({
      'GET /api/notifications': ({ search }) => {
        const params = new URLSearchParams(search);
        if (params.get('unread') === 'true') {
          return jsonResponse(200, { items: [makeNotification({ id: 'n-unread' })], unreadCount: 1, nextCursor: null });
        }
        if (params.get('cursor') === 'c-2') {
          return jsonResponse(200, {
            items: [
              makeNotification({
                id: 'n-3',
                type: 'ticket.sla_warning',
                data: { ticketId: 't-1', reference: 'TK-2026-0001', dueAt: '2026-05-21T02:00:00.000Z' },
                readAt: '2026-05-20T03:00:00.000Z',
              }),
            ],
            unreadCount: 1,
            nextCursor: null,
          });
        }
        return jsonResponse(200, {
          items: [
            makeNotification({ id: 'n-unread' }),
            makeNotification({ id: 'n-2', type: 'ticket.status_changed', data: { ticketId: 't-1', reference: 'TK-2026-0001', status: 'IN_PROGRESS' }, readAt: '2026-05-20T03:00:00.000Z' }),
          ],
          unreadCount: 1,
          nextCursor: 'c-2',
        });
      },
    });
    renderApp('/merchant/notifications');
    const user = userEvent.setup();

    const list = await screen.findByTestId('notification-list');
    expect(within(list).getAllByTestId('notification-item')).toHaveLength(2);
    expect(screen.getByTestId('notification-unread-total')).toHaveTextContent('1 条未读');

    await user.click(screen.getByTestId('notification-load-more'));
    await waitFor(() => expect(within(screen.getByTestId('notification-list')).getAllByTestId('notification-item')).toHaveLength(3));
    expect(screen.getByText('报修单 TK-2026-0001 即将超时')).toBeInTheDocument();
    // Times and status codes in the event data are shown as words, not as the API stores them.
    expect(screen.getByText(`请在 ${formatDateTime('2026-05-21T02:00:00.000Z', 'zh-CN')} 前处理。`)).toBeInTheDocument();
    expect(screen.getByText('新的状态：处理中')).toBeInTheDocument();
    expect(screen.queryByTestId('notification-load-more')).not.toBeInTheDocument();

    await user.click(screen.getByRole('switch', { name: '只看未读' }));
    await waitFor(() => expect(within(screen.getByTestId('notification-list')).getAllByTestId('notification-item')).toHaveLength(1));
    expect(api.callsTo('GET /api/notifications').map((call) => call.search)).toEqual(['', '?cursor=c-2', '?unread=true']);
  });

  it('saves the preferences with a PUT of every type and its two channels', async () => {
    sessionStore.signIn(merchant);
    const items = NOTIFICATION_TYPES.map((type) => ({ type, inApp: true, email: type !== 'ticket.replied' }));
    const api = mockApi({
      'GET /api/notifications/preferences': () => jsonResponse(200, { items }),
      'PUT /api/notifications/preferences': ({ body }) => jsonResponse(200, body),
    });
    renderApp('/merchant/notifications?tab=preferences');
    const user = userEvent.setup();

    // Each type is named by its own title, without the placeholders.
    expect(await screen.findByText('报修单 有新回复')).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: '报修单 有新回复 · 邮件' })).not.toBeChecked();

    await user.click(screen.getByRole('switch', { name: '报修单 有新回复 · 邮件' }));
    await user.click(screen.getByRole('switch', { name: '申请 已通过审核 · 站内通知' }));
    await user.click(screen.getByTestId('preferences-save'));

    await waitFor(() => expect(api.callsTo('PUT /api/notifications/preferences')).toHaveLength(1));
    const sent = api.callsTo('PUT /api/notifications/preferences')[0]?.body as { items: typeof items };
    expect(sent.items).toHaveLength(NOTIFICATION_TYPES.length);
    expect(sent.items.find((item) => item.type === 'ticket.replied')).toEqual({ type: 'ticket.replied', inApp: true, email: true });
    expect(sent.items.find((item) => item.type === 'application.approved')).toEqual({ type: 'application.approved', inApp: false, email: true });
    expect(sent.items.find((item) => item.type === 'ticket.opened')).toEqual({ type: 'ticket.opened', inApp: true, email: true });
    expect(await screen.findByText('通知设置已保存')).toBeInTheDocument();
  });
});
