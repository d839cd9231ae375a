import type { AnalyticsDashboard as Dashboard, CurrentUser, Role } from '@pos/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../../lib/session-store';
import { makeDashboard, makeFunnel, makeReview, makeTicketReport } from '../../../test/analytics-fixtures';
import { errorResponse, jsonResponse, makeSession, mockApi } from '../../../test/fetch-mock';
import { renderApp } from '../../../test/render';
import { AnalyticsDashboard } from './analytics-dashboard';
import { lastDays } from './date-range';

// G2 draws on a canvas jsdom does not have: stand each chart in with the rows it was given.
vi.mock('@ant-design/plots', () => {
  const stub =
    (kind: string) =>
    ({ data }: { data: Record<string, unknown>[] }): ReactNode => (
      <ul data-testid={`chart-${kind}`}>
        {data.map((row, index) => (
          <li key={index}>{Object.values(row).join(' ')}</li>
        ))}
      </ul>
    );
  return { Column: stub('column'), Bar: stub('bar'), Pie: stub('pie') };
});

const DASHBOARD = 'GET /api/console/analytics';
const RANGE = '?from=2026-11-01&to=2026-11-25';

function signInAs(role: Role, extra: Partial<CurrentUser> = {}) {
  sessionStore.signIn(
    makeSession(
      {
        id: 'staff-1',
        role,
        displayName: '周经理',
        provider: { id: 'p-bank', name: '东方商业银行' },
        ...extra,
      },
      'token-7',
    ),
  );
}

/** The dashboard requests' query strings, in order. */
function dashboardQueries(fetchMock: ReturnType<typeof mockApi>['fetchMock']): URLSearchParams[] {
  return fetchMock.mock.calls
    .map(([input]) => new URL(String(input), 'http://localhost'))
    .filter((url) => url.pathname === '/api/console/analytics')
    .map((url) => url.searchParams);
}

function openDashboard(body: Dashboard | ((query: URLSearchParams) => Dashboard), path = `/console/analytics${RANGE}`) {
  const api = mockApi({
    [DASHBOARD]: () => {
      const query = dashboardQueries(api.fetchMock).at(-1) as URLSearchParams;
      return jsonResponse(200, typeof body === 'function' ? body(query) : body);
    },
    'GET /api/notifications/unread-count': () => jsonResponse(200, { count: 0 }),
  });
  const app = renderApp(path);
  return { api, app };
}

describe(AnalyticsDashboard.name, () => {
  // The page and its charts are loaded on demand: compile them once up front, so no test's first wait pays for it.
  beforeAll(async () => {
    await Promise.all([import('../index'), import('./analytics-charts')]);
  });
  beforeEach(() => {
    Object.assign(URL, {
      createObjectURL: vi.fn(() => 'blob:http://localhost/export'),
      revokeObjectURL: vi.fn(),
    });
  });
  afterEach(() => {
    Reflect.deleteProperty(URL, 'createObjectURL');
    Reflect.deleteProperty(URL, 'revokeObjectURL');
  });

  it('shows a provider admin every section: funnel totals with conversion and drop-off, review times, tickets', async () => {
    signInAs('PROVIDER_ADMIN');
    openDashboard(makeDashboard());

    const funnel = await screen.findByTestId('analytics-funnel');
    expect(screen.getByTestId('page-title')).toHaveTextContent('数据分析');
    expect(screen.getByRole('link', { name: /数据分析/ })).toBeInTheDocument();
    expect(within(funnel).getByTestId('funnel-total-submitted')).toHaveTextContent('40');
    expect(within(funnel).getByTestId('funnel-total-live')).toHaveTextContent('15');
    expect(within(funnel).getByTestId('funnel-conversion-approved')).toHaveTextContent('转化率 75%');
    expect(within(funnel).getByTestId('funnel-conversion-live')).toHaveTextContent('转化率 83.3%');
    expect(within(funnel).getByTestId('funnel-dropoff-signed')).toHaveTextContent('流失 6');
    expect(within(funnel).queryByTestId('funnel-conversion-submitted')).not.toBeInTheDocument();
    // The chart gets one row per week and stage, labelled in the reader's language; the table has the weeks.
    const chart = await within(funnel).findByTestId('chart-column');
    expect(within(chart).getAllByRole('listitem')).toHaveLength(10);
    expect(within(chart).getByText('11-02 已开通交易 10')).toBeInTheDocument();
    expect(within(screen.getByTestId('analytics-funnel-table')).getByText('2026年11月9日')).toBeInTheDocument();

    const review = screen.getByTestId('analytics-review');
    expect(within(review).getByTestId('review-decided')).toHaveTextContent('32');
    expect(within(review).getByTestId('review-median')).toHaveTextContent('1.5');
    expect(within(review).getByTestId('review-p90')).toHaveTextContent('3');
    expect(within(review).getByTestId('review-within-sla')).toHaveTextContent('93.8%');
    expect(within(review).getByTestId('review-changes-requested')).toHaveTextContent('21.9%');
    expect(within(review).getByTestId('review-installation-lead-time')).toHaveTextContent('4');
    // Document types read as the review console names them.
    expect(within(screen.getByTestId('analytics-rejected-documents')).getByText('门头照片')).toBeInTheDocument();

    expect(screen.getByTestId('analytics-tickets')).toBeInTheDocument();
    expect(screen.getByTestId('analytics-export-summary')).toBeInTheDocument();
  });

  it('shows a reviewer the funnel and review sections only, and a support agent the tickets only', async () => {
    signInAs('REVIEWER');
    const { app } = openDashboard(makeDashboard({ tickets: null }));
    expect(await screen.findByTestId('analytics-funnel')).toBeInTheDocument();
    expect(screen.getByTestId('analytics-review')).toBeInTheDocument();
    expect(screen.queryByTestId('analytics-tickets')).not.toBeInTheDocument();
    expect(screen.queryByTestId('analytics-export-tickets-by-category')).not.toBeInTheDocument();
    app.unmount();

    signInAs('SUPPORT');
    openDashboard(makeDashboard({ funnel: null, review: null }));
    expect(await screen.findByTestId('analytics-tickets')).toBeInTheDocument();
    expect(screen.queryByTestId('analytics-funnel')).not.toBeInTheDocument();
    expect(screen.queryByTestId('analytics-review')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /数据分析/ })).toBeInTheDocument();
  });

  it('shows the ticket figures with category names, response-code meanings, hours for long durations and the star ratings', async () => {
    signInAs('SUPPORT');
    openDashboard(makeDashboard({ funnel: null, review: null }));
    const tickets = await screen.findByTestId('analytics-tickets');

    expect(within(tickets).getByTestId('tickets-opened')).toHaveTextContent('57');
    expect(within(tickets).getByTestId('tickets-self-service')).toHaveTextContent('43%');
    expect(within(tickets).getByTestId('tickets-first-response')).toHaveTextContent('38 分钟');
    expect(within(tickets).getByTestId('tickets-resolution')).toHaveTextContent('26.5 小时');
    expect(within(tickets).getByText(/SLA 内 87.8%/)).toBeInTheDocument();
    expect(within(tickets).getByTestId('tickets-satisfaction')).toHaveTextContent('4.4 星');

    const categories = screen.getByTestId('analytics-tickets-by-category');
    expect(within(categories).getByText('密码错误')).toBeInTheDocument();
    expect(within(categories).getByText('打印机')).toBeInTheDocument();
    const codes = screen.getByTestId('analytics-tickets-by-response-code');
    expect(within(codes).getByText('发卡行或交换中心暂时不能操作')).toBeInTheDocument();
    expect(within(codes).getByText('未收录的应答码')).toBeInTheDocument();
    expect(await within(tickets).findByTestId('chart-pie')).toHaveTextContent('密码错误 21');

    // Every star count shows, the ones nobody gave as 0.
    expect(within(screen.getByTestId('satisfaction-rating-5')).getByTestId('satisfaction-count')).toHaveTextContent('18');
    expect(within(screen.getByTestId('satisfaction-rating-2')).getByTestId('satisfaction-count')).toHaveTextContent('0');
  });

  it('says so when a section has nothing in the range', async () => {
    signInAs('PROVIDER_ADMIN');
    openDashboard(
      makeDashboard({
        funnel: makeFunnel({
          weeks: [],
          totals: {
            submitted: 0,
            approved: 0,
            signed: 0,
            installed: 0,
            live: 0,
          },
          conversionPercent: {
            approved: null,
            signed: null,
            installed: null,
            live: null,
          },
        }),
        review: makeReview({
          decided: 0,
          approved: 0,
          rejected: 0,
          medianBusinessDays: null,
          p90BusinessDays: null,
          withinSlaPercent: null,
          changesRequestedPercent: null,
          rejectedDocuments: [],
          installationLeadTimeMedianDays: null,
          installationsAccepted: 0,
        }),
        tickets: makeTicketReport({
          opened: 0,
          byCategory: [],
          byResponseCode: [],
          selfService: {
            selfResolved: 0,
            escalated: 0,
            selfResolvedPercent: null,
          },
          firstResponse: {
            responded: 0,
            medianMinutes: null,
            withinSlaPercent: null,
          },
          resolution: {
            resolved: 0,
            medianMinutes: null,
            withinSlaPercent: null,
          },
          satisfaction: { rated: 0, average: null, distribution: [] },
        }),
      }),
    );
    expect(await screen.findByTestId('analytics-funnel-empty')).toHaveTextContent('该区间内没有提交的申请');
    expect(screen.getByTestId('analytics-review-empty')).toHaveTextContent('该区间内没有审核决定');
    expect(screen.getByTestId('analytics-tickets-empty')).toHaveTextContent('该区间内没有工单');
    expect(screen.queryByTestId('funnel-total-submitted')).not.toBeInTheDocument();
  });

  it('asks for the last 90 days when the URL names no range, and for a preset range once one is chosen', async () => {
    signInAs('PROVIDER_ADMIN');
    const user = userEvent.setup();
    const { api, app } = openDashboard(
      (query) =>
        makeDashboard({
          from: query.get('from') as string,
          to: query.get('to') as string,
        }),
      '/console/analytics',
    );

    await screen.findByTestId('analytics-funnel');
    const ninety = lastDays(90);
    expect(dashboardQueries(api.fetchMock).map((query) => [query.get('from'), query.get('to')])).toEqual([[ninety.from, ninety.to]]);

    await user.click(within(screen.getByTestId('analytics-range')).getAllByRole('textbox')[0] as HTMLElement);
    await user.click(await screen.findByText('最近7天'));

    const seven = lastDays(7);
    await waitFor(() =>
      expect(dashboardQueries(api.fetchMock).map((query) => [query.get('from'), query.get('to')])).toEqual([
        [ninety.from, ninety.to],
        [seven.from, seven.to],
      ]),
    );
    expect(app.router.state.location.search).toBe(`?from=${seven.from}&to=${seven.to}`);
  });

  it('reads the range from the URL and downloads each table as CSV for that range with the access token', async () => {
    signInAs('PROVIDER_ADMIN');
    const user = userEvent.setup();
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    const api = mockApi({
      [DASHBOARD]: () => jsonResponse(200, makeDashboard()),
      'GET /api/console/analytics/export/funnel.csv': () =>
        new Response('\uFEFF周,提交\n2026-11-02,24\n', {
          status: 200,
          headers: { 'Content-Type': 'text/csv; charset=utf-8' },
        }),
      'GET /api/console/analytics/export/tickets-by-response-code.csv': () =>
        new Response('\uFEFF应答码,工单数\n55,18\n', {
          status: 200,
          headers: { 'Content-Type': 'text/csv; charset=utf-8' },
        }),
      'GET /api/notifications/unread-count': () => jsonResponse(200, { count: 0 }),
    });
    renderApp(`/console/analytics${RANGE}`);

    await user.click(await screen.findByTestId('analytics-export-funnel'));
    await waitFor(() => expect(saved).toEqual(['funnel-2026-11-01-2026-11-25.csv']));
    await user.click(screen.getByTestId('analytics-export-tickets-by-response-code'));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved[1]).toBe('tickets-by-response-code-2026-11-01-2026-11-25.csv');

    const exports = api.fetchMock.mock.calls
      .map(([input, init]) => ({
        url: new URL(String(input), 'http://localhost'),
        headers: new Headers(init?.headers),
      }))
      .filter(({ url }) => url.pathname.startsWith('/api/console/analytics/export/'));
    expect(exports.map(({ url }) => `${url.pathname}${url.search}`)).toEqual([
      '/api/console/analytics/export/funnel.csv?from=2026-11-01&to=2026-11-25',
      '/api/console/analytics/export/tickets-by-response-code.csv?from=2026-11-01&to=2026-11-25',
    ]);
    expect(exports[0]?.headers.get('Authorization')).toBe('Bearer token-7');
    expect(dashboardQueries(api.fetchMock)[0]?.toString()).toBe('from=2026-11-01&to=2026-11-25');
  });

  it('shows the reasons the API gives for refusing a range', async () => {
    signInAs('REVIEWER');
    mockApi({
      [DASHBOARD]: () =>
        errorResponse(400, {
          code: 'VALIDATION_FAILED',
          message: '提交的信息有误',
          details: {
            fields: [{ field: 'to', code: 'range', message: '统计区间最长 366 天' }],
          },
        }),
      'GET /api/notifications/unread-count': () => jsonResponse(200, { count: 0 }),
    });
    renderApp('/console/analytics?from=2024-01-01&to=2026-11-25');
    expect(await screen.findByTestId('analytics-range-error')).toHaveTextContent('统计区间最长 366 天');
  });

  it("is not in a technician's console", async () => {
    signInAs('TECHNICIAN');
    mockApi({
      'GET /api/console/jobs': () => jsonResponse(200, { items: [], nextCursor: null }),
      'GET /api/notifications/unread-count': () => jsonResponse(200, { count: 0 }),
    });
    const { router } = renderApp('/console/analytics');
    await waitFor(() => expect(router.state.location.pathname).toBe('/console/jobs'));
    expect(screen.queryByRole('link', { name: /数据分析/ })).not.toBeInTheDocument();
  });
});
