import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sessionStore } from '../../../lib/session-store';
import { jsonResponse, makeSession, mockApi } from '../../../test/fetch-mock';
import { makeSiteVisit } from '../../../test/ticket-desk-fixtures';
import { renderApp } from '../../../test/render';
import { MyVisits } from './my-visits';

const technician = makeSession({ role: 'TECHNICIAN', displayName: '钱师傅', provider: { id: 'p-bank', name: '东方商业银行' } });

describe(MyVisits.name, () => {
  it('lists the technician’s visits and records the result of one', async () => {
    sessionStore.signIn(technician);
    const visit = makeSiteVisit();
    const done = makeSiteVisit({ id: 'sv-0', status: 'COMPLETED', result: '更换电源适配器', scheduledStart: '2026-01-05T01:00:00.000Z', scheduledEnd: '2026-01-05T02:00:00.000Z' });
    let completed = false;
    const api = mockApi({
      'GET /api/console/visits': () => jsonResponse(200, { items: [done, completed ? { ...visit, status: 'COMPLETED', result: '更换读卡模块，测试交易成功' } : visit] }),
      'POST /api/console/visits/sv-1/complete': ({ body }) => {
        completed = true;
        return jsonResponse(200, { ...visit, status: 'COMPLETED', result: (body as { result: string }).result, completedAt: '2030-05-20T02:30:00.000Z' });
      },
    });
    renderApp('/console/visits');
    const user = userEvent.setup();

    expect(screen.getByRole('link', { name: '上门维修' })).toBeInTheDocument();
    const cards = await screen.findAllByTestId('visit-card');
    expect(cards).toHaveLength(2);
    const scheduled = within(screen.getByTestId('visit-group-scheduled')).getByTestId('visit-card');
    expect(scheduled).toHaveTextContent('王记面馆');
    expect(scheduled).toHaveTextContent('北京市朝阳区建国路 1 号');
    expect(scheduled).toHaveTextContent('N910-2026-000123');
    expect(scheduled).toHaveTextContent('带一个备用读卡模块');
    expect(within(screen.getByTestId('visit-group-done')).queryByTestId('visit-complete')).not.toBeInTheDocument();

    await user.click(within(scheduled).getByTestId('visit-complete'));
    await user.click(await screen.findByTestId('visit-complete-confirm'));
    expect(await screen.findByText('请填写处理结果')).toBeInTheDocument();
    expect(api.callsTo('POST /api/console/visits/sv-1/complete')).toHaveLength(0);

    await user.type(screen.getByTestId('visit-result'), '更换读卡模块，测试交易成功');
    await user.click(screen.getByTestId('visit-complete-confirm'));
    await waitFor(() => expect(api.callsTo('POST /api/console/visits/sv-1/complete')).toHaveLength(1));
    expect(api.callsTo('POST /api/console/visits/sv-1/complete')[0]?.body).toEqual({ result: '更换读卡模块，测试交易成功' });
    await waitFor(() => expect(screen.queryByTestId('visit-complete')).not.toBeInTheDocument());
    expect(screen.getAllByTestId('visit-card').some((card) => card.textContent?.includes('处理结果：更换读卡模块，测试交易成功'))).toBe(true);
  });
});
