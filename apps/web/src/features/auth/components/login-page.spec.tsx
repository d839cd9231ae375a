import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sessionStore } from '../../../lib/session-store';
import { errorResponse, jsonResponse, makeSession, mockApi } from '../../../test/fetch-mock';
import { renderApp } from '../../../test/render';
import { LoginPage } from './login-page';

async function signIn(loginName: string, password: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('手机号或邮箱'), loginName);
  await user.type(screen.getByLabelText('密码'), password);
  await user.click(screen.getByTestId('login-submit'));
}

describe(LoginPage.name, () => {
  it('shows the server field errors on the matching form item', async () => {
    sessionStore.signOut();
    mockApi({
      'POST /api/auth/login': () =>
        errorResponse(400, {
          code: 'VALIDATION_FAILED',
          message: '提交的信息有误，请检查标出的字段',
          details: { fields: [{ field: 'password', code: 'maxLength', message: '服务器：密码过长' }] },
        }),
    });
    renderApp('/login');

    await signIn('13800138000', 'Secret2026pass');

    const fieldError = await screen.findByText('服务器：密码过长');
    const formItem = fieldError.closest('.ant-form-item');
    expect(formItem).not.toBeNull();
    expect(within(formItem as HTMLElement).getByLabelText('密码')).toHaveAttribute('id', 'password');
    expect(screen.getByRole('alert')).toHaveTextContent('提交的信息有误，请检查标出的字段');
  });

  it('shows the lock message with the time the server sent', async () => {
    sessionStore.signOut();
    mockApi({
      'POST /api/auth/login': () =>
        errorResponse(423, {
          code: 'ACCOUNT_LOCKED',
          message: '登录失败次数过多，账号已锁定至 2026-03-01 10:30',
          details: { lockedUntil: '2026-03-01T02:30:00.000Z' },
        }),
    });
    renderApp('/login');

    await signIn('13800138000', 'Secret2026pass');

    const alert = await screen.findByTestId('login-error');
    expect(alert).toHaveTextContent('账号已锁定');
    expect(alert).toHaveTextContent('登录失败次数过多，账号已锁定至 2026-03-01 10:30');
    expect(screen.getByTestId('login-submit')).toBeEnabled();
  });

  it('checks the login name in the browser before asking the server', async () => {
    sessionStore.signOut();
    const api = mockApi({});
    renderApp('/login');

    await signIn('店主小王', 'Secret2026pass');

    expect(await screen.findByText('请输入手机号或邮箱')).toBeInTheDocument();
    expect(api.fetchMock).not.toHaveBeenCalled();
  });

  it('signs in with a normalised login name and lands on the area home', async () => {
    sessionStore.signOut();
    const api = mockApi({
      'POST /api/auth/login': () => jsonResponse(200, makeSession({ role: 'SUPPORT', displayName: '客服小李', provider: { id: 'p1', name: '银联商务' } })),
    });
    const { router } = renderApp('/login');

    await signIn('  Li@Example.COM ', 'Secret2026pass');

    expect(await screen.findByTestId('home-title')).toHaveTextContent('您好，客服小李');
    expect(router.state.location.pathname).toBe('/console');
    const [call] = api.callsTo('POST /api/auth/login');
    expect(call?.body).toEqual({ loginName: 'li@example.com', password: 'Secret2026pass' });
    expect(call?.headers.get('Accept-Language')).toBe('zh-CN');
  });

  it('explains why when the session ended by itself', async () => {
    sessionStore.signOut('REFRESH_TOKEN_INVALID');
    mockApi({});
    renderApp('/login');

    expect(await screen.findByText('登录已过期，请重新登录')).toBeInTheDocument();
  });
});
