import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sessionStore } from '../../../lib/session-store';
import { jsonResponse, makeSession, mockApi } from '../../../test/fetch-mock';
import { makeDeskSla, makeDeskSummary } from '../../../test/ticket-desk-fixtures';
import { renderApp } from '../../../test/render';
import { TicketQueue } from './ticket-queue';

const support = makeSession({ id: 'user-1', role: 'SUPPORT', displayName: '赵客服', provider: { id: 'p-bank', name: '东方商业银行' } });

const breached = makeDeskSummary({
  id: 'tk-1',
  reference: 'TK-2026-000101',
  priority: 'URGENT',
  sla: makeDeskSla({ state: 'BREACHED', nextDueAt: new Date(Date.now() - 45 * 60_000).toISOString() }),
});
const onTrack = makeDeskSummary({
  id: 'tk-2',
  reference: 'TK-2026-000102',
  subject: '打印机不出纸',
  category: 'PRINTER',
  status: 'IN_PROGRESS',
  assignee: { id: 'user-2', displayName: '钱客服' },
  merchant: { id: 'm-2', displayName: '李老板', businessName: '李家超市' },
  terminal: { id: 'term-2', serialNumber: 'A8-2026-000777', model: '联迪 A8' },
});
const later = makeDeskSummary({ id: 'tk-3', reference: 'TK-2026-000103', status: 'WAITING_ON_MERCHANT', sla: makeDeskSla({ state: 'PAUSED' }) });

/** The query strings the queue was fetched with, in order. */
function queueQueries(fetchMock: ReturnType<typeof mockApi>['fetchMock']): URLSearchParams[] {
  return fetchMock.mock.calls
    .map(([input]) => new URL(String(input), 'http://localhost'))
    .filter((url) => url.pathname === '/api/console/tickets')
    .map((url) => url.searchParams);
}

async function choose(user: ReturnType<typeof userEvent.setup>, testId: string, option: string) {
  await user.click(within(screen.getByTestId(testId)).getByRole('combobox'));
  await user.click(await screen.findByText(option, { selector: '.ant-select-item-option-content' }));
}

describe(TicketQueue.name, () => {
  it('lists the tickets in the order the API gives, with merchant, terminal and a coloured SLA', async () => {
    sessionStore.signIn(support);
    mockApi({
      'GET /api/console/tickets': () => jsonResponse(200, { items: [breached, onTrack], nextCursor: null }),
      'GET /api/console/ticket-assignees': () => jsonResponse(200, { items: [{ id: 'user-2', displayName: '钱客服' }] }),
    });
    renderApp('/console/tickets');

    const first = await screen.findByTestId('desk-row-TK-2026-000101');
    const rows = within(screen.getByTestId('desk-queue')).getAllByRole('row').filter((row) => row.dataset.testid?.startsWith('desk-row-'));
    expect(rows.map((row) => row.dataset.testid)).toEqual(['desk-row-TK-2026-000101', 'desk-row-TK-2026-000102']);
    expect(within(first).getByText('王记面馆')).toBeInTheDocument();
    expect(within(first).getByText('N910-2026-000123')).toBeInTheDocument();
    expect(within(first).getByText('紧急')).toBeInTheDocument();
    expect(within(first).getByTestId('desk-row-sla')).toHaveAttribute('data-state', 'BREACHED');
    expect(within(first).getByTestId('desk-row-sla')).toHaveTextContent(/^已超时 4[56] 分钟$/);
    expect(within(first).getByText('未分配')).toBeInTheDocument();

    const second = screen.getByTestId('desk-row-TK-2026-000102');
    expect(within(second).getByText('李家超市')).toBeInTheDocument();
    expect(within(second).getByTestId('desk-assignee')).toHaveTextContent('钱客服');
    expect(within(second).getByTestId('desk-row-sla')).toHaveTextContent(/^2 小时( 1 分钟)?后到期$/);
    expect(screen.getByRole('link', { name: '工单' })).toBeInTheDocument();
  });

  it('sends the chosen filters and search with the request and loads the next page with the cursor', async () => {
    sessionStore.signIn(support);
    const api = mockApi({
      'GET /api/console/tickets': () => {
        // The call being answered is already recorded: its cursor says which page is asked for.
        const last = queueQueries(api.fetchMock).at(-1);
        if (last?.get('cursor') === 'c-2') return jsonResponse(200, { items: [later], nextCursor: null });
        return jsonResponse(200, { items: [breached, onTrack], nextCursor: 'c-2' });
      },
      'GET /api/console/ticket-assignees': () => jsonResponse(200, { items: [{ id: 'user-2', displayName: '钱客服' }] }),
    });
    renderApp('/console/tickets');
    const user = userEvent.setup();
    await screen.findByTestId('desk-row-TK-2026-000101');
    expect(queueQueries(api.fetchMock)[0]?.toString()).toBe('');

    await user.click(screen.getByTestId('desk-load-more'));
    expect(await screen.findByTestId('desk-row-TK-2026-000103')).toBeInTheDocument();
    expect(queueQueries(api.fetchMock).at(-1)?.get('cursor')).toBe('c-2');
    expect(screen.getByTestId('desk-count')).toHaveTextContent('已显示 3 个工单');
    // Staff read the merchant's 待您回复 as waiting on the merchant.
    expect(within(screen.getByTestId('desk-row-TK-2026-000103')).getByTestId('ticket-status')).toHaveTextContent(/^等待商户回复$/);

    await choose(user, 'desk-filter-status', '处理中');
    await waitFor(() => expect(queueQueries(api.fetchMock).at(-1)?.get('status')).toBe('IN_PROGRESS'));

    await choose(user, 'desk-filter-assignee', '分配给我的');
    await waitFor(() => expect(queueQueries(api.fetchMock).at(-1)?.get('assignee')).toBe('me'));
    expect(queueQueries(api.fetchMock).at(-1)?.get('status')).toBe('IN_PROGRESS');

    await user.type(screen.getByPlaceholderText('搜索工单号、主题或终端序列号'), 'N910{Enter}');
    await waitFor(() => expect(queueQueries(api.fetchMock).at(-1)?.get('q')).toBe('N910'));
    expect(queueQueries(api.fetchMock).at(-1)?.has('cursor')).toBe(false);
  });
});
