import type { CreateFeeScheduleRequest, UpdateTerminalModelsRequest } from '@pos/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sessionStore } from '../../../lib/session-store';
import { errorResponse, jsonResponse, makeSession, mockApi } from '../../../test/fetch-mock';
import { makeFeeSchedule, makeProviderDetail } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { ProviderSettingsPage } from './provider-settings-page';

const admin = makeSession({ role: 'PROVIDER_ADMIN', displayName: '赵管理员', provider: { id: 'p-bank', name: '东方商业银行' } });
const profile = { ...makeProviderDetail(), secondApprovalTerminalThreshold: 5, secondApprovalMccs: ['7995'], inspectionIntervalDays: 90 };
const current = makeFeeSchedule({ id: 'fs-2', version: 2, notes: '借记卡封顶 25 元' });
const previous = makeFeeSchedule({ id: 'fs-1', version: 1, effectiveFrom: '2025-06-01T00:00:00.000Z' });

describe(ProviderSettingsPage.name, () => {
  it('publishes a new fee schedule with rates in exact basis points and money in fen', async () => {
    sessionStore.signIn(admin);
    const api = mockApi({
      'GET /api/console/provider/profile': () => jsonResponse(200, profile),
      'GET /api/console/provider/fee-schedules': () => jsonResponse(200, { items: [current, previous] }),
      'POST /api/console/provider/fee-schedules': ({ body }) => jsonResponse(201, { ...(body as CreateFeeScheduleRequest), id: 'fs-3', version: 3, effectiveFrom: '2026-04-01T00:00:00.000Z' }),
    });
    renderApp('/console/provider-settings?tab=fees');
    const user = userEvent.setup();

    // The form starts from the current version; change it as an admin would.
    const debitRate = await screen.findByLabelText('借记卡 费率（%）');
    expect(debitRate).toHaveValue('0.50');
    await user.clear(debitRate);
    await user.type(debitRate, '0.55');
    const debitCap = screen.getByLabelText('借记卡 单笔封顶（元）');
    await user.clear(debitCap);
    await user.type(debitCap, '1,234.5');
    await user.clear(screen.getByLabelText('信用卡 费率（%）'));
    await user.type(screen.getByLabelText('信用卡 费率（%）'), '0.6');
    await user.clear(screen.getByLabelText('银联云闪付 费率（%）'));
    await user.clear(screen.getByLabelText('月服务费（元）'));
    await user.type(screen.getByLabelText('月服务费（元）'), '9.9');
    await user.click(screen.getByTestId('fee-schedule-publish'));

    await waitFor(() => expect(api.callsTo('POST /api/console/provider/fee-schedules')).toHaveLength(1));
    expect(api.callsTo('POST /api/console/provider/fee-schedules')[0]?.body).toEqual<CreateFeeScheduleRequest>({
      monthlyFeeFen: 990,
      deviceFeeFen: 0,
      notes: '借记卡封顶 25 元',
      rates: [
        { channel: 'DEBIT_CARD', rateBps: 55, capFen: 123450 },
        { channel: 'CREDIT_CARD', rateBps: 60, capFen: null },
        { channel: 'WECHAT_PAY', rateBps: 38, capFen: null },
        { channel: 'ALIPAY', rateBps: 38, capFen: null },
      ],
    });
    expect(await screen.findByText('已发布第 3 版')).toBeInTheDocument();
  });

  it('refuses a rate with more than two decimals and a cap without a rate', async () => {
    sessionStore.signIn(admin);
    const api = mockApi({
      'GET /api/console/provider/profile': () => jsonResponse(200, profile),
      'GET /api/console/provider/fee-schedules': () => jsonResponse(200, { items: [current] }),
    });
    renderApp('/console/provider-settings?tab=fees');
    const user = userEvent.setup();

    const creditRate = await screen.findByLabelText('信用卡 费率（%）');
    await user.clear(creditRate);
    await user.type(creditRate, '0.605');
    await user.click(screen.getByTestId('fee-schedule-publish'));
    expect(await screen.findByText('请输入有效费率（0 至 100，最多两位小数）')).toBeInTheDocument();

    await user.clear(creditRate);
    await user.type(screen.getByLabelText('信用卡 单笔封顶（元）'), '20');
    await user.click(screen.getByTestId('fee-schedule-publish'));
    expect(await screen.findByText('未填写费率的渠道不能设置封顶')).toBeInTheDocument();
    expect(api.callsTo('POST /api/console/provider/fee-schedules')).toHaveLength(0);
  });

  it('lists the version history newest first', async () => {
    sessionStore.signIn(admin);
    mockApi({
      'GET /api/console/provider/profile': () => jsonResponse(200, profile),
      'GET /api/console/provider/fee-schedules': () => jsonResponse(200, { items: [current, previous] }),
    });
    renderApp('/console/provider-settings?tab=fees');

    const rows = await screen.findAllByText(/^第 \d 版$/);
    expect(rows.map((row) => row.textContent)).toEqual(['第 2 版', '第 1 版']);
  });

  it('saves terminal models with yuan converted to fen, empty prices as null, and each model’s inspection interval', async () => {
    sessionStore.signIn(admin);
    const api = mockApi({
      'GET /api/console/provider/profile': () => jsonResponse(200, profile),
      'PUT /api/console/provider/terminal-models': () => jsonResponse(200, {}),
    });
    renderApp('/console/provider-settings?tab=terminals');
    const user = userEvent.setup();

    const deposit = await screen.findAllByLabelText('押金（元）');
    expect(deposit[0]).toHaveValue('299.00');
    await user.clear(deposit[0] as HTMLElement);
    await user.type(deposit[0] as HTMLElement, '199');
    // Every 60 days for the second model; the first follows the provider's default.
    await user.type(screen.getByTestId('model-interval-1'), '60');
    await user.click(screen.getByTestId('terminal-models-save'));

    await waitFor(() => expect(api.callsTo('PUT /api/console/provider/terminal-models')).toHaveLength(1));
    expect(api.callsTo('PUT /api/console/provider/terminal-models')[0]?.body).toEqual<UpdateTerminalModelsRequest>({
      items: [
        { type: 'TRADITIONAL_POS', name: '联迪 A8', priceFen: null, depositFen: 19900, monthlyRentFen: null, inspectionIntervalDays: null },
        { type: 'SMART_POS', name: '新大陆 N910', priceFen: 89900, depositFen: null, monthlyRentFen: 1500, inspectionIntervalDays: 60 },
      ],
    });
  });

  it('puts a server error on the profile field it names', async () => {
    sessionStore.signIn(admin);
    mockApi({
      'GET /api/console/provider/profile': () => jsonResponse(200, profile),
      'PUT /api/console/provider/profile': () =>
        errorResponse(400, {
          code: 'VALIDATION_FAILED',
          message: '提交的信息有误，请检查标出的字段',
          details: { fields: [{ field: 'contactPhone', code: 'isPhone', message: '请输入有效的客服电话' }] },
        }),
    });
    renderApp('/console/provider-settings');

    await userEvent.click(await screen.findByTestId('profile-save'));

    const message = await screen.findByText('请输入有效的客服电话');
    expect(message.closest('.ant-form-item')).toContainElement(screen.getByLabelText('客服电话'));
  });

  it('is in the menu of the provider admin only', async () => {
    sessionStore.signIn(makeSession({ role: 'REVIEWER', provider: { id: 'p-bank', name: '东方商业银行' } }));
    const api = mockApi({});
    const { router } = renderApp('/console/provider-settings');

    await screen.findByTestId('home-title');
    expect(router.state.location.pathname).toBe('/console');
    expect(within(screen.getByRole('menu')).queryByText('服务商设置')).not.toBeInTheDocument();
    expect(api.fetchMock).not.toHaveBeenCalled();
  });
});
