import type { BookInstallationRequest, InstallationView } from '@pos/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { sessionStore } from '../../../lib/session-store';
import { errorResponse, jsonResponse, makeSession, mockApi } from '../../../test/fetch-mock';
import { makeCompleteApplication, makeProviderDetail } from '../../../test/fixtures';
import { makeInstallation } from '../../../test/installation-fixtures';
import { renderApp } from '../../../test/render';
import { BookingForm } from './booking-form';

type Handlers = Parameters<typeof mockApi>[0];

const notFound = () => errorResponse(404, { code: 'NOT_FOUND', message: '未找到' });
const day = (offset: number) => dayjs().add(offset, 'day').format('YYYY-MM-DD');

function openSignedApplication(handlers: Handlers = {}) {
  sessionStore.signIn(makeSession());
  const api = mockApi({
    'GET /api/applications/app-1': () => jsonResponse(200, makeCompleteApplication({ status: 'SIGNED' })),
    'GET /api/providers/p-bank': () => jsonResponse(200, makeProviderDetail()),
    'GET /api/applications/app-1/installation': notFound,
    'GET /api/applications': () => jsonResponse(200, { items: [] }),
    ...handlers,
  });
  renderApp('/merchant/applications/app-1');
  return api;
}

async function typeWindow(user: ReturnType<typeof userEvent.setup>, index: number, start: string, end: string) {
  await user.type(screen.getByTestId(`window-${index}-start`), start);
  await user.type(screen.getByTestId(`window-${index}-end`), end);
}

describe(BookingForm.name, () => {
  it('offers the booking on a signed application, with the contact prefilled and two windows to fill', async () => {
    openSignedApplication();

    const booking = await screen.findByTestId('book-installation');
    expect(within(booking).getByText('预约安装')).toBeInTheDocument();
    expect(screen.getByLabelText('现场联系人')).toHaveValue('王小明');
    expect(screen.getByLabelText('联系电话')).toHaveValue('13900139000');
    expect(screen.getByTestId('window-0')).toBeInTheDocument();
    expect(screen.getByTestId('window-1')).toBeInTheDocument();
    expect(screen.queryByTestId('window-2')).not.toBeInTheDocument();
    // The pickers carry ids derived from the form, for tests that drive them.
    expect(document.querySelector('#installation_windows_0_date')).toBeInTheDocument();
    expect(document.querySelector('#installation_windows_1_time')).toBeInTheDocument();
    // Two is the minimum: neither window can be removed.
    expect(screen.queryByTestId('window-0-remove')).not.toBeInTheDocument();
  });

  it('requires two valid future windows before anything is sent', async () => {
    const api = openSignedApplication();
    const user = userEvent.setup();
    await screen.findByTestId('book-installation');

    await typeWindow(user, 0, `${day(-2)} 09:00`, `${day(-2)} 12:00`);
    await user.click(screen.getByTestId('book-submit'));

    const first = screen.getByTestId('window-0').closest('.ant-form-item') as HTMLElement;
    const second = screen.getByTestId('window-1').closest('.ant-form-item') as HTMLElement;
    expect(await within(first).findByText('开始时间须在未来')).toBeInTheDocument();
    expect(await within(second).findByText('请选择或填写开始和结束时间')).toBeInTheDocument();

    await typeWindow(user, 1, `${day(3)} 12:00`, `${day(3)} 09:00`);
    await user.click(screen.getByTestId('book-submit'));
    expect(await within(second).findByText('结束时间须晚于开始时间')).toBeInTheDocument();
    expect(api.callsTo('POST /api/applications/app-1/installation')).toHaveLength(0);
  });

  it('posts the windows as ISO times with +08:00 and then shows the booked visit', async () => {
    let booked: InstallationView | undefined;
    const api = openSignedApplication({
      'POST /api/applications/app-1/installation': ({ body }) => {
        const request = body as BookInstallationRequest;
        booked = makeInstallation({ proposedWindows: request.windows, notes: request.notes ?? null });
        return jsonResponse(201, booked);
      },
    });
    const user = userEvent.setup();
    await screen.findByTestId('book-installation');

    await typeWindow(user, 0, `${day(5)} 09:00`, `${day(5)} 12:00`);
    await typeWindow(user, 1, `${day(6)} 14:30`, `${day(6)} 18:00`);
    await user.click(screen.getByTestId('add-window'));
    await typeWindow(user, 2, `${day(7)} 19:00`, `${day(8)} 01:00`);
    await user.type(screen.getByLabelText('备注'), '店铺在二楼');
    await user.click(screen.getByTestId('book-submit'));

    await waitFor(() => expect(api.callsTo('POST /api/applications/app-1/installation')).toHaveLength(1));
    expect(api.callsTo('POST /api/applications/app-1/installation')[0]?.body).toEqual<BookInstallationRequest>({
      windows: [
        { start: `${day(5)}T09:00:00+08:00`, end: `${day(5)}T12:00:00+08:00` },
        { start: `${day(6)}T14:30:00+08:00`, end: `${day(6)}T18:00:00+08:00` },
        { start: `${day(7)}T19:00:00+08:00`, end: `${day(8)}T01:00:00+08:00` },
      ],
      contactName: '王小明',
      contactMobile: '13900139000',
      notes: '店铺在二楼',
    });
    expect(await screen.findByTestId('installation-status')).toHaveTextContent('待安排');
    expect(screen.queryByTestId('book-installation')).not.toBeInTheDocument();
    expect(screen.getByTestId('proposed-windows')).toHaveTextContent('09:00–12:00');
  });

  it('keeps the pickers and the text inputs in step both ways', async () => {
    openSignedApplication();
    const user = userEvent.setup();
    await screen.findByTestId('book-installation');

    // Typed text shows in the pickers…
    await user.type(screen.getByTestId('window-0-start'), `${day(5)} 09:00`);
    await user.type(screen.getByTestId('window-0-end'), `${day(5)} 12:00`);
    expect(document.querySelector('#installation_windows_0_date')).toHaveValue(day(5));
    expect(document.querySelector('#installation_windows_0_time')).toHaveValue('09:00');
    expect(document.querySelector('#installation_windows_0_time_end')).toHaveValue('12:00');

    // …and another day picked in the calendar moves the window, keeping its hours.
    await user.click(document.querySelector('#installation_windows_0_date') as HTMLElement);
    await user.click(document.querySelector(`td[title="${day(6)}"]`) as HTMLElement);
    await waitFor(() => expect(screen.getByTestId('window-0-start')).toHaveValue(`${day(6)} 09:00`));
    expect(screen.getByTestId('window-0-end')).toHaveValue(`${day(6)} 12:00`);
  });

  it('puts the API refusal of one window on that window', async () => {
    openSignedApplication({
      'POST /api/applications/app-1/installation': () =>
        errorResponse(400, {
          code: 'VALIDATION_FAILED',
          message: '提交的数据不正确',
          details: { fields: [{ field: 'windows.1', code: 'windowInvalid', message: '时间段无效：结束须晚于开始，且须在未来' }] },
        }),
    });
    const user = userEvent.setup();
    await screen.findByTestId('book-installation');
    await typeWindow(user, 0, `${day(5)} 09:00`, `${day(5)} 12:00`);
    await typeWindow(user, 1, `${day(6)} 09:00`, `${day(6)} 12:00`);
    await user.click(screen.getByTestId('book-submit'));

    const second = screen.getByTestId('window-1').closest('.ant-form-item') as HTMLElement;
    expect(await within(second).findByText('时间段无效：结束须晚于开始，且须在未来')).toBeInTheDocument();
  });

  it('shows the visit instead of the form once one is booked, and nothing before the agreement is signed', async () => {
    sessionStore.signIn(makeSession());
    const api = mockApi({
      'GET /api/applications/app-1': () => jsonResponse(200, makeCompleteApplication({ status: 'APPROVED' })),
      'GET /api/providers/p-bank': () => jsonResponse(200, makeProviderDetail()),
    });
    renderApp('/merchant/applications/app-1');
    expect(await screen.findByTestId('application-summary')).toBeInTheDocument();
    expect(screen.queryByTestId('book-installation')).not.toBeInTheDocument();
    expect(api.callsTo('GET /api/applications/app-1/installation')).toHaveLength(0);
  });
});
