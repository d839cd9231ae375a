import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sessionStore } from '../../../lib/session-store';
import { errorResponse, jsonResponse, makeSession, mockApi } from '../../../test/fetch-mock';
import { makeApplication, makeProviderDetail } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { ProviderDetail } from './provider-detail';

const provider = makeProviderDetail();

describe(ProviderDetail.name, () => {
  it('shows the licence, terminal prices, the full fee schedule and the document list to a visitor', async () => {
    sessionStore.signOut();
    mockApi({ 'GET /api/providers/p-bank': () => jsonResponse(200, provider) });
    renderApp('/providers/p-bank');

    expect(await screen.findByTestId('page-title')).toHaveTextContent('东方商业银行');
    expect(screen.getByText('B0012H111000001')).toBeInTheDocument();
    const model = screen.getByText('联迪 A8').closest('tr') as HTMLElement;
    expect(within(model).getByText('¥299.00')).toBeInTheDocument();
    expect(screen.getByTestId('fee-schedule-version')).toHaveTextContent('第 1 版，2026年1月1日 起生效');
    const debit = screen.getAllByText('借记卡').map((cell) => cell.closest('tr')).find(Boolean) as HTMLElement;
    expect(within(debit).getByText('0.50%')).toBeInTheDocument();
    expect(within(debit).getByText('¥25.00')).toBeInTheDocument();
    expect(screen.getByText('营业执照已载明统一社会信用代码的可不提供')).toBeInTheDocument();
    expect(screen.getByTestId('apply')).toBeInTheDocument();
  });

  it('asks a visitor to sign in before applying and brings them back to this provider', async () => {
    sessionStore.signOut();
    mockApi({ 'GET /api/providers/p-bank': () => jsonResponse(200, provider) });
    const { router } = renderApp('/providers/p-bank');
    const user = userEvent.setup();

    await user.click(await screen.findByTestId('apply'));
    expect(await screen.findByText('登录后即可申请')).toBeInTheDocument();
    await user.click(screen.getByTestId('apply-login'));

    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(router.state.location.state).toEqual({ from: { pathname: '/merchant/providers/p-bank', search: '', hash: '' } });
  });

  it('starts an application for a merchant and opens the wizard', async () => {
    sessionStore.signIn(makeSession());
    const created = makeApplication({ id: 'app-9' });
    const api = mockApi({
      'GET /api/providers/p-bank': () => jsonResponse(200, provider),
      'POST /api/applications': () => jsonResponse(201, created),
      'GET /api/applications/app-9': () => jsonResponse(200, created),
    });
    const { router } = renderApp('/merchant/providers/p-bank');

    await userEvent.click(await screen.findByTestId('apply'));

    await waitFor(() => expect(router.state.location.pathname).toBe('/merchant/applications/app-9'));
    expect(api.callsTo('POST /api/applications')[0]?.body).toEqual({ providerId: 'p-bank' });
    expect(await screen.findByTestId('application-status')).toHaveTextContent('草稿');
  });

  it('explains an open application with this provider and links to it', async () => {
    sessionStore.signIn(makeSession());
    mockApi({
      'GET /api/providers/p-bank': () => jsonResponse(200, provider),
      'POST /api/applications': () =>
        errorResponse(409, { code: 'OPEN_APPLICATION_EXISTS', message: '该商户已有一份向此服务商提交且尚未办结的申请', details: { applicationId: 'app-3' } }),
    });
    renderApp('/merchant/providers/p-bank');

    await userEvent.click(await screen.findByTestId('apply'));

    expect(await screen.findByText('该商户已有一份向此服务商提交且尚未办结的申请')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '查看我的申请' })).toHaveAttribute('href', '/merchant/applications/app-3');
  });

  it('offers no apply button to provider staff', async () => {
    sessionStore.signIn(makeSession({ role: 'REVIEWER', provider: { id: 'p-bank', name: '东方商业银行' } }));
    mockApi({ 'GET /api/providers/p-bank': () => jsonResponse(200, provider) });
    renderApp('/providers/p-bank');

    expect(await screen.findByText('只有商户账号可以在线申请。')).toBeInTheDocument();
    expect(screen.queryByTestId('apply')).not.toBeInTheDocument();
  });
});
