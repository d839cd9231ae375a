import type { InspectionDueView, InspectionView } from '@pos/shared';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sessionStore } from '../../../lib/session-store';
import { jsonResponse, makeSession, mockApi } from '../../../test/fetch-mock';
import { renderApp } from '../../../test/render';
import { InspectionForm } from './inspection-form';
import { InspectionsDue } from './inspections-due';

const provider = { id: 'p-bank', name: '东方商业银行' };
const technician = makeSession({ id: 'u-tech', role: 'TECHNICIAN', displayName: '钱师傅', provider });
const support = makeSession({ id: 'u-support', role: 'SUPPORT', displayName: '孙客服', provider });

function due(overrides: Partial<InspectionDueView> = {}): InspectionDueView {
  return {
    terminalId: 't-1',
    serialNumber: 'DF-A8-DEMO-000001',
    type: 'TRADITIONAL_POS',
    model: '联迪 A8',
    address: '北京市朝阳区建国路 88 号',
    merchant: { id: 'm-1', displayName: '王小明', businessName: '王记小馆' },
    dueDate: '2026-11-15',
    daysUntilDue: -10,
    overdue: true,
    intervalDays: 90,
    lastInspectionAt: null,
    reminderSentAt: null,
    ...overrides,
  };
}

const LIST = {
  today: '2026-11-25',
  overdueCount: 1,
  items: [due(), due({ terminalId: 't-2', serialNumber: 'DF-A8-0002', dueDate: '2026-12-01', daysUntilDue: 6, overdue: false, reminderSentAt: '2026-11-24T00:00:00.000Z', merchant: { id: 'm-2', displayName: '李老板', businessName: null } })],
};

describe(InspectionsDue.name, () => {
  it('shows the technician the terminals due, overdue first, and filters overdue only', async () => {
    sessionStore.signIn(technician);
    const api = mockApi({ 'GET /api/console/inspections/due': () => jsonResponse(200, LIST) });
    const { router } = renderApp('/console/inspections');

    const overdue = await screen.findByTestId('due-DF-A8-DEMO-000001');
    expect(overdue).toHaveTextContent('逾期');
    expect(overdue).toHaveTextContent('已逾期 10 天');
    expect(overdue).toHaveTextContent('王记小馆');
    expect(overdue).toHaveTextContent('尚未巡检');
    expect(screen.getByTestId('due-DF-A8-0002')).toHaveTextContent('6 天后到期');
    expect(screen.getByTestId('due-DF-A8-0002')).toHaveTextContent('已提醒');
    expect(screen.getByTestId('overdue-count')).toHaveTextContent('逾期 1 台');
    expect(String(api.fetchMock.mock.calls[api.fetchMock.mock.calls.length - 1]?.[0])).toContain('withinDays=30');

    await userEvent.click(screen.getByText('仅看逾期'));
    await screen.findByTestId('due-list');
    expect(api.fetchMock.mock.calls.some(([url]) => String(url).includes('overdueOnly=true'))).toBe(true);
    expect(router.state.location.search).toContain('window=overdue');

    await userEvent.click(within(overdue).getByTestId('inspect-DF-A8-DEMO-000001'));
    expect(router.state.location.pathname).toBe('/console/inspections/t-1');
  });

  it('lets support see the list without the technician’s record button', async () => {
    sessionStore.signIn(support);
    mockApi({ 'GET /api/console/inspections/due': () => jsonResponse(200, LIST) });
    renderApp('/console/inspections');
    expect(await screen.findByTestId('due-DF-A8-DEMO-000001')).toBeInTheDocument();
    expect(screen.queryByTestId('inspect-DF-A8-DEMO-000001')).not.toBeInTheDocument();
  });
});

describe(InspectionForm.name, () => {
  it('records the checklist, opens a follow-up for the failed items and shows the next due date', async () => {
    sessionStore.signIn(technician);
    const result: InspectionView = {
      id: 'i-1',
      terminal: { id: 't-1', serialNumber: 'DF-A8-DEMO-000001', model: '联迪 A8' },
      dueDate: '2026-11-15',
      completedAt: '2026-11-25T02:00:00.000Z',
      technician: { id: 'u-tech', displayName: '钱师傅' },
      checklist: null,
      passed: false,
      notes: '打印头老化',
      followUpTicket: { id: 'tk-1', reference: 'TK-20261125-ABC123' },
      nextInspectionDue: '2027-02-23',
    };
    const api = mockApi({
      'GET /api/console/inspections/due': () => jsonResponse(200, LIST),
      'POST /api/console/terminals/t-1/inspections': () => jsonResponse(201, result),
    });
    renderApp('/console/inspections/t-1');

    expect(await screen.findByTestId('inspection-terminal')).toHaveTextContent('DF-A8-DEMO-000001');
    // Nothing checked yet: every item counts as failed, and a follow-up may be opened.
    expect(screen.getByTestId('failed-count')).toHaveTextContent('13 项未通过');
    for (const item of ['power', 'network', 'swipe', 'insert', 'tap', 'qrScan', 'pinPad', 'casing', 'cable', 'keypad', 'screen']) {
      await userEvent.click(screen.getByTestId(`item-${item}`));
    }
    expect(screen.getByTestId('failed-count')).toHaveTextContent('2 项未通过');
    await userEvent.type(screen.getByTestId('inspection-notes'), '打印头老化');
    await userEvent.click(screen.getByTestId('follow-up'));
    await userEvent.click(screen.getByTestId('submit-inspection'));

    expect(await screen.findByTestId('inspection-result')).toHaveTextContent('2027年2月23日');
    expect(screen.getByTestId('follow-up-ticket')).toHaveTextContent('TK-20261125-ABC123');
    const [call] = api.callsTo('POST /api/console/terminals/t-1/inspections');
    expect(call?.body).toMatchObject({ notes: '打印头老化', openFollowUpTicket: true, checklist: { power: true, printer: false, seal: false, keypad: true } });
  });

  it('cannot open a follow-up when everything is fine, and says when the terminal is not in the list', async () => {
    sessionStore.signIn(technician);
    mockApi({ 'GET /api/console/inspections/due': () => jsonResponse(200, LIST) });
    const { unmount } = renderApp('/console/inspections/t-2');
    await screen.findByTestId('inspection-terminal');
    for (const item of ['power', 'network', 'swipe', 'insert', 'tap', 'qrScan', 'printer', 'pinPad', 'casing', 'cable', 'keypad', 'screen', 'seal']) {
      await userEvent.click(screen.getByTestId(`item-${item}`));
    }
    expect(screen.getByTestId('failed-count')).toHaveTextContent('全部正常');
    expect(screen.getByTestId('follow-up')).toBeDisabled();
    unmount();

    renderApp('/console/inspections/t-unknown');
    expect(await screen.findByText('没有找到这台终端，或它不在您的巡检范围内。')).toBeInTheDocument();
  });
});
