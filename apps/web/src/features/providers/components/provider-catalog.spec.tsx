import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { changeLocale } from '../../../lib/i18n';
import { sessionStore } from '../../../lib/session-store';
import { jsonResponse, makeSession, mockApi } from '../../../test/fetch-mock';
import { makeFeeSchedule, makeProviderSummary, makeQuality } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { ProviderCatalog } from './provider-catalog';

const bank = makeProviderSummary();
const newcomer = makeProviderSummary({
  id: 'p-new',
  kind: 'POS_SERVICE_PROVIDER',
  name: '新星 POS 服务',
  nameEn: 'Xinxing POS Services',
  settlementCycle: 'D0',
  currentFeeSchedule: makeFeeSchedule({
    rates: [
      { channel: 'DEBIT_CARD', rateBps: 55, capFen: 2000 },
      { channel: 'CREDIT_CARD', rateBps: 63, capFen: null },
      { channel: 'WECHAT_PAY', rateBps: 30, capFen: null },
      { channel: 'ALIPAY', rateBps: 35, capFen: null },
    ],
  }),
  quality: makeQuality({
    medianReviewDays: null,
    approvalRatePercent: null,
    decidedApplicationCount: 1,
    medianFirstResponseMinutes: null,
    medianResolutionMinutes: null,
    averageRating: null,
    ratingCount: 0,
  }),
});

function providers(count: number) {
  return Array.from({ length: count }, (_, index) => makeProviderSummary({ id: `p${index + 1}`, name: `服务商${index + 1}`, nameEn: `Provider ${index + 1}` }));
}

describe(ProviderCatalog.name, () => {
  it('shows the formatted headline rates and "not enough data yet" for every missing quality figure', async () => {
    sessionStore.signOut();
    mockApi({ 'GET /api/providers': () => jsonResponse(200, { items: [bank, newcomer] }) });
    renderApp('/providers');

    const bankCard = await screen.findByTestId('provider-card-dongfang-commercial-bank');
    expect(within(bankCard).getByTestId('rate-debit')).toHaveTextContent('0.50%（封顶 ¥25.00）');
    expect(within(bankCard).getByTestId('rate-credit')).toHaveTextContent('0.60%');
    expect(within(bankCard).getByTestId('rate-qr')).toHaveTextContent('0.38%');
    expect(within(bankCard).getByText('86%（21 份）')).toBeInTheDocument();
    expect(within(bankCard).getByText('4.6 / 5（9 条评价）')).toBeInTheDocument();
    expect(within(bankCard).getByText('银行')).toBeInTheDocument();
    expect(within(bankCard).getByText('北京市、上海市')).toBeInTheDocument();
    expect(within(bankCard).queryByText('暂无足够数据')).not.toBeInTheDocument();

    const newCard = screen.getByTestId('provider-card-xinxing-pos-services');
    expect(within(newCard).getAllByText('暂无足够数据')).toHaveLength(5);
    // WeChat and Alipay differ here, so each has its own line; QuickPass is not offered at all.
    expect(within(newCard).getByTestId('rate-wechat')).toHaveTextContent('0.30%');
    expect(within(newCard).getByTestId('rate-alipay')).toHaveTextContent('0.35%');
    expect(within(newCard).getByTestId('rate-quickpass')).toHaveTextContent('不支持');
    expect(within(newCard).getByText('D+0')).toBeInTheDocument();
  });

  it('says "Not enough data yet" in English', async () => {
    sessionStore.signOut();
    await changeLocale('en');
    mockApi({ 'GET /api/providers': () => jsonResponse(200, { items: [newcomer] }) });
    renderApp('/providers');

    const card = await screen.findByTestId('provider-card-xinxing-pos-services');
    expect(within(card).getAllByText('Not enough data yet')).toHaveLength(5);
    expect(within(card).getByTestId('rate-debit')).toHaveTextContent('0.55% (capped at ¥20.00)');
  });

  it('lets at most four providers be compared and opens the comparison with their ids', async () => {
    sessionStore.signOut();
    mockApi({ 'GET /api/providers': () => jsonResponse(200, { items: providers(5) }) });
    const { router } = renderApp('/providers');
    const user = userEvent.setup();

    await screen.findByTestId('provider-card-provider-1');
    expect(screen.getByTestId('compare-go')).toBeDisabled();
    for (const id of ['p1', 'p2', 'p3', 'p4']) await user.click(screen.getByTestId(`compare-${id}`));

    expect(screen.getByTestId('compare-count')).toHaveTextContent('已选 4 / 4 家');
    expect(screen.getByTestId('compare-p5')).toBeDisabled();
    expect(screen.getByTestId('compare-p5')).not.toBeChecked();
    expect(screen.getByText('最多同时对比 4 家服务商')).toBeInTheDocument();

    // Unticking one frees a place again.
    await user.click(screen.getByTestId('compare-p2'));
    expect(screen.getByTestId('compare-p5')).toBeEnabled();
    await user.click(screen.getByTestId('compare-p5'));

    mockApi({ 'GET /api/providers/compare': () => jsonResponse(200, { items: [] }) });
    await user.click(screen.getByTestId('compare-go'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/providers/compare'));
    expect(new URLSearchParams(router.state.location.search).get('ids')).toBe('p1,p3,p4,p5');
  });

  it('asks the API for the chosen filter and keeps it in the URL', async () => {
    sessionStore.signOut();
    const api = mockApi({ 'GET /api/providers': () => jsonResponse(200, { items: [bank] }) });
    const { router } = renderApp('/providers?kind=BANK&region=440000');

    await screen.findByTestId('provider-card-dongfang-commercial-bank');
    const call = api.fetchMock.mock.calls.at(-1)?.[0] as string;
    const query = new URL(call, 'http://localhost').searchParams;
    expect(query.get('kind')).toBe('BANK');
    expect(query.get('region')).toBe('440000');
    expect(screen.getByText('广东省')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: '清除筛选' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('sends a signed-in merchant to the catalog inside the merchant portal', async () => {
    sessionStore.signIn(makeSession());
    mockApi({ 'GET /api/providers': () => jsonResponse(200, { items: [bank] }) });
    const { router } = renderApp('/providers?kind=BANK');

    await screen.findByTestId('provider-card-dongfang-commercial-bank');
    expect(router.state.location.pathname).toBe('/merchant/providers');
    expect(router.state.location.search).toBe('?kind=BANK');
    expect(within(screen.getByRole('menu')).getByRole('link', { name: '服务商' })).toBeInTheDocument();
  });
});
