import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { sessionStore } from '../../../lib/session-store';
import { jsonResponse, makeSession, mockApi } from '../../../test/fetch-mock';
import { makeInstallation } from '../../../test/installation-fixtures';
import { renderApp } from '../../../test/render';
import { MyJobs } from './my-jobs';

const technician = makeSession({ role: 'TECHNICIAN', displayName: '钱师傅', provider: { id: 'p-bank', name: '东方商业银行' } });

/** A window today at the given China-time hours, as the API would send it (UTC). */
function todayAt(fromHour: number, toHour: number) {
  const day = dayjs().utcOffset(480).format('YYYY-MM-DD');
  const at = (hour: number) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+08:00`).toISOString();
  return { start: at(fromHour), end: at(toHour) };
}

describe(MyJobs.name, () => {
  it('is where a technician lands, with today’s and later jobs as cards', async () => {
    sessionStore.signIn(technician);
    mockApi({
      'GET /api/console/jobs': () =>
        jsonResponse(200, {
          items: [
            makeInstallation({ id: 'j-today', status: 'CONFIRMED', confirmedWindow: todayAt(22, 23), applicationReference: 'APP-2026-0007' }),
            makeInstallation({
              id: 'j-later',
              status: 'CONFIRMED',
              applicationReference: 'APP-2026-0009',
              merchant: { displayName: '李老板', businessName: '李家超市', contactName: null, contactMobile: '13600136000' },
              confirmedWindow: { start: '2030-05-20T01:00:00.000Z', end: '2030-05-20T04:00:00.000Z' },
              terminalsWanted: [
                { terminalType: 'SMART_POS', count: 2 },
                { terminalType: 'QR_BOX', count: 1 },
              ],
            }),
          ],
        }),
    });
    const { router } = renderApp('/console');

    expect(await screen.findByTestId('home-title')).toHaveTextContent('我的任务');
    expect(router.state.location.pathname).toBe('/console/jobs');
    expect(screen.getByRole('link', { name: '我的任务' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '首页' })).not.toBeInTheDocument();

    const today = within(await screen.findByTestId('job-group-today')).getByTestId('job-card-APP-2026-0007');
    expect(today).toHaveTextContent('22:00–23:00');
    const later = within(screen.getByTestId('job-group-upcoming')).getByTestId('job-card-APP-2026-0009');
    expect(later).toHaveTextContent('李家超市');
    expect(later).toHaveTextContent('北京市朝阳区建国路 1 号');
    expect(later).toHaveTextContent('智能 POS × 2、扫码盒子 × 1');
    expect(within(later).getByTestId('call-contact')).toHaveAttribute('href', 'tel:13600136000');

    await userEvent.click(within(later).getByTestId('open-job-APP-2026-0009'));
    expect(router.state.location.pathname).toBe('/console/jobs/j-later');
  });
});
