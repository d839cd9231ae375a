import { FIELD_RULE_MESSAGES } from '@pos/shared';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { changeLocale } from '../../../lib/i18n';
import { sessionStore } from '../../../lib/session-store';
import { errorResponse, jsonResponse, makeSession, mockApi } from '../../../test/fetch-mock';
import { renderApp } from '../../../test/render';
import { RegisterPage } from './register-page';

interface Fill {
  loginName: string;
  displayName: string;
  password: string;
}

async function fillAndSubmit({ loginName, displayName, password }: Fill, labels = { loginName: '手机号或邮箱', displayName: '您的称呼', password: '设置密码', confirm: '确认密码', submit: '注册并登录' }) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(labels.loginName), loginName);
  await user.type(screen.getByLabelText(labels.displayName), displayName);
  await user.type(screen.getByLabelText(labels.password), password);
  await user.type(screen.getByLabelText(labels.confirm), password);
  await user.click(screen.getByRole('button', { name: labels.submit }));
}

describe(RegisterPage.name, () => {
  it('blocks a password without digits with the shared policy message and sends nothing', async () => {
    sessionStore.signOut();
    const api = mockApi({});
    renderApp('/register');

    await fillAndSubmit({ loginName: '13800138000', displayName: '王店主', password: 'onlylettershere' });

    expect(await screen.findByText(FIELD_RULE_MESSAGES['zh-CN'].passwordNeedsVariety as string)).toBeInTheDocument();
    expect(api.fetchMock).not.toHaveBeenCalled();
  });

  it('blocks a password that contains the mobile number', async () => {
    sessionStore.signOut();
    const api = mockApi({});
    renderApp('/register');

    await fillAndSubmit({ loginName: '13800138000', displayName: '王店主', password: 'shop13800138000' });

    expect(await screen.findByText(FIELD_RULE_MESSAGES['zh-CN'].passwordContainsLogin as string)).toBeInTheDocument();
    expect(api.fetchMock).not.toHaveBeenCalled();
  });

  it('rejects a number that is not a mainland mobile number', async () => {
    sessionStore.signOut();
    const api = mockApi({});
    renderApp('/register');

    await fillAndSubmit({ loginName: '12345678901', displayName: '王店主', password: 'Shop2026secure' });

    expect(await screen.findByText(FIELD_RULE_MESSAGES['zh-CN'].isMobile as string)).toBeInTheDocument();
    expect(api.fetchMock).not.toHaveBeenCalled();
  });

  it('shows the policy message in English when the interface is English', async () => {
    sessionStore.signOut();
    await changeLocale('en');
    mockApi({});
    renderApp('/register');

    await fillAndSubmit(
      { loginName: 'shop@example.com', displayName: 'Wang', password: 'short1' },
      { loginName: 'Mobile number or email', displayName: 'Your name', password: 'Password', confirm: 'Confirm password', submit: 'Register and sign in' },
    );

    expect(await screen.findByText('The password needs at least 10 characters')).toBeInTheDocument();
  });

  it('puts "already registered" on the login name field', async () => {
    sessionStore.signOut();
    mockApi({
      'POST /api/auth/register': () => errorResponse(409, { code: 'ALREADY_REGISTERED', message: '该手机号或邮箱已注册' }),
    });
    renderApp('/register');

    await fillAndSubmit({ loginName: '13800138000', displayName: '王店主', password: 'Shop2026secure' });

    const message = await screen.findByText('该手机号或邮箱已注册');
    expect(message.closest('.ant-form-item')).toContainElement(screen.getByLabelText('手机号或邮箱'));
  });

  it('registers a merchant and opens the merchant portal', async () => {
    sessionStore.signOut();
    const api = mockApi({ 'POST /api/auth/register': () => jsonResponse(201, makeSession({ displayName: '王店主' })) });
    const { router } = renderApp('/register');

    await fillAndSubmit({ loginName: '13800138000', displayName: ' 王店主 ', password: 'Shop2026secure' });

    expect(await screen.findByTestId('home-title')).toHaveTextContent('您好，王店主');
    expect(router.state.location.pathname).toBe('/merchant');
    expect(api.callsTo('POST /api/auth/register')[0]?.body).toEqual({
      loginName: '13800138000',
      password: 'Shop2026secure',
      displayName: '王店主',
    });
  });
});
