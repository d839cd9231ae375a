import { ApplicationStatus } from '@pos/shared';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { en } from '../lib/locales/en';
import { zhCN } from '../lib/locales/zh-CN';
import { sessionStore } from '../lib/session-store';
import { jsonResponse, makeSession, mockApi } from '../test/fetch-mock';
import { makeApplicationSummary } from '../test/fixtures';
import { renderApp } from '../test/render';
import { MerchantHomePage } from './merchant-home.page';

describe(MerchantHomePage.name, () => {
  it('lists the applications with their status, provider and expected decision date', async () => {
    sessionStore.signIn(makeSession());
    mockApi({
      'GET /api/applications': () =>
        jsonResponse(200, {
          items: [
            makeApplicationSummary({
              id: 'a2',
              reference: 'APP-2026-0002',
              status: 'IN_REVIEW',
              submittedAt: '2026-03-02T02:00:00.000Z',
              reviewDueAt: '2026-03-05T10:00:00.000Z',
            }),
            makeApplicationSummary({ id: 'a1', reference: 'APP-2026-0001', status: 'DRAFT', businessName: null }),
          ],
        }),
    });
    const { router } = renderApp('/merchant');

    const reviewed = (await screen.findByTestId('application-row-APP-2026-0002')) as HTMLElement;
    expect(within(reviewed).getByTestId('application-status')).toHaveTextContent('审核中');
    expect(within(reviewed).getByText('东方商业银行')).toBeInTheDocument();
    expect(within(reviewed).getByText('2026年3月5日')).toBeInTheDocument();
    expect(within(reviewed).getByRole('link', { name: '查看' })).toBeInTheDocument();
    const draft = screen.getByTestId('application-row-APP-2026-0001');
    expect(within(draft).getByTestId('application-status')).toHaveTextContent('草稿');

    await userEvent.click(within(draft).getByRole('link', { name: '继续填写' }));
    expect(router.state.location.pathname).toBe('/merchant/applications/a1');
  });

  it('offers to browse providers when there is no application yet', async () => {
    sessionStore.signIn(makeSession());
    mockApi({ 'GET /api/applications': () => jsonResponse(200, { items: [] }), 'GET /api/providers': () => jsonResponse(200, { items: [] }) });
    const { router } = renderApp('/merchant');

    expect(await screen.findByText('您还没有申请')).toBeInTheDocument();
    await userEvent.click(screen.getByTestId('browse-providers'));
    expect(router.state.location.pathname).toBe('/merchant/providers');
  });

  it('shows every step of the journey as open, prevention included, and promises nothing as still to come', async () => {
    sessionStore.signIn(makeSession());
    mockApi({ 'GET /api/applications': () => jsonResponse(200, { items: [] }), 'GET /api/providers': () => jsonResponse(200, { items: [] }) });
    const { router } = renderApp('/merchant');

    expect(await screen.findByText('您还没有申请')).toBeInTheDocument();
    expect(screen.getAllByText('已开放')).toHaveLength(7);
    expect(screen.queryByText('即将开放')).not.toBeInTheDocument();
    expect(screen.queryByText(/陆续开放/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: '预防措施' }));
    expect(router.state.location.pathname).toBe('/merchant/prevention');
  });

  it('names every application status in both languages', () => {
    for (const status of Object.values(ApplicationStatus)) {
      expect(zhCN.enums.applicationStatus[status]).toMatch(/\S/);
      expect(en.enums.applicationStatus[status]).toMatch(/\S/);
    }
  });
});
