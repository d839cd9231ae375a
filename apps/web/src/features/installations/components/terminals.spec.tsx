import { AppointmentStatus, CHECKLIST_ITEMS, TerminalStatus } from '@pos/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { en } from '../../../lib/locales/en';
import { zhCN } from '../../../lib/locales/zh-CN';
import { sessionStore } from '../../../lib/session-store';
import { jsonResponse, makeSession, mockApi } from '../../../test/fetch-mock';
import { makeTerminal } from '../../../test/installation-fixtures';
import { renderApp } from '../../../test/render';

const admin = makeSession({ role: 'PROVIDER_ADMIN', displayName: '孙主管', provider: { id: 'p-bank', name: '东方商业银行' } });

describe('terminals', () => {
  it('lists the merchant’s terminals with their status, provider and inspection dates', async () => {
    sessionStore.signIn(makeSession());
    const overdue = dayjs().subtract(3, 'day').format('YYYY-MM-DD');
    mockApi({
      'GET /api/terminals': () =>
        jsonResponse(200, {
          items: [
            makeTerminal({ status: 'LIVE', liveAt: '2026-03-11T02:00:00.000Z', lastInspectionAt: '2026-06-01T02:00:00.000Z', nextInspectionDue: '2099-09-01' }),
            makeTerminal({ id: 'term-2', serialNumber: 'A8-2026-000001', model: '联迪 A8', type: 'TRADITIONAL_POS', status: 'SUSPENDED', nextInspectionDue: overdue }),
            makeTerminal({ id: 'term-3', serialNumber: 'QR-2026-000009', model: '扫码盒 Q1', type: 'QR_BOX', status: 'RETIRED' }),
          ],
        }),
    });
    renderApp('/merchant/terminals');

    const live = await screen.findByTestId('terminal-N910-2026-000123');
    expect(within(live).getByTestId('terminal-status')).toHaveTextContent('已启用');
    expect(within(live).getByText('新大陆 N910')).toBeInTheDocument();
    expect(within(live).getByText('智能 POS')).toBeInTheDocument();
    expect(within(live).getByText('东方商业银行')).toBeInTheDocument();
    expect(within(live).getByText('2026年3月10日')).toBeInTheDocument();
    expect(within(live).getByText('2099年9月1日')).toBeInTheDocument();
    expect(within(live).queryByText('已逾期')).not.toBeInTheDocument();

    const suspended = screen.getByTestId('terminal-A8-2026-000001');
    expect(within(suspended).getByTestId('terminal-status')).toHaveTextContent('已停用');
    expect(within(suspended).getByText('尚未巡检')).toBeInTheDocument();
    expect(within(suspended).getByText('已逾期')).toBeInTheDocument();
    expect(within(screen.getByTestId('terminal-QR-2026-000009')).getByTestId('terminal-status')).toHaveTextContent('已退役');
    expect(screen.getByRole('link', { name: '我的终端' })).toBeInTheDocument();
  });

  it('explains where terminals come from when there are none', async () => {
    sessionStore.signIn(makeSession());
    mockApi({ 'GET /api/terminals': () => jsonResponse(200, { items: [] }) });
    renderApp('/merchant/terminals');
    expect(await screen.findByText('还没有终端')).toBeInTheDocument();
  });

  it('searches the provider’s registry by serial prefix or name, keeping the search in the address', async () => {
    sessionStore.signIn(admin);
    const api = mockApi({
      'GET /api/console/terminals': ({ path }) => jsonResponse(200, { items: path ? [makeTerminal({ status: 'LIVE' })] : [] }),
    });
    const { router } = renderApp('/console/terminals');
    const user = userEvent.setup();

    expect(await screen.findByTestId('terminal-N910-2026-000123')).toHaveTextContent('王记面馆');
    await user.type(screen.getByLabelText('按序列号开头、商户或店铺名称搜索'), 'N910{Enter}');

    await waitFor(() => expect(router.state.location.search).toBe('?q=N910'));
    const urls = (api.fetchMock.mock.calls as [string][]).map(([url]) => url).filter((url) => url.startsWith('/api/console/terminals'));
    expect(urls).toEqual(['/api/console/terminals', '/api/console/terminals?q=N910']);
  });

  it('names every appointment status, terminal status and check in both languages', () => {
    for (const status of Object.values(AppointmentStatus)) {
      expect(zhCN.installations.status[status]).toMatch(/\S/);
      expect(en.installations.status[status]).toMatch(/\S/);
      expect(zhCN.installations.card.hints[status]).toMatch(/\S/);
    }
    for (const status of Object.values(TerminalStatus)) {
      expect(zhCN.installations.terminalStatus[status]).toMatch(/\S/);
      expect(en.installations.terminalStatus[status]).toMatch(/\S/);
    }
    for (const item of CHECKLIST_ITEMS) {
      expect(zhCN.installations.checklist[item]).toMatch(/\S/);
      expect(en.installations.checklist[item]).toMatch(/\S/);
    }
    expect(Object.values(zhCN.installations.checklist)).toEqual(['电源', '网络', '刷卡', '插卡', '挥卡/闪付', '扫码', '小票打印', '密码键盘']);
  });
});
