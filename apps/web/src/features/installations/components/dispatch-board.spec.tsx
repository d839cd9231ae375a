import type { ConfirmInstallationRequest } from '@pos/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { sessionStore } from '../../../lib/session-store';
import { errorResponse, jsonResponse, makeSession, mockApi } from '../../../test/fetch-mock';
import { makeInstallation } from '../../../test/installation-fixtures';
import { renderApp } from '../../../test/render';
import { DispatchBoard } from './dispatch-board';

type Handlers = Parameters<typeof mockApi>[0];

const support = makeSession({ role: 'SUPPORT', displayName: '赵客服', provider: { id: 'p-bank', name: '东方商业银行' } });
const proposed = makeInstallation();
const technicians = {
  items: [
    { id: 'tech-1', displayName: '钱师傅', mobile: '13700137000' },
    { id: 'tech-2', displayName: '孙师傅', mobile: null },
  ],
};

function openBoard(path = '/console/installations', handlers: Handlers = {}) {
  sessionStore.signIn(support);
  const api = mockApi({
    'GET /api/console/installations': () =>
      jsonResponse(200, { items: [proposed, makeInstallation({ id: 'inst-2', applicationReference: 'APP-2026-0002', status: 'CONFIRMED' })] }),
    'GET /api/console/installations/inst-1': () => jsonResponse(200, proposed),
    'GET /api/console/technicians': () => jsonResponse(200, technicians),
    ...handlers,
  });
  const rendered = renderApp(path);
  return { ...rendered, api };
}

async function chooseTechnician(user: ReturnType<typeof userEvent.setup>, name: string) {
  const select = await screen.findByTestId('technician-select');
  await user.click(within(select).getByRole('combobox'));
  await user.click(await screen.findByText(new RegExp(`^${name}`), { selector: '.ant-select-item-option-content' }));
}

describe(DispatchBoard.name, () => {
  it('lists the open appointments and opens one in the drawer', async () => {
    const { router } = openBoard();
    const user = userEvent.setup();

    const row = await screen.findByTestId('installation-row-APP-2026-0001');
    expect(within(row).getByText('王记面馆')).toBeInTheDocument();
    expect(within(row).getByText('北京市朝阳区建国路 1 号')).toBeInTheDocument();
    expect(within(row).getByText(/09:00–12:00/)).toBeInTheDocument();
    expect(within(row).getByTestId('installation-status')).toHaveTextContent('待安排');
    expect(within(screen.getByTestId('installation-row-APP-2026-0002')).getByTestId('installation-status')).toHaveTextContent('已安排上门');

    await user.click(within(row).getByTestId('arrange-APP-2026-0001'));
    expect(router.state.location.pathname).toBe('/console/installations/inst-1');
    expect(await screen.findByTestId('confirm-submit')).toBeInTheDocument();
  });

  it('posts the chosen technician and window', async () => {
    const { api } = openBoard('/console/installations/inst-1', {
      'POST /api/console/installations/inst-1/confirm': () =>
        jsonResponse(200, { ...proposed, status: 'CONFIRMED', technician: technicians.items[0], confirmedWindow: proposed.proposedWindows[1] }),
    });
    const user = userEvent.setup();

    await chooseTechnician(user, '钱师傅');
    await user.click(screen.getByTestId('window-choice-1'));
    await user.click(screen.getByTestId('confirm-submit'));

    await waitFor(() => expect(api.callsTo('POST /api/console/installations/inst-1/confirm')).toHaveLength(1));
    expect(api.callsTo('POST /api/console/installations/inst-1/confirm')[0]?.body).toEqual<ConfirmInstallationRequest>({ technicianId: 'tech-1', windowIndex: 1 });
    expect(await screen.findByText('已安排 钱师傅 上门')).toBeInTheDocument();
    expect(screen.queryByTestId('confirm-submit')).not.toBeInTheDocument();
  });

  it('says clearly when the technician is already booked then', async () => {
    const { api } = openBoard('/console/installations/inst-1', {
      'POST /api/console/installations/inst-1/confirm': () =>
        errorResponse(409, { code: 'TECHNICIAN_DOUBLE_BOOKED', message: '该技术人员在此时间段已有其他已确认的上门任务' }),
    });
    const user = userEvent.setup();

    await chooseTechnician(user, '孙师傅');
    await user.click(screen.getByTestId('confirm-submit'));

    const alert = await screen.findByTestId('double-booked');
    expect(alert).toHaveTextContent('技术人员时间冲突');
    expect(alert).toHaveTextContent('孙师傅 在这个时间段已有其他已确认的任务');
    // The first future window was preselected.
    expect(api.callsTo('POST /api/console/installations/inst-1/confirm')[0]?.body).toEqual({ technicianId: 'tech-2', windowIndex: 0 });
    expect(screen.getByTestId('confirm-submit')).toBeInTheDocument();
  });

  it('can confirm another time than the merchant offered, sent in China time', async () => {
    const day = dayjs().add(9, 'day').format('YYYY-MM-DD');
    const { api } = openBoard('/console/installations/inst-1', {
      'POST /api/console/installations/inst-1/confirm': () => jsonResponse(200, { ...proposed, status: 'CONFIRMED' }),
    });
    const user = userEvent.setup();

    await chooseTechnician(user, '钱师傅');
    await user.click(screen.getByTestId('window-choice-other'));
    await user.type(await screen.findByTestId('window-0-start'), `${day} 13:00`);
    await user.type(screen.getByTestId('window-0-end'), `${day} 15:00`);
    await user.click(screen.getByTestId('confirm-submit'));

    await waitFor(() =>
      expect(api.callsTo('POST /api/console/installations/inst-1/confirm')[0]?.body).toEqual({
        technicianId: 'tech-1',
        window: { start: `${day}T13:00:00+08:00`, end: `${day}T15:00:00+08:00` },
      }),
    );
  });

  it('is not in a technician’s console', async () => {
    sessionStore.signIn(makeSession({ role: 'TECHNICIAN', displayName: '钱师傅', provider: { id: 'p-bank', name: '东方商业银行' } }));
    mockApi({ 'GET /api/console/jobs': () => jsonResponse(200, { items: [] }) });
    const { router } = renderApp('/console/installations');

    await waitFor(() => expect(router.state.location.pathname).toBe('/console/jobs'));
    expect(screen.queryByRole('link', { name: '装机调度' })).not.toBeInTheDocument();
  });
});
