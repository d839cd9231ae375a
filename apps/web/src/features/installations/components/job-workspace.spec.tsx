import type { CompleteInstallationRequest, InstallationView, RecordTerminalRequest } from '@pos/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sessionStore } from '../../../lib/session-store';
import { errorResponse, jsonResponse, makeSession, mockApi } from '../../../test/fetch-mock';
import { makeProviderDetail } from '../../../test/fixtures';
import { allChecksPassed, makeInstallation, makeTerminal } from '../../../test/installation-fixtures';
import { renderApp } from '../../../test/render';
import { JobWorkspace } from './job-workspace';

type Handlers = Parameters<typeof mockApi>[0];

const technician = makeSession({ role: 'TECHNICIAN', displayName: '钱师傅', provider: { id: 'p-bank', name: '东方商业银行' } });
const confirmedWindow = { start: '2030-05-20T01:00:00.000Z', end: '2030-05-20T04:00:00.000Z' };
const onSite = makeInstallation({
  status: 'ON_SITE',
  confirmedWindow,
  technician: { id: 'tech-1', displayName: '钱师傅', mobile: '13700137000' },
  terminalsWanted: [{ terminalType: 'SMART_POS', count: 2 }],
  terminals: [makeTerminal()],
});

function openJob(job: InstallationView, handlers: Handlers = {}) {
  sessionStore.signIn(technician);
  let current = job;
  const api = mockApi({
    'GET /api/console/jobs/inst-1': () => jsonResponse(200, current),
    'GET /api/console/jobs': () => jsonResponse(200, { items: [current] }),
    'GET /api/providers/p-bank': () => jsonResponse(200, makeProviderDetail()),
    ...handlers,
  });
  const rendered = renderApp('/console/jobs/inst-1');
  return { ...rendered, api, setJob: (next: InstallationView) => (current = next) };
}

describe(JobWorkspace.name, () => {
  it('marks arrival on a confirmed job', async () => {
    const confirmed = { ...onSite, status: 'CONFIRMED' as const, terminals: [] };
    const { api } = openJob(confirmed, { 'POST /api/console/jobs/inst-1/arrive': () => jsonResponse(200, { ...confirmed, status: 'ON_SITE' }) });
    const user = userEvent.setup();

    expect(await screen.findByTestId('page-title')).toHaveTextContent('王记面馆');
    expect(screen.getByTestId('call-contact')).toHaveAttribute('href', 'tel:13900139000');
    expect(screen.queryByTestId('complete-installation')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('arrive'));

    await waitFor(() => expect(api.callsTo('POST /api/console/jobs/inst-1/arrive')).toHaveLength(1));
    expect(await screen.findByTestId('serial-number')).toBeInTheDocument();
    expect(screen.queryByTestId('arrive')).not.toBeInTheDocument();
  });

  it('records a terminal with the model picked from the provider’s list', async () => {
    const { api } = openJob(onSite, {
      'POST /api/console/jobs/inst-1/terminals': ({ body }) => {
        const request = body as RecordTerminalRequest;
        return jsonResponse(201, { ...onSite, terminals: [...onSite.terminals, makeTerminal({ id: 'term-2', serialNumber: request.serialNumber, model: request.model })] });
      },
    });
    const user = userEvent.setup();

    expect(await screen.findByTestId('terminal-progress')).toHaveTextContent('已登记 1 / 2 台');
    await user.type(screen.getByTestId('serial-number'), 'ld-a8 2026-000777');
    const model = screen.getByTestId('terminal-model');
    await user.click(within(model).getByRole('combobox'));
    await user.click(await screen.findByText('联迪 A8 · 传统 POS', { selector: '.ant-select-item-option-content' }));
    await user.type(screen.getByTestId('sim-network'), '中国联通 4G');
    await user.click(screen.getByTestId('add-terminal'));

    await waitFor(() => expect(api.callsTo('POST /api/console/jobs/inst-1/terminals')).toHaveLength(1));
    expect(api.callsTo('POST /api/console/jobs/inst-1/terminals')[0]?.body).toEqual({
      serialNumber: 'LD-A82026-000777',
      model: '联迪 A8',
      simNetwork: '中国联通 4G',
    });
    expect(await screen.findByTestId('installed-terminal-LD-A82026-000777')).toBeInTheDocument();
    expect(screen.getByTestId('terminal-progress')).toHaveTextContent('已登记 2 / 2 台');
    expect(screen.getByTestId('serial-number')).toHaveValue('');
  });

  it('fills in the model when the provider offers only one', async () => {
    const onlyModel = makeProviderDetail({ terminalModels: [{ id: 'tm-2', type: 'SMART_POS', name: '新大陆 N910', priceFen: 89900, depositFen: null, monthlyRentFen: 1500 }] });
    openJob(onSite, { 'GET /api/providers/p-bank': () => jsonResponse(200, onlyModel) });

    const model = await screen.findByTestId('terminal-model');
    await waitFor(() => expect(model).toHaveTextContent('新大陆 N910 · 智能 POS'));
  });

  it('shows a duplicate serial number on the serial field', async () => {
    openJob(onSite, {
      'POST /api/console/jobs/inst-1/terminals': () => errorResponse(409, { code: 'DUPLICATE_SERIAL', message: '该终端序列号已在平台登记' }),
    });
    const user = userEvent.setup();

    await user.type(await screen.findByTestId('serial-number'), 'N910-2026-000123');
    const model = screen.getByTestId('terminal-model');
    await user.click(within(model).getByRole('combobox'));
    await user.click(await screen.findByText('新大陆 N910 · 智能 POS', { selector: '.ant-select-item-option-content' }));
    await user.click(screen.getByTestId('add-terminal'));

    const serialItem = screen.getByTestId('serial-number').closest('.ant-form-item') as HTMLElement;
    expect(await within(serialItem).findByText('该终端序列号已在平台登记')).toBeInTheDocument();
  });

  it('posts the checklist and the amount in fen, and shows each refusal next to its item', async () => {
    const { api } = openJob(onSite, {
      'POST /api/console/jobs/inst-1/complete': () =>
        errorResponse(422, {
          code: 'INSTALLATION_CHECKS_FAILED',
          message: '无法完成安装：检查项未全部通过或测试交易未成功',
          details: {
            failures: ['checklist.tap', 'checklist.pinPad', 'testTransaction.responseCode', 'testTransaction.receiptPrinted', 'terminals'],
            terminalsWanted: 2,
            terminalsRecorded: 1,
          },
        }),
    });
    const user = userEvent.setup();

    await screen.findByTestId('complete-installation');
    for (const item of ['power', 'network', 'swipe', 'insert', 'qrScan', 'printer'] as const) await user.click(screen.getByTestId(`check-${item}`));
    // The whole row is the touch target: tapping the label flips the switch too.
    await user.click(screen.getByText('网络'));
    await user.click(screen.getByText('网络'));
    await user.type(screen.getByTestId('test-amount'), '1,234.5');
    await user.clear(screen.getByTestId('test-response-code'));
    await user.type(screen.getByTestId('test-response-code'), '55');
    await user.click(screen.getByTestId('complete-installation'));

    await waitFor(() => expect(api.callsTo('POST /api/console/jobs/inst-1/complete')).toHaveLength(1));
    expect(api.callsTo('POST /api/console/jobs/inst-1/complete')[0]?.body).toEqual<CompleteInstallationRequest>({
      checklist: { ...allChecksPassed(), tap: false, pinPad: false },
      testTransaction: { amountFen: 123450, channel: 'DEBIT_CARD', responseCode: '55', receiptPrinted: false },
    });

    const list = await screen.findByTestId('completion-failures');
    expect(within(list).getAllByRole('listitem')).toHaveLength(5);
    expect(screen.getByTestId('failure-checklist.tap')).toHaveTextContent('挥卡/闪付：未通过');
    expect(screen.getByTestId('failure-checklist.pinPad')).toHaveTextContent('密码键盘：未通过');
    expect(screen.getByTestId('failure-testTransaction.responseCode')).toHaveTextContent('应答码须为 00');
    expect(screen.getByTestId('failure-testTransaction.receiptPrinted')).toHaveTextContent('小票未打印');
    expect(screen.getByTestId('failure-terminals')).toHaveTextContent('已登记 1 台，需 2 台');
    // Each note sits with its own item: the tap switch's row, not another one.
    expect(screen.getByTestId('check-tap').closest('div')).toContainElement(screen.getByTestId('failure-checklist.tap'));
    expect(screen.queryByTestId('failure-checklist.power')).not.toBeInTheDocument();

    // Fixing an item clears its note.
    await user.click(screen.getByTestId('check-tap'));
    expect(screen.queryByTestId('failure-checklist.tap')).not.toBeInTheDocument();
    expect(screen.getByTestId('failure-checklist.pinPad')).toBeInTheDocument();
  });

  it('refuses an amount that is not a valid yuan figure before sending', async () => {
    const { api } = openJob(onSite);
    const user = userEvent.setup();

    await user.type(await screen.findByTestId('test-amount'), '0.005');
    await user.click(screen.getByTestId('complete-installation'));
    expect(await screen.findByText('请输入有效金额（不能为负数，最多两位小数）')).toBeInTheDocument();
    expect(api.callsTo('POST /api/console/jobs/inst-1/complete')).toHaveLength(0);
  });

  it('puts the merchant’s dispute at the top of the job', async () => {
    openJob({ ...onSite, lastReason: '打印机不出纸' });
    const reason = await screen.findByTestId('job-last-reason');
    expect(reason).toHaveTextContent('商户反馈的问题');
    expect(reason).toHaveTextContent('打印机不出纸');
  });

  it('shows the recorded result once the job is tested', async () => {
    openJob({
      ...onSite,
      status: 'TESTED',
      checklist: allChecksPassed(),
      testTransaction: { amountFen: 1, channel: 'WECHAT_PAY', responseCode: '00', receiptPrinted: true },
    });
    expect(await screen.findByText('已提交安装结果，等待商户确认。')).toBeInTheDocument();
    expect(screen.getByTestId('test-transaction-result')).toHaveTextContent('微信支付');
    expect(screen.queryByTestId('complete-installation')).not.toBeInTheDocument();
  });
});
