import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sessionStore } from '../../../lib/session-store';
import { errorResponse, jsonResponse, mockApi } from '../../../test/fetch-mock';
import { renderApp } from '../../../test/render';
import { AcceptInvitationPage } from './accept-invitation-page';

describe(AcceptInvitationPage.name, () => {
  it('sets the password with the token from the link and points to sign-in', async () => {
    sessionStore.signOut();
    const api = mockApi({
      'POST /api/auth/refresh': () => errorResponse(401, { code: 'REFRESH_TOKEN_INVALID', message: '登录已过期' }),
      'POST /api/auth/accept-invitation': () => jsonResponse(200, { loginName: 'new@bank.example' }),
    });
    renderApp('/accept-invitation?token=abc123');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('新密码'), 'Bank2026secure');
    await user.type(screen.getByLabelText('确认密码'), 'Bank2026secure');
    await user.click(screen.getByTestId('accept-invitation-submit'));
    expect(await screen.findByText('账号已启用')).toBeInTheDocument();
    expect(screen.getByText(/new@bank\.example/)).toBeInTheDocument();
    await waitFor(() => expect(api.callsTo('POST /api/auth/accept-invitation')[0]?.body).toEqual({ token: 'abc123', password: 'Bank2026secure' }));
  });

  it('shows why an expired link fails', async () => {
    sessionStore.signOut();
    mockApi({
      'POST /api/auth/refresh': () => errorResponse(401, { code: 'REFRESH_TOKEN_INVALID', message: '登录已过期' }),
      'POST /api/auth/accept-invitation': () => errorResponse(410, { code: 'INVITATION_INVALID', message: '邀请链接无效或已过期，请联系管理员重新发送邀请' }),
    });
    renderApp('/accept-invitation?token=old');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('新密码'), 'Bank2026secure');
    await user.type(screen.getByLabelText('确认密码'), 'Bank2026secure');
    await user.click(screen.getByTestId('accept-invitation-submit'));
    expect(await screen.findByTestId('accept-invitation-error')).toHaveTextContent('邀请链接无效或已过期');
  });
});
