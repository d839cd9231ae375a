import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sessionStore } from '../../../lib/session-store';
import { jsonResponse, makeSession, mockApi } from '../../../test/fetch-mock';
import { makeNotification } from '../../../test/notification-fixtures';
import { renderApp } from '../../../test/render';

const unreadItem = makeNotification();
const readItem = makeNotification({
  id: 'n-2',
  type: 'ticket.replied',
  data: { ticketId: 't-9', reference: 'TK-2026-0009' },
  readAt: '2026-05-20T03:00:00.000Z',
});

describe('NotificationBell', () => {
  it('shows the unread count, marks a notification read on click and opens what it is about', async () => {
    sessionStore.signIn(makeSession());
    let unread = 1;
    const api = mockApi({
      'GET /api/terminals': () => jsonResponse(200, { items: [] }),
      'GET /api/notifications/unread-count': () => jsonResponse(200, { count: unread }),
      'GET /api/notifications': () => jsonResponse(200, { items: [unreadItem, readItem], unreadCount: unread, nextCursor: null }),
      'POST /api/notifications/n-1/read': () => {
        unread = 0;
        return jsonResponse(204);
      },
    });
    const { router } = renderApp('/merchant/terminals');
    const user = userEvent.setup();

    expect(await screen.findByTestId('notification-count')).toHaveTextContent(/^1$/);
    await user.click(screen.getByTestId('notification-bell'));

    const panel = await screen.findByTestId('notification-panel');
    const items = await within(panel).findAllByTestId('notification-item');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('申请 APP-2026-0001 需要补充材料');
    expect(items[0]).toHaveTextContent('审核员请您修改或补充部分信息：请补充营业执照');
    expect(items[0]).toHaveTextContent('5分钟前');
    expect(within(items[0] as HTMLElement).getByTestId('notification-title').querySelector('strong')).not.toBeNull();
    expect(within(items[1] as HTMLElement).getByTestId('notification-title').querySelector('strong')).toBeNull();

    await user.click(items[0] as HTMLElement);

    await waitFor(() => expect(router.state.location.pathname).toBe('/merchant/applications/app-1'));
    await waitFor(() => expect(api.callsTo('POST /api/notifications/n-1/read')).toHaveLength(1));
    await waitFor(() => expect(screen.queryByTestId('notification-count')).not.toBeInTheDocument());
  });

  it('does not mark an already read notification again, and leads provider staff to the console page', async () => {
    sessionStore.signIn(makeSession({ role: 'SUPPORT', displayName: '李客服', provider: { id: 'p-bank', name: '东方商业银行' } }));
    const api = mockApi({
      'GET /api/console/terminals': () => jsonResponse(200, { items: [] }),
      'GET /api/notifications': () => jsonResponse(200, { items: [readItem], unreadCount: 0, nextCursor: null }),
    });
    const { router } = renderApp('/console/terminals');
    const user = userEvent.setup();

    await user.click(await screen.findByTestId('notification-bell'));
    expect(screen.queryByTestId('notification-count')).not.toBeInTheDocument();
    await user.click(await screen.findByTestId('notification-item'));

    await waitFor(() => expect(router.state.location.pathname).toBe('/console/tickets/t-9'));
    expect(api.calls.filter((call) => call.method === 'POST')).toHaveLength(0);
  });

  it('marks everything read from the panel and links to the full page', async () => {
    sessionStore.signIn(makeSession({ role: 'PLATFORM_ADMIN', displayName: '平台管理员' }));
    let unread = 3;
    const api = mockApi({
      'GET /api/admin/mailbox': () => jsonResponse(200, { items: [], nextCursor: null, smtpConfigured: true }),
      'GET /api/notifications/unread-count': () => jsonResponse(200, { count: unread }),
      'GET /api/notifications': () => jsonResponse(200, { items: [unreadItem], unreadCount: unread, nextCursor: null }),
      'POST /api/notifications/read-all': () => {
        unread = 0;
        return jsonResponse(204);
      },
    });
    const { router } = renderApp('/admin/mailbox');
    const user = userEvent.setup();

    expect(await screen.findByTestId('notification-count')).toHaveTextContent(/^3$/);
    await user.click(screen.getByTestId('notification-bell'));
    await user.click(await screen.findByRole('button', { name: '全部标为已读' }));

    await waitFor(() => expect(api.callsTo('POST /api/notifications/read-all')).toHaveLength(1));
    await waitFor(() => expect(screen.queryByTestId('notification-count')).not.toBeInTheDocument());

    await user.click(screen.getByRole('link', { name: '查看全部' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/admin/notifications'));
  });
});
