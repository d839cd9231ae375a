import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sessionStore } from '../lib/session-store';
import { jsonResponse, makeSession, mockApi } from '../test/fetch-mock';
import { makeProviderSummary } from '../test/fixtures';
import { renderApp } from '../test/render';
import { routes } from './router';

const providerAdmin = makeSession({ role: 'PROVIDER_ADMIN', displayName: '赵管理员', provider: { id: 'p1', name: '银联商务' } });

describe('app routes', () => {
  it('sends a merchant who opens /console to the merchant home', async () => {
    sessionStore.signIn(makeSession({ role: 'MERCHANT', displayName: '王店主' }));
    mockApi({});
    const { router } = renderApp('/console');

    expect(await screen.findByTestId('home-title')).toHaveTextContent('您好，王店主');
    expect(router.state.location.pathname).toBe('/merchant');
    expect(screen.getByTestId('area-title')).toHaveTextContent('商户门户');
  });

  it('sends provider staff who open /admin to the provider console', async () => {
    sessionStore.signIn(makeSession({ role: 'REVIEWER', provider: { id: 'p1', name: '银联商务' } }));
    mockApi({});
    const { router } = renderApp('/admin');

    await screen.findByTestId('home-title');
    expect(router.state.location.pathname).toBe('/console');
    expect(screen.getByTestId('provider-name')).toHaveTextContent('银联商务');
    expect(screen.getByTestId('role-label')).toHaveTextContent('审核员');
  });

  it('sends an anonymous visitor to sign-in and back to the page they asked for', async () => {
    sessionStore.signOut();
    mockApi({
      'POST /api/auth/login': () => jsonResponse(200, providerAdmin),
      'GET /api/console/staff': () => jsonResponse(200, { items: [] }),
    });
    const { router } = renderApp('/console/staff');
    expect(router.state.location.pathname).toBe('/login');

    const user = userEvent.setup();
    await user.type(screen.getByLabelText('手机号或邮箱'), 'admin@example.com');
    await user.type(screen.getByLabelText('密码'), 'Secret2026pass');
    await user.click(screen.getByTestId('login-submit'));

    await waitFor(() => expect(router.state.location.pathname).toBe('/console/staff'));
  });

  it('redirects / to the signed-in user home', async () => {
    sessionStore.signIn(makeSession({ role: 'PLATFORM_ADMIN', displayName: '平台运营' }));
    mockApi({});
    const { router } = renderApp('/');

    expect(await screen.findByTestId('home-title')).toHaveTextContent('您好，平台运营');
    expect(router.state.location.pathname).toBe('/admin');
  });

  it('shows a spinner until the session restore answers', async () => {
    mockApi({});
    renderApp('/');
    expect(screen.getByRole('status')).toHaveTextContent('正在恢复登录状态…');

    sessionStore.signOut();

    expect(await screen.findByTestId('login-submit')).toBeInTheDocument();
  });

  it('lists the provider staff for a provider admin', async () => {
    sessionStore.signIn(providerAdmin);
    mockApi({
      'GET /api/console/staff': () =>
        jsonResponse(200, {
          items: [
            { id: 's1', displayName: '赵管理员', role: 'PROVIDER_ADMIN', mobile: '13900000001', email: null, lastLoginAt: '2026-01-05T02:00:00.000Z' },
            { id: 's2', displayName: '钱审核', role: 'REVIEWER', mobile: null, email: 'qian@example.com', lastLoginAt: null },
          ],
        }),
    });
    renderApp('/console');

    await userEvent.click(within(screen.getByRole('menu')).getByRole('link', { name: '员工' }));

    const row = (await screen.findByText('钱审核')).closest('tr') as HTMLElement;
    expect(within(row).getByText('审核员')).toBeInTheDocument();
    expect(within(row).getByText('从未登录')).toBeInTheDocument();
    expect(screen.getByText('银联商务 的员工账号')).toBeInTheDocument();
  });

  it('hides the staff menu from other provider staff and redirects them away from it', async () => {
    // Support staff, whose console home is the plain home page (a technician's is the job list).
    sessionStore.signIn(makeSession({ role: 'SUPPORT', provider: { id: 'p1', name: '银联商务' } }));
    const api = mockApi({});
    const { router } = renderApp('/console/staff');

    await screen.findByTestId('home-title');
    expect(router.state.location.pathname).toBe('/console');
    expect(within(screen.getByRole('menu')).queryByText('员工')).not.toBeInTheDocument();
    expect(api.fetchMock).not.toHaveBeenCalled();
  });

  it('shows a translated 404 for an unknown page', async () => {
    sessionStore.signOut();
    mockApi({});
    renderApp('/no-such-page');

    expect(await screen.findByTestId('not-found-title')).toHaveTextContent('页面不存在');
  });

  it('signs out from the layout and returns to sign-in', async () => {
    sessionStore.signIn(makeSession());
    const api = mockApi({ 'POST /api/auth/logout': () => jsonResponse(204) });
    const { router } = renderApp('/merchant');

    await userEvent.click(screen.getByTestId('logout'));

    expect(await screen.findByTestId('login-submit')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(api.callsTo('POST /api/auth/logout')).toHaveLength(1);
    expect(sessionStore.getAccessToken()).toBeUndefined();
  });

  it('declares one area per role group', () => {
    const areaPaths = routes[0]?.children?.map((route) => route.path).filter(Boolean);
    expect(areaPaths).toEqual(['merchant', 'console', 'admin', '*']);
  });

  it('shows the public catalog to a visitor whose session restore fails', async () => {
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    const api = mockApi({
      'GET /api/providers': async () => {
        await answered;
        return jsonResponse(200, { items: [makeProviderSummary()] });
      },
    });
    renderApp('/providers');

    // A failed restore signs out twice (the refresh, then restoreSession); the second comes while the catalog's
    // first request is in flight and must not cancel it.
    sessionStore.signOut('REFRESH_TOKEN_INVALID');
    await waitFor(() => expect(api.callsTo('GET /api/providers')).toHaveLength(1));
    sessionStore.signOut();
    answer();

    expect(await screen.findByTestId('provider-card-dongfang-commercial-bank')).toBeInTheDocument();
    expect(screen.getByTestId('public-login')).toBeInTheDocument();
  });

  it('drops cached data when a signed-in session ends', async () => {
    sessionStore.signIn(makeSession());
    mockApi({ 'GET /api/applications': () => jsonResponse(200, { items: [] }), 'POST /api/auth/logout': () => jsonResponse(204) });
    const { queryClient } = renderApp('/merchant');
    await screen.findByText('您还没有申请');
    expect(queryClient.getQueryData(['applications', 'list'])).toEqual({ items: [] });

    await userEvent.click(screen.getByTestId('logout'));

    await screen.findByTestId('login-submit');
    expect(queryClient.getQueryData(['applications', 'list'])).toBeUndefined();
  });

  it('shows the marketplace in the merchant menu', async () => {
    sessionStore.signIn(makeSession());
    mockApi({ 'GET /api/applications': () => jsonResponse(200, { items: [] }) });
    renderApp('/merchant');

    const menu = await screen.findByRole('menu');
    expect(within(menu).getByRole('link', { name: '服务商' })).toHaveAttribute('href', '/merchant/providers');
    expect(within(menu).getByRole('link', { name: '费用计算器' })).toHaveAttribute('href', '/merchant/providers/fee-calculator');
  });
});
