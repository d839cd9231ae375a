import type { InstallationView } from '@pos/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sessionStore } from '../../../lib/session-store';
import { jsonResponse, makeSession, mockApi } from '../../../test/fetch-mock';
import { makeCompleteApplication, makeProviderDetail } from '../../../test/fixtures';
import { allChecksPassed, makeInstallation, makeTerminal } from '../../../test/installation-fixtures';
import { renderApp } from '../../../test/render';
import { AppointmentCard } from './appointment-card';

type Handlers = Parameters<typeof mockApi>[0];

const tested = makeInstallation({
  status: 'TESTED',
  confirmedWindow: { start: '2030-05-20T01:00:00.000Z', end: '2030-05-20T04:00:00.000Z' },
  technician: { id: 'tech-1', displayName: '钱师傅', mobile: '13700137000' },
  terminals: [makeTerminal()],
  checklist: { ...allChecksPassed(), qrScan: false },
  testTransaction: { amountFen: 1, channel: 'DEBIT_CARD', responseCode: '00', receiptPrinted: true },
});

function openApplication(installation: InstallationView, handlers: Handlers = {}) {
  sessionStore.signIn(makeSession());
  const applicationStatus = installation.status === 'TESTED' ? 'INSTALLED' : 'INSTALL_SCHEDULED';
  const api = mockApi({
    'GET /api/applications/app-1': () => jsonResponse(200, makeCompleteApplication({ status: applicationStatus })),
    'GET /api/providers/p-bank': () => jsonResponse(200, makeProviderDetail()),
    'GET /api/applications/app-1/installation': () => jsonResponse(200, installation),
    'GET /api/applications': () => jsonResponse(200, { items: [] }),
    ...handlers,
  });
  const rendered = renderApp('/merchant/applications/app-1');
  return { ...rendered, api };
}

describe(AppointmentCard.name, () => {
  it('shows the confirmed visit with the technician, and offers reschedule and cancel but not acceptance', async () => {
    openApplication(
      makeInstallation({
        status: 'CONFIRMED',
        confirmedWindow: { start: '2030-05-20T01:00:00.000Z', end: '2030-05-20T04:00:00.000Z' },
        technician: { id: 'tech-1', displayName: '钱师傅', mobile: '13700137000' },
      }),
    );

    expect(await screen.findByTestId('installation-status')).toHaveTextContent('已安排上门');
    expect(screen.getByTestId('confirmed-window')).toHaveTextContent('09:00–12:00');
    expect(screen.getByTestId('technician')).toHaveTextContent('钱师傅');
    expect(screen.getByRole('link', { name: '13700137000' })).toHaveAttribute('href', 'tel:13700137000');
    expect(screen.getByTestId('reschedule-installation')).toBeInTheDocument();
    expect(screen.getByTestId('cancel-installation')).toBeInTheDocument();
    expect(screen.queryByTestId('confirm-installation')).not.toBeInTheDocument();
    expect(screen.queryByTestId('dispute-installation')).not.toBeInTheDocument();
  });

  it('shows what was installed and tested, and accepting puts the terminals live with a link to them', async () => {
    const accepted = { ...tested, status: 'ACCEPTED' as const, acceptedAt: '2030-05-20T05:00:00.000Z', terminals: [makeTerminal({ status: 'LIVE' })] };
    const { api, router } = openApplication(tested, { 'POST /api/installations/inst-1/accept': () => jsonResponse(200, accepted) });
    const user = userEvent.setup();

    expect(await screen.findByTestId('installation-status')).toHaveTextContent('已测试，待商户确认');
    const terminal = screen.getByTestId('installed-terminal-N910-2026-000123');
    expect(within(terminal).getByTestId('terminal-status')).toHaveTextContent('已安装');
    expect(screen.getByTestId('checklist-result-qrScan')).toHaveTextContent('未通过');
    expect(screen.getByTestId('checklist-result-tap')).toHaveTextContent('通过');
    expect(screen.getByTestId('test-transaction-result')).toHaveTextContent('¥0.01');
    expect(screen.queryByTestId('cancel-installation')).not.toBeInTheDocument();

    await user.click(screen.getByTestId('confirm-installation'));
    expect(api.callsTo('POST /api/installations/inst-1/accept')).toHaveLength(0);
    await user.click(await screen.findByTestId('accept-installation'));

    await waitFor(() => expect(screen.getByTestId('installation-status')).toHaveTextContent('已验收'));
    expect(api.callsTo('POST /api/installations/inst-1/accept')).toHaveLength(1);
    expect(within(screen.getByTestId('installed-terminal-N910-2026-000123')).getByTestId('terminal-status')).toHaveTextContent('已启用');
    expect(screen.queryByTestId('confirm-installation')).not.toBeInTheDocument();
    // The application moves on with it: it is read again.
    await waitFor(() => expect(api.callsTo('GET /api/applications/app-1').length).toBeGreaterThan(1));

    await user.click(screen.getByTestId('view-terminals'));
    expect(router.state.location.pathname).toBe('/merchant/terminals');
  });

  it('needs a reason to dispute, and sends it', async () => {
    const disputed = { ...tested, status: 'ON_SITE' as const, lastReason: '打印机不出纸' };
    const { api } = openApplication(tested, { 'POST /api/installations/inst-1/dispute': () => jsonResponse(200, disputed) });
    const user = userEvent.setup();

    await user.click(await screen.findByTestId('dispute-installation'));
    await user.click(await screen.findByTestId('dispute-submit'));
    expect(await screen.findByText('请填写原因')).toBeInTheDocument();
    expect(api.callsTo('POST /api/installations/inst-1/dispute')).toHaveLength(0);

    await user.type(screen.getByTestId('dispute-reason'), '  打印机不出纸 ');
    await user.click(screen.getByTestId('dispute-submit'));

    await waitFor(() => expect(api.callsTo('POST /api/installations/inst-1/dispute')).toHaveLength(1));
    expect(api.callsTo('POST /api/installations/inst-1/dispute')[0]?.body).toEqual({ reason: '打印机不出纸' });
    await waitFor(() => expect(screen.getByTestId('installation-status')).toHaveTextContent('现场安装中'));
    expect(screen.getByTestId('last-reason')).toHaveTextContent('打印机不出纸');
  });

  it('cancels a confirmed visit with a reason', async () => {
    const confirmed = makeInstallation({ status: 'CONFIRMED', confirmedWindow: { start: '2030-05-20T01:00:00.000Z', end: '2030-05-20T04:00:00.000Z' } });
    const { api } = openApplication(confirmed, {
      'POST /api/installations/inst-1/cancel': ({ body }) => jsonResponse(200, { ...confirmed, status: 'CANCELLED', lastReason: (body as { reason: string }).reason }),
    });
    const user = userEvent.setup();

    await user.click(await screen.findByTestId('cancel-installation'));
    await user.type(await screen.findByTestId('cancel-reason'), '店铺装修');
    await user.click(screen.getByTestId('cancel-submit'));

    await waitFor(() => expect(api.callsTo('POST /api/installations/inst-1/cancel')[0]?.body).toEqual({ reason: '店铺装修' }));
    // A cancelled visit on a scheduled application can be booked again.
    expect(await screen.findByTestId('book-installation')).toHaveTextContent('上一次预约已取消');
    expect(screen.getByTestId('book-installation')).toHaveTextContent('店铺装修');
  });
});
