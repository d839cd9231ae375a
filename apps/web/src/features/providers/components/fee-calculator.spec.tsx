import type { FeeEstimateRequest, ProviderFeeEstimate } from '@pos/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sessionStore } from '../../../lib/session-store';
import { jsonResponse, mockApi } from '../../../test/fetch-mock';
import { makeProviderDetail, makeProviderSummary } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { FeeCalculator } from './fee-calculator';

const bankEstimate: ProviderFeeEstimate = {
  providerId: 'p-bank',
  providerName: '东方商业银行',
  providerNameEn: 'Dongfang Commercial Bank',
  feeScheduleId: 'fs-1',
  feeScheduleVersion: 3,
  estimate: {
    channels: [
      { channel: 'DEBIT_CARD', monthlyAmountFen: 123450, rateBps: 50, capFen: 2500, capApplied: true, capIgnoredForMissingTicket: false, unsupported: false, feeFen: 154 },
      { channel: 'UNIONPAY_QUICKPASS', monthlyAmountFen: 1000000, rateBps: 38, capFen: null, capApplied: false, capIgnoredForMissingTicket: false, unsupported: false, feeFen: 3800 },
    ],
    monthlyFeeFen: 0,
    deviceFeesFen: 0,
    totalFen: 3954,
  },
};

const payEstimate: ProviderFeeEstimate = {
  providerId: 'p-pay',
  providerName: '瑞通支付',
  providerNameEn: 'RuiTong Pay',
  feeScheduleId: 'fs-9',
  feeScheduleVersion: 1,
  estimate: {
    channels: [
      { channel: 'DEBIT_CARD', monthlyAmountFen: 123450, rateBps: 55, capFen: 2000, capApplied: false, capIgnoredForMissingTicket: true, unsupported: false, feeFen: 679 },
      { channel: 'UNIONPAY_QUICKPASS', monthlyAmountFen: 1000000, rateBps: 0, capFen: null, capApplied: false, capIgnoredForMissingTicket: false, unsupported: true, feeFen: 0 },
    ],
    monthlyFeeFen: 1000,
    deviceFeesFen: 4000,
    totalFen: 5679,
  },
};

describe(FeeCalculator.name, () => {
  it('sends integer fen read exactly from the typed yuan and lists the cheapest provider first with its cap notes', async () => {
    sessionStore.signOut();
    const api = mockApi({
      'GET /api/providers': () => jsonResponse(200, { items: [makeProviderSummary()] }),
      // Deliberately the wrong way round: the page must still put the cheapest first.
      'POST /api/providers/fee-estimate': () => jsonResponse(200, { items: [payEstimate, bankEstimate] }),
    });
    renderApp('/providers/fee-calculator');
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('借记卡 月交易额（元）'), '1,234.5');
    await user.type(screen.getByLabelText('借记卡 平均单笔（元）'), '0.29');
    await user.type(screen.getByLabelText('银联云闪付 月交易额（元）'), '10000');
    const terminals = screen.getByLabelText('终端数量（台）');
    await user.clear(terminals);
    await user.type(terminals, '2');
    await user.click(screen.getByTestId('fee-estimate-submit'));

    const rows = await screen.findAllByTestId(/^estimate-p-/);
    expect(rows.map((row) => row.dataset.testid)).toEqual(['estimate-p-bank', 'estimate-p-pay']);
    expect(api.callsTo('POST /api/providers/fee-estimate')[0]?.body).toEqual<FeeEstimateRequest>({
      volumes: [
        { channel: 'DEBIT_CARD', monthlyAmountFen: 123450, averageTicketFen: 29 },
        { channel: 'UNIONPAY_QUICKPASS', monthlyAmountFen: 1000000 },
      ],
      terminalCount: 2,
    });

    const [cheapest, dearer] = rows as [HTMLElement, HTMLElement];
    expect(within(cheapest).getByText('最省')).toBeInTheDocument();
    expect(within(cheapest).getByTestId('fee-estimate-total')).toHaveTextContent('¥39.54');
    expect(within(cheapest).getByText('已按单笔封顶计算')).toBeInTheDocument();
    expect(within(dearer).queryByText('最省')).not.toBeInTheDocument();
    expect(within(dearer).getByTestId('fee-estimate-total')).toHaveTextContent('¥56.79');
    expect(within(dearer).getByTestId('cap-ignored-hint')).toHaveTextContent('未填写平均单笔金额');
    expect(within(dearer).getByText('该服务商不支持此渠道')).toBeInTheDocument();
    expect(within(dearer).getByText('¥40.00')).toBeInTheDocument();
  });

  it('refuses more than two decimals and negative amounts without asking the API', async () => {
    sessionStore.signOut();
    const api = mockApi({ 'GET /api/providers': () => jsonResponse(200, { items: [] }) });
    renderApp('/providers/fee-calculator');
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('信用卡 月交易额（元）'), '100.123');
    await user.type(screen.getByLabelText('微信支付 月交易额（元）'), '-5');
    await user.click(screen.getByTestId('fee-estimate-submit'));

    await waitFor(() => expect(screen.getAllByText('请输入有效金额（不能为负数，最多两位小数）')).toHaveLength(2));
    expect(api.callsTo('POST /api/providers/fee-estimate')).toHaveLength(0);
  });

  it('asks for at least one channel', async () => {
    sessionStore.signOut();
    const api = mockApi({ 'GET /api/providers': () => jsonResponse(200, { items: [] }) });
    renderApp('/providers/fee-calculator');

    await userEvent.click(await screen.findByTestId('fee-estimate-submit'));

    expect(await screen.findByText('请至少填写一个渠道的月交易额')).toBeInTheDocument();
    expect(api.callsTo('POST /api/providers/fee-estimate')).toHaveLength(0);
  });

  it('estimates only the compared providers on the compare page', async () => {
    sessionStore.signOut();
    const pay = makeProviderDetail({ id: 'p-pay', name: '瑞通支付', nameEn: 'RuiTong Pay', settlementCycle: 'D0' });
    const api = mockApi({
      'GET /api/providers/compare': () => jsonResponse(200, { items: [makeProviderDetail(), pay] }),
      'POST /api/providers/fee-estimate': () => jsonResponse(200, { items: [bankEstimate, payEstimate] }),
    });
    renderApp('/providers/compare?ids=p-bank,p-pay');
    const user = userEvent.setup();

    const table = await screen.findByTestId('compare-table');
    const debitCapRow = within(table).getByText('借记卡单笔封顶').closest('tr') as HTMLElement;
    expect(within(debitCapRow).getAllByText('¥25.00')).toHaveLength(2);
    const modelsRow = within(table).getByText('终端机型').closest('tr') as HTMLElement;
    expect(within(modelsRow).getAllByText(/新大陆 N910（智能 POS） · 售价 ¥899.00 · 月租 ¥15.00/)).toHaveLength(2);
    expect(within(table).getByText('D+0')).toBeInTheDocument();
    const call = api.fetchMock.mock.calls[0]?.[0] as string;
    expect(new URL(call, 'http://localhost').searchParams.get('ids')).toBe('p-bank,p-pay');

    await user.type(screen.getByLabelText('借记卡 月交易额（元）'), '500');
    await user.click(screen.getByTestId('fee-estimate-submit'));

    await waitFor(() => expect(api.callsTo('POST /api/providers/fee-estimate')).toHaveLength(1));
    expect((api.callsTo('POST /api/providers/fee-estimate')[0]?.body as FeeEstimateRequest).providerIds).toEqual(['p-bank', 'p-pay']);
  });

  it('asks for two to four providers when the compare link has fewer', async () => {
    sessionStore.signOut();
    const api = mockApi({});
    renderApp('/providers/compare?ids=p-bank');

    expect(await screen.findByText('请在服务商列表中勾选 2 至 4 家服务商再进行对比。')).toBeInTheDocument();
    expect(api.fetchMock).not.toHaveBeenCalled();
  });
});
