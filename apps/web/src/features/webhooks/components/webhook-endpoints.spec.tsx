import { WEBHOOK_EVENTS } from '@pos/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { en } from '../../../lib/locales/en';
import { zhCN } from '../../../lib/locales/zh-CN';
import { sessionStore } from '../../../lib/session-store';
import { errorResponse, jsonResponse, makeSession, mockApi } from '../../../test/fetch-mock';
import { makeDelivery, makeWebhook } from '../../../test/notification-fixtures';
import { renderApp } from '../../../test/render';

const admin = makeSession({ role: 'PROVIDER_ADMIN', displayName: '孙主管', provider: { id: 'p-bank', name: '东方商业银行' } });
const eventLabel = (event: string) => {
  const [group, name] = event.split('.') as [keyof typeof zhCN.webhooks.events, string];
  return (zhCN.webhooks.events[group] as Record<string, string>)[name];
};

describe('WebhookEndpoints', () => {
  it('adds an endpoint and shows its secret once, with a warning, then never again', async () => {
    sessionStore.signIn(admin);
    let items = [makeWebhook()];
    const created = { ...makeWebhook({ id: 'wh-2', url: 'https://hooks.example.com/pos', events: ['ticket.opened'], lastDelivery: null }), secret: 'whsec_0123456789abcdef' };
    const api = mockApi({
      'GET /api/console/webhooks': () => jsonResponse(200, { items }),
      'POST /api/console/webhooks': () => {
        const { secret: _secret, ...view } = created;
        items = [...items, view];
        return jsonResponse(201, created);
      },
    });
    renderApp('/console/webhooks');
    const user = userEvent.setup();

    const row = await screen.findByTestId('webhook-row');
    expect(row).toHaveTextContent('https://erp.example.com/pos/webhook');
    expect(row).toHaveTextContent('入网申请已提交');
    expect(within(row).getByTestId('webhook-last-status')).toHaveTextContent('已送达');
    expect(screen.getByTestId('webhook-signature-example')).toHaveTextContent("crypto.createHmac('sha256', secret).update(`${t}.${rawBody}`).digest('hex')");
    expect(screen.getByTestId('webhook-signature-example')).toHaveTextContent('timingSafeEqual');

    await user.type(screen.getByTestId('webhook-url'), 'https://hooks.example.com/pos');
    await user.click(screen.getByRole('checkbox', { name: '新的报修单' }));
    await user.click(screen.getByTestId('webhook-create'));

    expect(await screen.findByTestId('webhook-secret')).toHaveTextContent(/^whsec_0123456789abcdef$/);
    expect(screen.getByText('签名密钥只显示这一次，关闭后无法再次查看。请立即复制并妥善保存。')).toBeInTheDocument();
    expect(api.callsTo('POST /api/console/webhooks')[0]?.body).toEqual({ url: 'https://hooks.example.com/pos', events: ['ticket.opened'] });

    await user.click(screen.getByTestId('webhook-secret-done'));
    await waitFor(() => expect(screen.queryByText('whsec_0123456789abcdef')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getAllByTestId('webhook-row')).toHaveLength(2));
    expect(screen.getByTestId('webhook-url')).toHaveValue('');
  });

  it('shows the server’s refusal of a private address on the URL field', async () => {
    sessionStore.signIn(admin);
    mockApi({
      'GET /api/console/webhooks': () => jsonResponse(200, { items: [] }),
      'POST /api/console/webhooks': () =>
        errorResponse(400, {
          code: 'VALIDATION_FAILED',
          message: '提交的信息有误',
          details: { fields: [{ field: 'url', code: 'privateAddress', message: '不能使用内网或本机地址' }] },
        }),
    });
    renderApp('/console/webhooks');
    const user = userEvent.setup();

    expect(await screen.findByText('还没有 Webhook')).toBeInTheDocument();
    await user.type(screen.getByTestId('webhook-url'), 'http://192.168.1.10/hook');
    await user.click(screen.getByRole('checkbox', { name: '入网申请已通过' }));
    await user.click(screen.getByTestId('webhook-create'));

    expect(await screen.findByText('不能使用内网或本机地址')).toBeInTheDocument();
    expect(screen.queryByTestId('webhook-secret')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('lists an endpoint’s deliveries with their payload and replays one', async () => {
    sessionStore.signIn(admin);
    const api = mockApi({
      'GET /api/console/webhooks': () => jsonResponse(200, { items: [makeWebhook()] }),
      'GET /api/console/webhooks/wh-1/deliveries': () => jsonResponse(200, { items: [makeDelivery()] }),
      'POST /api/console/webhooks/wh-1/deliveries/del-1/replay': () => jsonResponse(201, makeDelivery({ id: 'del-2', status: 'PENDING', replayOfId: 'del-1' })),
    });
    renderApp('/console/webhooks');
    const user = userEvent.setup();

    await user.click(await screen.findByTestId('webhook-deliveries'));
    const delivery = await screen.findByTestId('webhook-delivery');
    expect(delivery).toHaveTextContent('新的报修单');
    expect(delivery).toHaveTextContent('投递失败');
    expect(delivery).toHaveTextContent('HTTP 500');
    expect(within(delivery).getByTestId('webhook-payload')).toHaveTextContent('"reference": "TK-2026-0001"');

    await user.click(within(delivery).getByTestId('webhook-replay'));
    await waitFor(() => expect(api.callsTo('POST /api/console/webhooks/wh-1/deliveries/del-1/replay')).toHaveLength(1));
    expect(await screen.findByText('已重新投递')).toBeInTheDocument();
  });

  it('deletes an endpoint after a confirmation', async () => {
    sessionStore.signIn(admin);
    const api = mockApi({
      'GET /api/console/webhooks': () => jsonResponse(200, { items: [makeWebhook()] }),
      'DELETE /api/console/webhooks/wh-1': () => jsonResponse(204),
    });
    renderApp('/console/webhooks');
    const user = userEvent.setup();

    await user.click(await screen.findByTestId('webhook-delete'));
    await user.click(await screen.findByTestId('webhook-delete-confirm'));
    await waitFor(() => expect(api.callsTo('DELETE /api/console/webhooks/wh-1')).toHaveLength(1));
  });

  it('names every webhook event in both languages', () => {
    for (const event of WEBHOOK_EVENTS) {
      const [group, name] = event.split('.') as [keyof typeof zhCN.webhooks.events, string];
      expect(eventLabel(event)).toMatch(/\S/);
      expect((en.webhooks.events[group] as Record<string, string>)[name]).toMatch(/\S/);
    }
  });
});
