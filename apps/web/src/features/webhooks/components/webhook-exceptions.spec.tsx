import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sessionStore } from '../../../lib/session-store';
import { jsonResponse, makeSession, mockApi } from '../../../test/fetch-mock';
import { makeWebhook } from '../../../test/notification-fixtures';
import { renderApp } from '../../../test/render';

describe('WebhookExceptions', () => {
  it('grants the private-network exception only after a warning is confirmed', async () => {
    sessionStore.signIn(makeSession({ role: 'PLATFORM_ADMIN', displayName: '平台管理员' }));
    const endpoint = { ...makeWebhook({ url: 'http://10.0.0.8/hook' }), provider: { id: 'p-bank', name: '东方商业银行' } };
    const api = mockApi({
      'GET /api/admin/webhooks': () => jsonResponse(200, { items: [endpoint] }),
      'PUT /api/admin/webhooks/wh-1/private-network': ({ body }) => jsonResponse(200, { ...endpoint, allowPrivateNetwork: (body as { allow: boolean }).allow }),
    });
    renderApp('/admin/webhooks');
    const user = userEvent.setup();

    const row = await screen.findByTestId('admin-webhook-row');
    expect(row).toHaveTextContent('东方商业银行');
    await user.click(within(row).getByTestId('webhook-private-switch'));
    expect(await screen.findByText(/攻击者可能借平台访问内部服务/)).toBeInTheDocument();
    expect(api.callsTo('PUT /api/admin/webhooks/wh-1/private-network')).toHaveLength(0);

    await user.click(screen.getByTestId('webhook-private-confirm'));
    await waitFor(() => expect(api.callsTo('PUT /api/admin/webhooks/wh-1/private-network')).toHaveLength(1));
    expect(api.callsTo('PUT /api/admin/webhooks/wh-1/private-network')[0]?.body).toEqual({ allow: true });
    expect(screen.getByRole('link', { name: 'Webhook 例外' })).toBeInTheDocument();
  });
});
