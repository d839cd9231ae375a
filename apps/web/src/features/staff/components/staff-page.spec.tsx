import type { StaffAccountView } from '@pos/shared';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sessionStore } from '../../../lib/session-store';
import { errorResponse, jsonResponse, makeSession, mockApi } from '../../../test/fetch-mock';
import { renderApp } from '../../../test/render';
import { StaffPage } from './staff-page';

const admin = makeSession({ id: 'u-admin', role: 'PROVIDER_ADMIN', displayName: '孙主管', provider: { id: 'p-bank', name: '东方商业银行' } });
const member = (overrides: Partial<StaffAccountView>): StaffAccountView => ({
  id: 'u-x',
  displayName: 'X',
  role: 'REVIEWER',
  mobile: null,
  email: 'x@bank.example',
  status: 'ACTIVE',
  invitationExpiresAt: null,
  lastLoginAt: null,
  disabledAt: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  ...overrides,
});
const self = member({ id: 'u-admin', displayName: '孙主管', role: 'PROVIDER_ADMIN', email: 'admin@bank.example' });
const reviewer = member({ id: 'u-rev', displayName: '李审核', email: 'reviewer@bank.example' });

describe(StaffPage.name, () => {
  it('deactivates a member after confirmation and offers no action on the own account', async () => {
    sessionStore.signIn(admin);
    let rows = [self, reviewer];
    const api = mockApi({
      'GET /api/console/staff': () => jsonResponse(200, { items: rows }),
      'POST /api/console/staff/u-rev/deactivate': () => {
        rows = [self, { ...reviewer, status: 'DISABLED', disabledAt: '2026-02-01T00:00:00.000Z' }];
        return jsonResponse(200, rows[1]);
      },
    });
    renderApp('/console/staff');
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('staff-deactivate-reviewer@bank.example'));
    expect(screen.queryByTestId('staff-deactivate-admin@bank.example')).not.toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: /确\s*定|OK/ }));
    await waitFor(() => expect(api.callsTo('POST /api/console/staff/u-rev/deactivate')).toHaveLength(1));
    expect(await screen.findByTestId('staff-reactivate-reviewer@bank.example')).toBeInTheDocument();
    expect(screen.getByTestId('staff-status-reviewer@bank.example')).toHaveTextContent('已停用');
  });

  it('invites a member with a role and shows an email already in use on the email field', async () => {
    sessionStore.signIn(admin);
    const api = mockApi({
      'GET /api/console/staff': () => jsonResponse(200, { items: [self] }),
      'POST /api/console/staff/invitations': () =>
        errorResponse(400, { code: 'VALIDATION_FAILED', message: '提交的信息有误', details: { fields: [{ field: 'email', code: 'emailTaken', message: '该邮箱已被其他账号使用' }] } }),
    });
    renderApp('/console/staff');
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('staff-invite'));
    await user.type(await screen.findByLabelText('邮箱'), 'taken@bank.example');
    await user.type(screen.getByLabelText('姓名'), '新人');
    await user.click(screen.getByRole('button', { name: '发送邀请' }));
    expect(await screen.findByText('该邮箱已被其他账号使用')).toBeInTheDocument();
    expect(api.callsTo('POST /api/console/staff/invitations')[0]?.body).toEqual({ email: 'taken@bank.example', displayName: '新人', role: 'REVIEWER', locale: 'zh-CN' });
  });
});
