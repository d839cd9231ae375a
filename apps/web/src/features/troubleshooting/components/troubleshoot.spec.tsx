import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sessionStore } from '../../../lib/session-store';
import { errorResponse, jsonResponse, makeSession, mockApi } from '../../../test/fetch-mock';
import { makeTerminal } from '../../../test/installation-fixtures';
import { renderApp } from '../../../test/render';
import { checkExpiryStep, makeTicket, makeTroubleshootingSession, renewCardStep } from '../../../test/ticket-fixtures';

const terminals = [
  makeTerminal({ status: 'LIVE' }),
  makeTerminal({ id: 'term-2', serialNumber: 'A8-2026-000001', model: '联迪 A8', status: 'LIVE' }),
  makeTerminal({ id: 'term-3', serialNumber: 'OLD-2020-000001', model: '旧机', status: 'RETIRED' }),
];

async function chooseOption(testId: string, text: RegExp) {
  const user = userEvent.setup();
  await user.click(within(screen.getByTestId(testId)).getByRole('combobox'));
  await user.click(await screen.findByText(text, { selector: '.ant-select-item-option-content' }));
}

describe('troubleshooting', () => {
  it('starts on the terminal chosen on the terminals page, with the category the response code implies', async () => {
    sessionStore.signIn(makeSession());
    const api = mockApi({
      'GET /api/terminals': () => jsonResponse(200, { items: terminals }),
      'POST /api/troubleshooting/sessions': () => jsonResponse(201, makeTroubleshootingSession({ id: 'ts-9', terminal: { id: 'term-2', serialNumber: 'A8-2026-000001', model: '联迪 A8' } })),
    });
    const { router } = renderApp('/merchant/terminals');
    const user = userEvent.setup();

    await user.click(await screen.findByTestId('report-fault-A8-2026-000001'));
    expect(router.state.location.pathname).toBe('/merchant/troubleshoot');
    expect(await screen.findByTestId('ts-terminal')).toHaveTextContent('A8-2026-000001 · 联迪 A8');

    await chooseOption('ts-response-code', /^55 密码错误$/);
    expect(screen.getByTestId('ts-category-PIN_ERROR')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('ts-category-NETWORK')).toHaveAttribute('aria-pressed', 'false');

    await user.click(screen.getByTestId('ts-start'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/merchant/troubleshoot/ts-9'));
    expect(api.callsTo('POST /api/troubleshooting/sessions')[0]?.body).toEqual({ terminalId: 'term-2', category: 'PIN_ERROR', responseCode: '55' });
    expect(await screen.findByTestId('ts-step-title')).toHaveTextContent('仔细重新输入密码');
  });

  it('keeps the category the merchant chose when a code suggests another, and preselects an only terminal', async () => {
    sessionStore.signIn(makeSession());
    const api = mockApi({
      'GET /api/terminals': () => jsonResponse(200, { items: [terminals[0], terminals[2]] }),
      'POST /api/troubleshooting/sessions': () => jsonResponse(201, makeTroubleshootingSession()),
    });
    renderApp('/merchant/troubleshoot');
    const user = userEvent.setup();

    await user.click(await screen.findByTestId('ts-category-NETWORK'));
    await chooseOption('ts-response-code', /^55 /);
    expect(screen.getByTestId('ts-category-NETWORK')).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByTestId('ts-start'));

    await waitFor(() => expect(api.callsTo('POST /api/troubleshooting/sessions')).toHaveLength(1));
    expect(api.callsTo('POST /api/troubleshooting/sessions')[0]?.body).toEqual({ terminalId: 'term-1', category: 'NETWORK', responseCode: '55' });
  });

  it('asks for a category before starting', async () => {
    sessionStore.signIn(makeSession());
    const api = mockApi({ 'GET /api/terminals': () => jsonResponse(200, { items: terminals }) });
    renderApp('/merchant/troubleshoot');
    await userEvent.click(await screen.findByTestId('ts-start'));
    expect(await screen.findByText('请选择终端')).toBeInTheDocument();
    expect(screen.getByText('请选择问题类型')).toBeInTheDocument();
    expect(api.callsTo('POST /api/troubleshooting/sessions')).toHaveLength(0);
  });

  it('walks an action step and a question step, sending each answer, until solved', async () => {
    sessionStore.signIn(makeSession());
    const answers: unknown[] = [];
    const api = mockApi({
      'GET /api/troubleshooting/sessions/ts-1': () => jsonResponse(200, makeTroubleshootingSession()),
      'POST /api/troubleshooting/sessions/ts-1/answers': ({ body }) => {
        answers.push(body);
        const { answer } = body as { answer: string };
        if (answer === 'NOT_SOLVED') return jsonResponse(200, makeTroubleshootingSession({ currentStep: checkExpiryStep, steps: [makeTicket().troubleshooting!.steps[0]!] }));
        if (answer === 'expired') return jsonResponse(200, makeTroubleshootingSession({ currentStep: renewCardStep, steps: makeTicket().troubleshooting!.steps }));
        return jsonResponse(200, makeTroubleshootingSession({ outcome: 'SELF_RESOLVED', currentStep: null }));
      },
    });
    renderApp('/merchant/troubleshoot/ts-1');
    const user = userEvent.setup();

    expect(await screen.findByTestId('ts-step-title')).toHaveTextContent('仔细重新输入密码');
    expect(screen.getByTestId('ts-step-actor')).toHaveTextContent('持卡人');
    expect(screen.queryByTestId('ts-answer-expired')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('ts-not-solved'));

    expect(await screen.findByText('查看卡片有效期')).toBeInTheDocument();
    expect(screen.getByTestId('ts-step-actor')).toHaveTextContent('收银员');
    expect(screen.getByTestId('ts-progress')).toHaveTextContent('已尝试 1 步');
    expect(screen.queryByTestId('ts-not-solved')).not.toBeInTheDocument();
    expect(screen.getByTestId('ts-answer-not-expired')).toHaveTextContent('未过期');
    await user.click(screen.getByTestId('ts-answer-expired'));

    expect(await screen.findByText('请持卡人更换新卡')).toBeInTheDocument();
    await user.click(screen.getByTestId('ts-solved'));

    expect(await screen.findByTestId('ts-resolved-result')).toHaveTextContent('问题已解决，已记录为自助解决');
    expect(answers).toEqual([
      { stepId: 'reenter-pin', answer: 'NOT_SOLVED' },
      { stepId: 'check-expiry', answer: 'expired' },
      { stepId: 'renew-card', answer: 'SOLVED' },
    ]);
    expect(api.callsTo('GET /api/troubleshooting/sessions/ts-1')).toHaveLength(1);
  });

  it('reloads the session when the step was already answered elsewhere (409)', async () => {
    sessionStore.signIn(makeSession());
    let loads = 0;
    const api = mockApi({
      'GET /api/troubleshooting/sessions/ts-1': () => {
        loads += 1;
        return jsonResponse(200, makeTroubleshootingSession(loads === 1 ? {} : { currentStep: checkExpiryStep, steps: [makeTicket().troubleshooting!.steps[0]!] }));
      },
      'POST /api/troubleshooting/sessions/ts-1/answers': () => errorResponse(409, { code: 'CONFLICT', message: '这一步已作答' }),
    });
    renderApp('/merchant/troubleshoot/ts-1');

    await userEvent.click(await screen.findByTestId('ts-solved'));

    expect(await screen.findByText('查看卡片有效期')).toBeInTheDocument();
    expect(screen.getByTestId('ts-stale')).toBeInTheDocument();
    expect(screen.queryByText('提交失败')).not.toBeInTheDocument();
    expect(api.callsTo('GET /api/troubleshooting/sessions/ts-1')).toHaveLength(2);
  });

  it('offers a ticket with the steps tried when the walk ends unsolved, and opens it', async () => {
    sessionStore.signIn(makeSession());
    const ended = makeTroubleshootingSession({ currentStep: null, canOpenTicket: true, steps: makeTicket().troubleshooting!.steps });
    const api = mockApi({
      'GET /api/troubleshooting/sessions/ts-1': () => jsonResponse(200, ended),
      'POST /api/troubleshooting/sessions/ts-1/ticket': () => jsonResponse(201, makeTicket()),
      'GET /api/tickets/t-1': () => jsonResponse(200, makeTicket()),
    });
    const { router } = renderApp('/merchant/troubleshoot/ts-1');
    const user = userEvent.setup();

    const tried = await screen.findByTestId('ts-steps-tried');
    expect(tried).toHaveTextContent('1. 仔细重新输入密码');
    expect(tried).toHaveTextContent('没有解决');
    expect(tried).toHaveTextContent('2. 查看卡片有效期');
    expect(tried).toHaveTextContent('未过期');
    expect(screen.queryByTestId('ts-solved')).not.toBeInTheDocument();

    await user.type(screen.getByTestId('ts-description'), '  所有卡都不行  ');
    await user.click(screen.getByTestId('ts-open-ticket'));

    await waitFor(() => expect(router.state.location.pathname).toBe('/merchant/tickets/t-1'));
    expect(api.callsTo('POST /api/troubleshooting/sessions/ts-1/ticket')[0]?.body).toEqual({ description: '所有卡都不行' });
  });

  it('links to the ticket a walk already opened instead of offering another', async () => {
    sessionStore.signIn(makeSession());
    mockApi({
      'GET /api/troubleshooting/sessions/ts-1': () =>
        jsonResponse(200, makeTroubleshootingSession({ currentStep: null, outcome: 'ESCALATED', ticket: { id: 't-1', reference: 'TK-2026-0001' } })),
    });
    renderApp('/merchant/troubleshoot/ts-1');
    expect(await screen.findByText('这次排查已提交报修单 TK-2026-0001。')).toBeInTheDocument();
    expect(screen.getByTestId('ts-view-ticket')).toHaveAttribute('href', '/merchant/tickets/t-1');
    expect(screen.queryByTestId('ts-open-ticket')).not.toBeInTheDocument();
  });

  it('is reachable from the merchant home and the menu', async () => {
    sessionStore.signIn(makeSession());
    mockApi({
      'GET /api/applications': () => jsonResponse(200, { items: [] }),
      'GET /api/providers': () => jsonResponse(200, { items: [] }),
      'GET /api/terminals': () => jsonResponse(200, { items: terminals }),
    });
    const { router } = renderApp('/merchant');

    await userEvent.click(within(await screen.findByTestId('troubleshoot-entry')).getByRole('button', { name: '开始排查' }));
    expect(router.state.location.pathname).toBe('/merchant/troubleshoot');
    expect(await screen.findByTestId('ts-category-CARD_BLOCKED')).toHaveTextContent('用卡受阻');
    expect(screen.getByRole('link', { name: '故障排查' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '我的报修' })).toHaveAttribute('href', '/merchant/tickets');
  });

  it('shows the step in English after switching language', async () => {
    sessionStore.signIn(makeSession());
    mockApi({ 'GET /api/troubleshooting/sessions/ts-1': () => jsonResponse(200, makeTroubleshootingSession({ currentStep: checkExpiryStep })) });
    renderApp('/merchant/troubleshoot/ts-1');

    expect(await screen.findByTestId('ts-step-title')).toHaveTextContent('查看卡片有效期');
    await userEvent.click(screen.getByTestId('language-switch'));

    expect(await screen.findByText('Check the expiry date')).toBeInTheDocument();
    expect(screen.getByTestId('ts-step-actor')).toHaveTextContent('Cashier');
    expect(screen.getByTestId('ts-answer-expired')).toHaveTextContent('It has expired');
    expect(screen.getByTestId('ts-solved')).toHaveTextContent('Solved');
    expect(screen.getByText('Terminal N910-2026-000123 · PIN error')).toBeInTheDocument();
  });
});
