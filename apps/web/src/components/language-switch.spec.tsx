import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { startLocaleSync } from '../app/locale-sync';
import { LOCALE_STORAGE_KEY } from '../lib/i18n';
import { sessionStore } from '../lib/session-store';
import { errorResponse, jsonResponse, makeSession, makeUser, mockApi } from '../test/fetch-mock';
import { renderApp } from '../test/render';
import { LanguageSwitch } from './language-switch';

let stopLocaleSync: (() => void) | undefined;
afterEach(() => {
  stopLocaleSync?.();
  stopLocaleSync = undefined;
});

describe(LanguageSwitch.name, () => {
  it('turns the sign-in page into English and remembers the choice', async () => {
    sessionStore.signOut();
    mockApi({});
    renderApp('/login');
    expect(screen.getByTestId('login-submit')).toHaveTextContent('登录');

    await userEvent.click(screen.getByTestId('language-switch'));

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByTestId('login-submit')).toHaveTextContent('Sign in');
    expect(screen.getByLabelText('Mobile number or email')).toHaveAttribute('id', 'login-name');
    expect(screen.getByTestId('language-switch')).toHaveTextContent('中文');
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('asks the API for English messages after switching', async () => {
    sessionStore.signOut();
    const api = mockApi({
      'POST /api/auth/login': ({ headers }) =>
        errorResponse(401, {
          code: 'INVALID_CREDENTIALS',
          message: headers.get('Accept-Language') === 'en' ? 'The account or password is incorrect' : '账号或密码错误',
        }),
    });
    renderApp('/login');
    const user = userEvent.setup();

    await user.click(screen.getByTestId('language-switch'));
    await user.type(await screen.findByLabelText('Mobile number or email'), '13800138000');
    await user.type(screen.getByLabelText('Password'), 'Secret2026pass');
    await user.click(screen.getByTestId('login-submit'));

    expect(await screen.findByText('The account or password is incorrect')).toBeInTheDocument();
    expect(api.callsTo('POST /api/auth/login')[0]?.headers.get('Accept-Language')).toBe('en');
  });

  it('switches a signed-in layout to English and saves the choice on the account', async () => {
    sessionStore.signIn(makeSession({ displayName: '王店主' }));
    stopLocaleSync = startLocaleSync();
    const api = mockApi({
      'PATCH /api/me': ({ body }) => jsonResponse(200, makeUser({ displayName: '王店主', locale: (body as { locale: 'en' }).locale })),
    });
    renderApp('/merchant');
    expect(screen.getByTestId('home-title')).toHaveTextContent('您好，王店主');

    await userEvent.click(screen.getByTestId('language-switch'));

    expect(await screen.findByText('Welcome, 王店主')).toBeInTheDocument();
    expect(screen.getByTestId('logout')).toHaveTextContent('Sign out');
    expect(screen.getByTestId('current-role')).toHaveTextContent('Merchant');
    await waitFor(() => expect(api.callsTo('PATCH /api/me')).toHaveLength(1));
    expect(api.callsTo('PATCH /api/me')[0]?.body).toEqual({ locale: 'en' });
    await waitFor(() => {
      const state = sessionStore.getState();
      expect(state.status === 'authenticated' && state.user.locale).toBe('en');
    });
  });

  it('keeps the new language when saving it on the account fails', async () => {
    sessionStore.signIn(makeSession());
    stopLocaleSync = startLocaleSync();
    mockApi({ 'PATCH /api/me': () => errorResponse(503, { code: 'SERVICE_UNAVAILABLE', message: 'down' }) });
    renderApp('/merchant');

    await userEvent.click(screen.getByTestId('language-switch'));

    expect(await screen.findByText(/^Welcome,/)).toBeInTheDocument();
    expect(screen.queryByText('down')).not.toBeInTheDocument();
  });
});
