import type { AdminProviderView } from '@pos/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sessionStore } from '../../../lib/session-store';
import { errorResponse, jsonResponse, makeSession, mockApi } from '../../../test/fetch-mock';
import { renderApp } from '../../../test/render';
import { ProvidersAdminPage } from './providers-admin-page';

const ops = makeSession({ role: 'PLATFORM_ADMIN', displayName: '平台运营', provider: null });
const easypos: AdminProviderView = {
  id: 'p-easy',
  kind: 'POS_SERVICE_PROVIDER',
  name: '易装 POS 服务有限公司',
  nameEn: 'EasyPOS',
  licenceNumber: 'POS-2024-001',
  contactPhone: '400-1',
  status: 'ACTIVE',
  staffCount: 1,
  activeAdminCount: 1,
  hasFeeSchedule: true,
  createdAt: '2026-01-01T00:00:00.000Z',
};

describe(ProvidersAdminPage.name, () => {
  it('suspends a provider with a reason after confirmation, then offers to restore it', async () => {
    sessionStore.signIn(ops);
    let current = easypos;
    const api = mockApi({
      'GET /api/admin/providers': () => jsonResponse(200, { items: [current] }),
      'POST /api/admin/providers/p-easy/suspend': () => {
        current = { ...easypos, status: 'SUSPENDED' };
        return jsonResponse(200, current);
      },
    });
    renderApp('/admin/providers');
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('provider-suspend-EasyPOS'));
    await user.type(await screen.findByRole('textbox', { name: '原因（记入审计日志）' }), '年检');
    await user.click(screen.getByTestId('confirm-suspend'));
    await waitFor(() => expect(api.callsTo('POST /api/admin/providers/p-easy/suspend')).toHaveLength(1));
    expect(api.callsTo('POST /api/admin/providers/p-easy/suspend')[0]?.body).toEqual({ reason: '年检' });
    expect(await screen.findByTestId('provider-restore-EasyPOS')).toBeInTheDocument();
    expect(screen.getByTestId('provider-status-EasyPOS')).toHaveTextContent('已暂停');
  });

  it("shows the API's field error on the name field when creating a provider", async () => {
    sessionStore.signIn(ops);
    const api = mockApi({
      'GET /api/admin/providers': () => jsonResponse(200, { items: [easypos] }),
      'POST /api/admin/providers': () =>
        errorResponse(400, { code: 'VALIDATION_FAILED', message: '提交的信息有误', details: { fields: [{ field: 'name', code: 'providerNameTaken', message: '已有服务商使用这个名称' }] } }),
    });
    renderApp('/admin/providers');
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('provider-create'));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('中文名称'), '易装 POS 服务有限公司');
    await user.type(within(dialog).getByLabelText('英文名称'), 'Copy');
    await user.type(within(dialog).getByLabelText('许可证编号'), 'ABC123456');
    await user.type(within(dialog).getByLabelText('客服电话'), '400-800-1234');
    await user.click(within(dialog).getByLabelText('服务地区'));
    await user.click(await screen.findByTitle('北京市'));
    await user.type(within(dialog).getByLabelText('简介'), '测试');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findByText('已有服务商使用这个名称')).toBeInTheDocument();
    expect(api.callsTo('POST /api/admin/providers')[0]?.body).toMatchObject({ name: '易装 POS 服务有限公司', serviceRegions: ['110000'], kind: 'THIRD_PARTY_PAYMENT' });
  });
});
