import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sessionStore } from '../../../lib/session-store';
import { jsonResponse, makeSession, mockApi } from '../../../test/fetch-mock';
import { makeProviderSummary } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { makeQueueItem, reviewer } from '../../../test/review-fixtures';
import { ReviewQueue } from './review-queue';

/** The query string each queue request was sent with (the mock records only the path). */
function queueQueries(fetchMock: { mock: { calls: unknown[][] } }, path: string): URLSearchParams[] {
  return fetchMock.mock.calls
    .map(([input]) => new URL(String(input), 'http://localhost'))
    .filter((url) => url.pathname === path)
    .map((url) => url.searchParams);
}

describe(ReviewQueue.name, () => {
  it('shows each application with its due state and loads the next page with the cursor', async () => {
    sessionStore.signIn(makeSession(reviewer));
    // The answer depends on the cursor in the query string, which the table of handlers does not see.
    const api = mockApi({});
    api.fetchMock.mockImplementation(async (input: RequestInfo | URL) => {
      const url = new URL(String(input), 'http://localhost');
      if (url.pathname !== '/api/console/review-queue') throw new Error(`Unexpected request ${url.pathname}`);
      return url.searchParams.get('cursor') === 'cursor-2'
        ? jsonResponse(200, { items: [makeQueueItem({ id: 'a3', reference: 'APP-2026-0003', dueState: 'ON_TRACK' })], nextCursor: null })
        : jsonResponse(200, {
            items: [
              makeQueueItem({ id: 'a1', reference: 'APP-2026-0001', dueState: 'OVERDUE', highRisk: true, claimedBy: { id: 'rev-2', displayName: '张审核' } }),
              makeQueueItem({ id: 'a2', reference: 'APP-2026-0002', dueState: 'DUE_SOON' }),
            ],
            nextCursor: 'cursor-2',
          });
    });
    const { router } = renderApp('/console/review-queue');
    const user = userEvent.setup();

    const overdue = await screen.findByTestId('queue-row-APP-2026-0001');
    expect(within(overdue).getByTestId('due-state')).toHaveTextContent('逾期');
    expect(within(overdue).getByTestId('high-risk')).toHaveTextContent('高风险');
    expect(within(overdue).getByText('张审核')).toBeInTheDocument();
    const soon = screen.getByTestId('queue-row-APP-2026-0002');
    expect(within(soon).getByTestId('due-state')).toHaveTextContent('即将到期');
    expect(within(soon).getByText('未领取')).toBeInTheDocument();
    expect(screen.queryByTestId('queue-row-APP-2026-0003')).not.toBeInTheDocument();

    await user.click(screen.getByTestId('queue-load-more'));

    const onTrack = await screen.findByTestId('queue-row-APP-2026-0003');
    expect(within(onTrack).getByTestId('due-state')).toHaveTextContent('正常');
    // The first page stays; the second was asked for with the first page's cursor.
    expect(screen.getByTestId('queue-row-APP-2026-0001')).toBeInTheDocument();
    const queries = queueQueries(api.fetchMock, '/api/console/review-queue');
    expect(queries.map((query) => query.get('cursor'))).toEqual([null, 'cursor-2']);
    expect(screen.queryByTestId('queue-load-more')).not.toBeInTheDocument();

    await user.click(within(overdue).getByRole('link', { name: 'APP-2026-0001' }));
    expect(router.state.location.pathname).toBe('/console/applications/a1');
  });

  it('sends the chosen filters and search to the API and keeps them in the address', async () => {
    sessionStore.signIn(makeSession(reviewer));
    const api = mockApi({ 'GET /api/console/review-queue': () => jsonResponse(200, { items: [], nextCursor: null }) });
    const { router } = renderApp('/console/review-queue?assigned=me');
    const user = userEvent.setup();

    expect(await screen.findByText('队列中没有符合条件的申请')).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: '搜索' }), '王记{Enter}');

    await waitFor(() => expect(queueQueries(api.fetchMock, '/api/console/review-queue')).toHaveLength(2));
    const last = queueQueries(api.fetchMock, '/api/console/review-queue').at(-1);
    expect(last?.get('assigned')).toBe('me');
    expect(last?.get('q')).toBe('王记');
    expect(router.state.location.search).toContain('q=');
  });

  it('lets the platform admin narrow all queues to one provider, read-only', async () => {
    sessionStore.signIn(makeSession({ role: 'PLATFORM_ADMIN', displayName: '平台' }));
    const api = mockApi({
      'GET /api/admin/review-queue': () => jsonResponse(200, { items: [makeQueueItem({ provider: { id: 'p-bank', name: '东方商业银行' } })], nextCursor: null }),
      'GET /api/providers': () => jsonResponse(200, { items: [makeProviderSummary()] }),
    });
    renderApp('/admin/review-queue?providerId=p-bank');

    const row = await screen.findByTestId('queue-row-APP-2026-0001');
    expect(within(row).getByText('东方商业银行')).toBeInTheDocument();
    expect(screen.queryByTestId('queue-filter-assigned')).not.toBeInTheDocument();
    expect(queueQueries(api.fetchMock, '/api/admin/review-queue')[0]?.get('providerId')).toBe('p-bank');
    expect(within(screen.getByRole('menu')).getByText('全部审核队列')).toBeInTheDocument();
  });
});
