import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sessionStore } from '../../../lib/session-store';
import { jsonResponse, makeSession, mockApi } from '../../../test/fetch-mock';
import { makeOutboxEmail } from '../../../test/notification-fixtures';
import { renderApp } from '../../../test/render';

const platformAdmin = makeSession({ role: 'PLATFORM_ADMIN', displayName: '平台管理员' });

describe('DevMailbox', () => {
  it('lists the outbox with status and attempts, says when SMTP is missing and shows a body in the drawer', async () => {
    sessionStore.signIn(platformAdmin);
    mockApi({
      'GET /api/admin/mailbox': () =>
        jsonResponse(200, {
          items: [
            makeOutboxEmail(),
            makeOutboxEmail({ id: 'mail-2', toAddress: 'li@example.com', subject: 'New ticket TK-2026-0001', status: 'FAILED', attempts: 5, lastError: 'ECONNREFUSED' }),
          ],
          nextCursor: null,
          smtpConfigured: false,
        }),
    });
    renderApp('/admin/mailbox');
    const user = userEvent.setup();

    const rows = await screen.findAllByTestId('mailbox-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('wang@example.com');
    expect(within(rows[0] as HTMLElement).getByTestId('mailbox-status')).toHaveTextContent('待发送');
    expect(within(rows[1] as HTMLElement).getByTestId('mailbox-status')).toHaveTextContent('发送失败');
    expect(rows[1]).toHaveTextContent('5');
    expect(screen.getByTestId('mailbox-smtp-missing')).toHaveTextContent('尚未配置 SMTP 服务器');
    expect(screen.getByRole('link', { name: '开发邮箱' })).toBeInTheDocument();

    await user.click(within(rows[0] as HTMLElement).getByText('申请 APP-2026-0001 需要补充材料'));
    await waitFor(() => expect(screen.getByTestId('mailbox-body')).toHaveTextContent('审核员请您修改或补充部分信息：请补充营业执照'));
  });

  it('loads older emails and shows no SMTP warning when a server is configured', async () => {
    sessionStore.signIn(platformAdmin);
    const api = mockApi({
      'GET /api/admin/mailbox': ({ search }) =>
        search
          ? jsonResponse(200, { items: [makeOutboxEmail({ id: 'mail-old', subject: 'Older' })], nextCursor: null, smtpConfigured: true })
          : jsonResponse(200, { items: [makeOutboxEmail({ status: 'SENT', attempts: 1, sentAt: '2026-05-20T02:01:00.000Z' })], nextCursor: 'c-2', smtpConfigured: true }),
    });
    renderApp('/admin/mailbox');
    const user = userEvent.setup();

    expect(await screen.findAllByTestId('mailbox-row')).toHaveLength(1);
    expect(screen.queryByTestId('mailbox-smtp-missing')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('mailbox-load-more'));
    await waitFor(() => expect(screen.getAllByTestId('mailbox-row')).toHaveLength(2));
    expect(api.callsTo('GET /api/admin/mailbox').map((call) => call.search)).toEqual(['', '?cursor=c-2']);
  });
});
