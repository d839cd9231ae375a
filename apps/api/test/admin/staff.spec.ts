import { ErrorCode, Role, type StaffAccountView } from '@pos/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectFieldError } from '../providers/support.js';
import { login, type Session } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { caller, invitationToken } from './support.js';

let t: TestApp;
let bankAdmin: Session;
let call: ReturnType<typeof caller>;
beforeAll(async () => {
  t = await createTestApp();
  call = caller(t.app);
  bankAdmin = await login(t.app, 'admin@dongfang-bank.example');
});
afterAll(async () => t?.close());

const userId = async (email: string) => (await t.prisma.user.findUniqueOrThrow({ where: { email } })).id;

describe('POST /api/console/staff/invitations', () => {
  it("invites a member of the admin's own provider, who sets a password and signs in with the chosen role", async () => {
    const response = await call(bankAdmin, 'POST', '/api/console/staff/invitations', { email: 'new.tech@dongfang-bank.example', displayName: '新技术员', role: Role.TECHNICIAN, locale: 'en' });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<StaffAccountView>()).toMatchObject({ role: Role.TECHNICIAN, status: 'INVITED', invitationExpiresAt: expect.any(String) });
    expect((await call(bankAdmin, 'GET', '/api/console/staff')).json().items.map((s: StaffAccountView) => s.email)).toContain('new.tech@dongfang-bank.example');

    const { token, subject } = await invitationToken(t.prisma, 'new.tech@dongfang-bank.example');
    expect(subject).toMatch(/invitation/i);
    expect((await call(undefined, 'POST', '/api/auth/accept-invitation', { token, password: 'Techie2026ok' })).statusCode).toBe(200);
    const session = await login(t.app, 'new.tech@dongfang-bank.example', 'Techie2026ok');
    expect(session.user).toMatchObject({ role: Role.TECHNICIAN, provider: { id: bankAdmin.user.provider!.id } });
  });

  it('sends a new link that replaces the old one', async () => {
    const invited = (await call(bankAdmin, 'POST', '/api/console/staff/invitations', { email: 'resend@dongfang-bank.example', displayName: '重发', role: Role.SUPPORT })).json<StaffAccountView>();
    const first = await invitationToken(t.prisma, 'resend@dongfang-bank.example');
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect((await call(bankAdmin, 'POST', `/api/console/staff/${invited.id}/invitation`)).statusCode).toBe(200);
    const second = await invitationToken(t.prisma, 'resend@dongfang-bank.example');
    expect(second.token).not.toBe(first.token);
    expect((await call(undefined, 'POST', '/api/auth/accept-invitation', { token: first.token, password: 'Support2026ok' })).statusCode).toBe(410);
    expect((await call(undefined, 'POST', '/api/auth/accept-invitation', { token: second.token, password: 'Support2026ok' })).statusCode).toBe(200);
    // Accepted: nothing left to resend.
    expect((await call(bankAdmin, 'POST', `/api/console/staff/${invited.id}/invitation`)).json().code).toBe(ErrorCode.INVALID_TRANSITION);
  });

  it('answers 400 with field errors, 401 and 403', async () => {
    expectFieldError(await call(bankAdmin, 'POST', '/api/console/staff/invitations', { email: 'x@y.example', displayName: 'X', role: Role.PLATFORM_ADMIN }), 'role', 'isIn');
    expectFieldError(await call(bankAdmin, 'POST', '/api/console/staff/invitations', { email: 'x@y.example', displayName: 'X', role: Role.MERCHANT }), 'role', 'isIn');
    expectFieldError(await call(bankAdmin, 'POST', '/api/console/staff/invitations', { email: 'REVIEWER@dongfang-bank.example', displayName: 'X', role: Role.REVIEWER }), 'email', 'emailTaken');
    expectFieldError(await call(bankAdmin, 'POST', '/api/console/staff/invitations', { email: 'x@y.example', displayName: '', role: Role.REVIEWER }), 'displayName', 'isNotEmpty');
    expect((await call(bankAdmin, 'POST', '/api/console/staff/invitations', 'nonsense')).statusCode).toBe(400);
    expect((await call(undefined, 'POST', '/api/console/staff/invitations', { email: 'x@y.example', displayName: 'X', role: Role.REVIEWER })).statusCode).toBe(401);
    for (const name of ['reviewer@dongfang-bank.example', 'ops@pos-portal.example', '13800138000']) {
      expect((await call(await login(t.app, name), 'POST', '/api/console/staff/invitations', { email: 'x@y.example', displayName: 'X', role: Role.REVIEWER })).statusCode).toBe(403);
    }
  });
});

describe('deactivating a staff member', () => {
  it("refuses the member's existing access token on the next request and ends their refresh sessions", async () => {
    const support = await login(t.app, 'support@dongfang-bank.example');
    expect((await call(support, 'GET', '/api/me')).statusCode).toBe(200);

    const response = await call(bankAdmin, 'POST', `/api/console/staff/${support.user.id}/deactivate`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ status: 'DISABLED', disabledAt: expect.any(String) });

    const next = await call(support, 'GET', '/api/console/tickets');
    expect(next.statusCode).toBe(401);
    expect(next.json().code).toBe(ErrorCode.ACCOUNT_DISABLED);
    const refresh = await t.app.inject({ method: 'POST', url: '/api/auth/refresh', headers: { cookie: support.refreshCookie } });
    expect(refresh.statusCode).toBe(401);
    expect(await t.prisma.refreshToken.count({ where: { userId: support.user.id, revokedAt: null } })).toBe(0);
    expect(await t.prisma.auditEvent.count({ where: { entityId: support.user.id, action: 'STAFF_DEACTIVATED', actorId: bankAdmin.user.id } })).toBe(1);

    // Reactivated: signs in again (the old sessions stay ended).
    const back = await call(bankAdmin, 'POST', `/api/console/staff/${support.user.id}/reactivate`);
    expect(back.json()).toMatchObject({ status: 'ACTIVE', disabledAt: null });
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/refresh', headers: { cookie: support.refreshCookie } })).statusCode).toBe(401);
    const again = await login(t.app, 'support@dongfang-bank.example');
    expect((await call(again, 'GET', '/api/me')).statusCode).toBe(200);
  });

  it('a deactivated invitee cannot use their link', async () => {
    const invited = (await call(bankAdmin, 'POST', '/api/console/staff/invitations', { email: 'cancelled@dongfang-bank.example', displayName: '取消', role: Role.REVIEWER })).json<StaffAccountView>();
    const { token } = await invitationToken(t.prisma, 'cancelled@dongfang-bank.example');
    await call(bankAdmin, 'POST', `/api/console/staff/${invited.id}/deactivate`);
    expect((await call(undefined, 'POST', '/api/auth/accept-invitation', { token, password: 'Cancel2026ok' })).statusCode).toBe(410);
  });

  it('an admin cannot deactivate or demote themselves', async () => {
    const self = await call(bankAdmin, 'POST', `/api/console/staff/${bankAdmin.user.id}/deactivate`);
    expect(self.statusCode).toBe(409);
    expect(self.json().code).toBe(ErrorCode.CANNOT_CHANGE_OWN_ACCOUNT);
    const demote = await call(bankAdmin, 'PUT', `/api/console/staff/${bankAdmin.user.id}/role`, { role: Role.REVIEWER });
    expect(demote.json().code).toBe(ErrorCode.CANNOT_CHANGE_OWN_ACCOUNT);
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: bankAdmin.user.id } })).role).toBe(Role.PROVIDER_ADMIN);
  });

  it("answers 404 for another provider's member, a merchant and an unknown id, and changes nothing", async () => {
    const foreign = await userId('reviewer@ruitong-pay.example');
    const merchant = (await t.prisma.user.findFirstOrThrow({ where: { role: 'MERCHANT' } })).id;
    for (const id of [foreign, merchant, '00000000-0000-4000-8000-000000000000']) {
      expect((await call(bankAdmin, 'POST', `/api/console/staff/${id}/deactivate`)).statusCode).toBe(404);
      expect((await call(bankAdmin, 'POST', `/api/console/staff/${id}/reactivate`)).statusCode).toBe(404);
      expect((await call(bankAdmin, 'PUT', `/api/console/staff/${id}/role`, { role: Role.SUPPORT })).statusCode).toBe(404);
      expect((await call(bankAdmin, 'POST', `/api/console/staff/${id}/invitation`)).statusCode).toBe(404);
    }
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: foreign } })).disabledAt).toBeNull();
    expect((await call(bankAdmin, 'POST', '/api/console/staff/not-a-uuid/deactivate')).statusCode).toBe(404);
  });

  it('answers 401 and 403', async () => {
    const reviewer = await userId('reviewer@dongfang-bank.example');
    expect((await call(undefined, 'POST', `/api/console/staff/${reviewer}/deactivate`)).statusCode).toBe(401);
    expect((await call(await login(t.app, 'reviewer@dongfang-bank.example'), 'POST', `/api/console/staff/${reviewer}/deactivate`)).statusCode).toBe(403);
  });
});

describe('PUT /api/console/staff/:id/role', () => {
  it('changes the role, effective on the next request of the member (not when their token expires)', async () => {
    const tech = await login(t.app, 'tech@dongfang-bank.example');
    expect((await call(tech, 'GET', '/api/console/jobs')).statusCode).not.toBe(403);
    const response = await call(bankAdmin, 'PUT', `/api/console/staff/${tech.user.id}/role`, { role: Role.SUPPORT });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().role).toBe(Role.SUPPORT);
    expect((await call(tech, 'GET', '/api/console/tickets')).statusCode).toBe(200);
    expect(await t.prisma.auditEvent.findFirst({ where: { entityId: tech.user.id, action: 'STAFF_ROLE_CHANGED' } })).toMatchObject({ fromStatus: 'TECHNICIAN', toStatus: 'SUPPORT' });
  });

  it('promotes a second admin, who may then change the first', async () => {
    const reviewer = await userId('reviewer@dongfang-bank.example');
    expect((await call(bankAdmin, 'PUT', `/api/console/staff/${reviewer}/role`, { role: Role.PROVIDER_ADMIN })).statusCode).toBe(200);
    const second = await login(t.app, 'reviewer@dongfang-bank.example');
    expect((await call(second, 'PUT', `/api/console/staff/${bankAdmin.user.id}/role`, { role: Role.REVIEWER })).statusCode).toBe(200);
    // And back, so the first admin keeps working for the other tests.
    expect((await call(second, 'PUT', `/api/console/staff/${bankAdmin.user.id}/role`, { role: Role.PROVIDER_ADMIN })).statusCode).toBe(200);
  });

  it('answers 400 for a role outside provider staff', async () => {
    const reviewer = await userId('reviewer@dongfang-bank.example');
    expectFieldError(await call(bankAdmin, 'PUT', `/api/console/staff/${reviewer}/role`, { role: Role.PLATFORM_ADMIN }), 'role', 'isIn');
    expectFieldError(await call(bankAdmin, 'PUT', `/api/console/staff/${reviewer}/role`, {}), 'role', 'isIn');
  });
});
