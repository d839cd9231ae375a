import type { EmergencyPlanView } from '@pos/shared';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../../lib/session-store';
import { jsonResponse, makeSession, mockApi } from '../../../test/fetch-mock';
import { renderApp } from '../../../test/render';
import { EmergencyPlanPanel } from './emergency-plan-form';
import { ReminderSignPanel } from './reminder-sign-panel';

const merchant = makeSession({ id: 'm-1', role: 'MERCHANT', displayName: '王小明' });
const pdf = () => new Response(new Blob(['%PDF-1.4 sign'], { type: 'application/pdf' }), { status: 200, headers: { 'Content-Type': 'application/pdf' } });
const BLANK: EmergencyPlanView = { saved: false, fallbackPayment: '', contacts: [], steps: '', providerHotline: '95500', updatedAt: null };

beforeEach(() => {
  Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:http://localhost/pdf'), revokeObjectURL: vi.fn() });
  // The programmatic download click: jsdom does not navigate.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
});
afterEach(() => {
  Reflect.deleteProperty(URL, 'createObjectURL');
  Reflect.deleteProperty(URL, 'revokeObjectURL');
  vi.restoreAllMocks();
});

describe(EmergencyPlanPanel.name, () => {
  it('starts with the provider’s hotline, saves the plan, then prints it', async () => {
    sessionStore.signIn(merchant);
    const saved: EmergencyPlanView = {
      saved: true,
      fallbackPayment: '请顾客扫店铺收款码',
      contacts: [{ name: '王小明', role: '店长', phone: '13800138000' }],
      steps: '重启终端\n拨打客服热线',
      providerHotline: '95500',
      updatedAt: '2026-11-25T02:00:00.000Z',
    };
    const api = mockApi({
      'GET /api/prevention/training/modules': () => jsonResponse(200, { items: [] }),
      'GET /api/prevention/training/records': () => jsonResponse(200, { today: '2026-11-25', refresherDays: 365, records: [], refreshers: [] }),
      'GET /api/prevention/settings': () => jsonResponse(200, { trainingRefresherDays: 365 }),
      'GET /api/prevention/emergency-plan': () => jsonResponse(200, BLANK),
      'PUT /api/prevention/emergency-plan': () => jsonResponse(200, saved),
      'GET /api/prevention/emergency-plan/pdf': pdf,
    });
    renderApp('/merchant/prevention?tab=plan');

    expect(await screen.findByTestId('plan-hotline')).toHaveValue('95500');
    expect(screen.getByTestId('print-plan')).toBeDisabled();

    await userEvent.type(screen.getByTestId('plan-fallback'), '请顾客扫店铺收款码');
    await userEvent.click(screen.getByTestId('add-contact'));
    await userEvent.type(screen.getByTestId('contact-0-name'), '王小明');
    await userEvent.type(screen.getByTestId('contact-0-role'), '店长');
    await userEvent.type(screen.getByTestId('contact-0-phone'), 'abc');
    await userEvent.type(screen.getByTestId('plan-steps'), '重启终端{enter}拨打客服热线');
    await userEvent.click(screen.getByTestId('save-plan'));
    // The phone is checked in the browser with the API's rule before anything is sent.
    expect(await screen.findByText('请输入有效的客服电话（数字，可含空格、+、- 和括号）')).toBeInTheDocument();
    expect(api.callsTo('PUT /api/prevention/emergency-plan')).toHaveLength(0);

    await userEvent.clear(screen.getByTestId('contact-0-phone'));
    await userEvent.type(screen.getByTestId('contact-0-phone'), '13800138000');
    await userEvent.click(screen.getByTestId('save-plan'));
    expect(await screen.findByText('应急预案已保存')).toBeInTheDocument();
    expect(api.callsTo('PUT /api/prevention/emergency-plan')[0]?.body).toEqual({
      fallbackPayment: '请顾客扫店铺收款码',
      contacts: [{ name: '王小明', role: '店长', phone: '13800138000' }],
      steps: '重启终端\n拨打客服热线',
      providerHotline: '95500',
    });

    expect(screen.getByTestId('print-plan')).toBeEnabled();
    await userEvent.click(screen.getByTestId('print-plan'));
    expect(await screen.findByTestId('print-plan-link')).toHaveAttribute('href', 'blob:http://localhost/pdf');
    expect(api.callsTo('GET /api/prevention/emergency-plan/pdf')).toHaveLength(1);
  });
});

describe(ReminderSignPanel.name, () => {
  it('prints the sign in the chosen size with the chosen provider’s hotline', async () => {
    sessionStore.signIn(merchant);
    const api = mockApi({
      'GET /api/prevention/training/modules': () => jsonResponse(200, { items: [] }),
      'GET /api/prevention/training/records': () => jsonResponse(200, { today: '2026-11-25', refresherDays: 365, records: [], refreshers: [] }),
      'GET /api/prevention/settings': () => jsonResponse(200, { trainingRefresherDays: 365 }),
      'GET /api/prevention/providers': () => jsonResponse(200, { items: [{ id: 'p-bank', name: '东方商业银行', nameEn: 'Dongfang Commercial Bank', contactPhone: '95500' }] }),
      'GET /api/prevention/reminder-sign': pdf,
    });
    renderApp('/merchant/prevention');
    await userEvent.click(await screen.findByTestId('tab-sign'));

    await screen.findByTestId('sign-size-A4');
    await userEvent.click(screen.getByText('A4'));
    await userEvent.click(screen.getByTestId('print-sign'));
    expect(await screen.findByTestId('print-sign-link')).toHaveAttribute('download', '请核对银行卡信息-A4.pdf');
    const signCall = api.fetchMock.mock.calls.map(([url]) => String(url)).find((url) => url.includes('/api/prevention/reminder-sign'));
    expect(signCall).toContain('size=A4');
    expect(signCall).not.toContain('providerId');
  });
});
