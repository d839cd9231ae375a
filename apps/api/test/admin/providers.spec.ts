import { type AdminProviderView, ErrorCode, INVITATION_TTL_DAYS, Role } from '@pos/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectFieldError } from '../providers/support.js';
import { createDraft, providerId, submittedApplication } from '../support/applications.js';
import { login, type Session } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { caller, invitationToken, NEW_PROVIDER } from './support.js';

let t: TestApp;
let ops: Session;
let call: ReturnType<typeof caller>;
beforeAll(async () => {
  t = await createTestApp({ PUBLIC_URL: 'https://portal.example.cn' });
  call = caller(t.app);
  ops = await login(t.app, 'ops@pos-portal.example');
});
afterAll(async () => t?.close());

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('GET /api/admin/providers', () => {
  it('lists every provider with its status, staff count and working admins', async () => {
    const response = await call(ops, 'GET', '/api/admin/providers');
    expect(response.statusCode).toBe(200);
    const byName = Object.fromEntries(response.json<{ items: AdminProviderView[] }>().items.map((p) => [p.nameEn, p]));
    expect(byName['Dongfang Commercial Bank']).toMatchObject({ status: 'ACTIVE', staffCount: 4, activeAdminCount: 1, hasFeeSchedule: true, kind: 'BANK' });
    expect(Object.keys(byName)).toHaveLength(await t.prisma.provider.count());
  });

  it('answers 401 without a token and 403 to every other role', async () => {
    expect((await call(undefined, 'GET', '/api/admin/providers')).statusCode).toBe(401);
    for (const name of ['13800138000', 'admin@dongfang-bank.example', 'reviewer@dongfang-bank.example']) {
      const response = await call(await login(t.app, name), 'GET', '/api/admin/providers');
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe(ErrorCode.FORBIDDEN);
    }
  });
});

describe('POST /api/admin/providers', () => {
  it('creates an active provider with default documents and SLA targets, not yet in the catalog (no fee schedule), and audits it', async () => {
    const response = await call(ops, 'POST', '/api/admin/providers', NEW_PROVIDER);
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json<AdminProviderView>();
    expect(created).toMatchObject({ name: NEW_PROVIDER.name, status: 'ACTIVE', staffCount: 0, activeAdminCount: 0, hasFeeSchedule: false });
    const stored = await t.prisma.provider.findUniqueOrThrow({ where: { id: created.id }, include: { documentRequirements: true, slaPolicies: true } });
    expect(stored.documentRequirements.find((d) => d.documentType === 'BUSINESS_LICENCE')?.required).toBe(true);
    expect(stored.slaPolicies).toHaveLength(4);
    expect(stored.descriptionEn).toBe('');
    const catalog = (await call(undefined, 'GET', '/api/providers')).json().items.map((p: { id: string }) => p.id);
    expect(catalog).not.toContain(created.id);
    expect(await t.prisma.auditEvent.count({ where: { entityId: created.id, action: 'PROVIDER_CREATED', actorId: ops.user.id } })).toBe(1);
  });

  it('refuses a name already on the marketplace with a field error', async () => {
    expectFieldError(await call(ops, 'POST', '/api/admin/providers', { ...NEW_PROVIDER, name: '东方商业银行' }), 'name', 'providerNameTaken');
  });

  it.each([
    ['kind', { kind: 'CASINO' }, 'isIn'],
    ['name', { name: '   ' }, 'isNotEmpty'],
    ['licenceNumber', { licenceNumber: 'x' }, 'licenceNumberFormat'],
    ['contactPhone', { contactPhone: 'call me' }, 'isContactPhone'],
    ['serviceRegions', { serviceRegions: [] }, 'arrayMinSize'],
    ['serviceRegions', { serviceRegions: ['999999'] }, 'isRegion'],
    ['responseHours', { responseHours: 0 }, 'min'],
    ['onSiteHours', { onSiteHours: '24' }, 'isInt'],
  ])('answers 400 for a bad %s', async (field, patch, code) => {
    expectFieldError(await call(ops, 'POST', '/api/admin/providers', { ...NEW_PROVIDER, name: `测试${field}`, ...patch }), field, code);
  });

  it('answers 400, never 500, to bodies of the wrong shape', async () => {
    for (const body of [[], 'x', { ...NEW_PROVIDER, status: 'SUSPENDED' }, { ...NEW_PROVIDER, serviceRegions: 'x' }]) {
      expect((await call(ops, 'POST', '/api/admin/providers', body)).statusCode).toBe(400);
    }
  });

  it('answers 403 to a provider admin', async () => {
    expect((await call(await login(t.app, 'admin@dongfang-bank.example'), 'POST', '/api/admin/providers', { ...NEW_PROVIDER, name: '别家' })).statusCode).toBe(403);
  });
});

describe('suspending and restoring a provider', () => {
  it('hides a suspended provider from the catalog, refuses new applications with a clear error, lets work in progress continue, and restores', async () => {
    const merchant = await login(t.app, '13800138000');
    const easypos = await providerId(t.prisma, 'EasyPOS');
    // Work in progress before the suspension: a submitted application and a draft.
    const submitted = await submittedApplication(t.app, t.prisma, merchant, 'EasyPOS');
    const draft = await createDraft(t.app, merchant, easypos);

    const suspended = await call(ops, 'POST', `/api/admin/providers/${easypos}/suspend`, { reason: '资质复核中' });
    expect(suspended.statusCode, suspended.body).toBe(200);
    expect(suspended.json().status).toBe('SUSPENDED');
    expect(await t.prisma.auditEvent.findFirst({ where: { entityId: easypos, action: 'PROVIDER_SUSPENDED' } })).toMatchObject({ actorId: ops.user.id, fromStatus: 'ACTIVE', toStatus: 'SUSPENDED', reason: '资质复核中' });

    // Gone from the catalog: list, detail, comparison and fee estimate.
    expect((await call(undefined, 'GET', '/api/providers')).json().items.map((p: { id: string }) => p.id)).not.toContain(easypos);
    expect((await call(undefined, 'GET', `/api/providers/${easypos}`)).statusCode).toBe(404);

    // No new applications, in either language, and a draft cannot be submitted for the first time.
    const refused = await t.app.inject({ method: 'POST', url: '/api/applications', headers: { authorization: `Bearer ${merchant.accessToken}`, 'accept-language': 'zh-CN' }, payload: { providerId: easypos } });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: ErrorCode.PROVIDER_SUSPENDED, message: expect.stringContaining('暂停') });
    const refusedEn = await t.app.inject({ method: 'POST', url: '/api/applications', headers: { authorization: `Bearer ${merchant.accessToken}`, 'accept-language': 'en' }, payload: { providerId: easypos } });
    expect(refusedEn.json().message).toMatch(/suspended/);
    const submitDraft = await call(merchant, 'POST', `/api/applications/${draft.id}/submit`);
    expect(submitDraft.statusCode).toBe(409);
    expect(submitDraft.json().code).toBe(ErrorCode.PROVIDER_SUSPENDED);

    // Work in progress continues: the provider's admin still claims and reviews the submitted application.
    const providerAdmin = await login(t.app, 'admin@easypos.example');
    const claimed = await call(providerAdmin, 'POST', `/api/console/applications/${submitted.id}/claim`);
    expect(claimed.statusCode, claimed.body).toBe(200);
    expect((await call(merchant, 'GET', `/api/applications/${submitted.id}`)).statusCode).toBe(200);

    // Suspending twice is not a second change.
    expect((await call(ops, 'POST', `/api/admin/providers/${easypos}/suspend`, {})).json().code).toBe(ErrorCode.INVALID_TRANSITION);

    const restored = await call(ops, 'POST', `/api/admin/providers/${easypos}/restore`, {});
    expect(restored.statusCode).toBe(200);
    expect(restored.json().status).toBe('ACTIVE');
    expect((await call(undefined, 'GET', '/api/providers')).json().items.map((p: { id: string }) => p.id)).toContain(easypos);
    expect((await call(merchant, 'POST', `/api/applications/${draft.id}/submit`)).json().code).not.toBe(ErrorCode.PROVIDER_SUSPENDED);
  });

  it('answers 404 for an unknown provider and for an id that is not a UUID, 400 for a bad reason, 403 to others', async () => {
    expect((await call(ops, 'POST', `/api/admin/providers/${MISSING}/suspend`, {})).statusCode).toBe(404);
    expect((await call(ops, 'POST', '/api/admin/providers/not-an-id/restore', {})).statusCode).toBe(404);
    const dongfang = await providerId(t.prisma, 'Dongfang');
    expectFieldError(await call(ops, 'POST', `/api/admin/providers/${dongfang}/suspend`, { reason: 'x'.repeat(501) }), 'reason', 'maxLength');
    expect((await call(await login(t.app, 'admin@dongfang-bank.example'), 'POST', `/api/admin/providers/${dongfang}/suspend`, {})).statusCode).toBe(403);
    expect((await call(undefined, 'POST', `/api/admin/providers/${dongfang}/suspend`, {})).statusCode).toBe(401);
  });
});

describe('inviting a provider admin and accepting the invitation', () => {
  it('creates an invited PROVIDER_ADMIN who cannot sign in, emails a one-time link, and activates the account when a password is set', async () => {
    const created = (await call(ops, 'POST', '/api/admin/providers', { ...NEW_PROVIDER, name: '邀请测试支付', nameEn: 'Invite Test Pay' })).json<AdminProviderView>();
    const email = 'First.Admin@Invite-Test.example';
    const invited = await call(ops, 'POST', `/api/admin/providers/${created.id}/invitations`, { email, displayName: '陈经理' });
    expect(invited.statusCode, invited.body).toBe(201);
    expect(invited.json()).toMatchObject({ role: Role.PROVIDER_ADMIN, email: 'first.admin@invite-test.example', status: 'INVITED' });
    expect(invited.body).not.toMatch(/token|passwordHash/i);

    const stored = await t.prisma.user.findUniqueOrThrow({ where: { email: 'first.admin@invite-test.example' } });
    expect(stored).toMatchObject({ providerId: created.id, passwordHash: null });
    const expiresInDays = (stored.invitationExpiresAt!.getTime() - Date.now()) / 86_400_000;
    expect(expiresInDays).toBeGreaterThan(INVITATION_TTL_DAYS - 0.01);
    expect(expiresInDays).toBeLessThanOrEqual(INVITATION_TTL_DAYS);

    const { token, body, subject } = await invitationToken(t.prisma, 'first.admin@invite-test.example');
    expect(body).toContain(`https://portal.example.cn/accept-invitation?token=${token}`);
    expect(subject).toContain('邀请测试支付');
    // Only the hash is stored.
    expect(stored.invitationTokenHash).not.toBe(token);
    expect(stored.invitationTokenHash).toMatch(/^[0-9a-f]{64}$/);

    // Not yet accepted: the sign-in answers exactly as for a wrong password, and counts no failure.
    const early = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { loginName: email, password: 'Whatever2026x' } });
    expect(early.statusCode).toBe(401);
    expect(early.json().code).toBe(ErrorCode.INVALID_CREDENTIALS);

    // The policy applies, including "no login name in the password".
    expectFieldError(await call(undefined, 'POST', '/api/auth/accept-invitation', { token, password: 'short1' }), 'password', 'passwordTooShort');
    expectFieldError(await call(undefined, 'POST', '/api/auth/accept-invitation', { token, password: 'first.admin2026' }), 'password', 'passwordContainsLogin');

    const accepted = await call(undefined, 'POST', '/api/auth/accept-invitation', { token, password: 'Huaxin2026admin' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toEqual({ loginName: 'first.admin@invite-test.example' });

    const session = await login(t.app, email, 'Huaxin2026admin');
    expect(session.user).toMatchObject({ role: Role.PROVIDER_ADMIN, provider: { id: created.id } });
    expect((await call(ops, 'GET', `/api/admin/providers/${created.id}`)).json().activeAdminCount).toBe(1);

    // The link is single-use.
    const again = await call(undefined, 'POST', '/api/auth/accept-invitation', { token, password: 'Another2026pass' });
    expect(again.statusCode).toBe(410);
    expect(again.json().code).toBe(ErrorCode.INVITATION_INVALID);
    expect(await t.prisma.auditEvent.count({ where: { entityId: stored.id, action: { in: ['STAFF_INVITED', 'INVITATION_ACCEPTED'] } } })).toBe(2);
  });

  it('refuses an expired link, an unknown token and a malformed body', async () => {
    const dongfang = await providerId(t.prisma, 'Dongfang');
    await call(ops, 'POST', `/api/admin/providers/${dongfang}/invitations`, { email: 'late@dongfang-bank.example', displayName: '迟到' });
    const { token } = await invitationToken(t.prisma, 'late@dongfang-bank.example');
    await t.prisma.user.update({ where: { email: 'late@dongfang-bank.example' }, data: { invitationExpiresAt: new Date(Date.now() - 1000) } });
    expect((await call(undefined, 'POST', '/api/auth/accept-invitation', { token, password: 'Late2026password' })).json().code).toBe(ErrorCode.INVITATION_INVALID);
    expect((await call(undefined, 'POST', '/api/auth/accept-invitation', { token: 'nope', password: 'Late2026password' })).statusCode).toBe(410);
    expectFieldError(await call(undefined, 'POST', '/api/auth/accept-invitation', { password: 'Late2026password' }), 'token');
    expect((await call(undefined, 'POST', '/api/auth/accept-invitation', [])).statusCode).toBe(400);
  });

  it('refuses an email already in use, a bad email, and answers 404 for an unknown provider', async () => {
    const dongfang = await providerId(t.prisma, 'Dongfang');
    expectFieldError(await call(ops, 'POST', `/api/admin/providers/${dongfang}/invitations`, { email: 'reviewer@dongfang-bank.example', displayName: 'X' }), 'email', 'emailTaken');
    expectFieldError(await call(ops, 'POST', `/api/admin/providers/${dongfang}/invitations`, { email: 'not-an-email', displayName: 'X' }), 'email', 'isEmail');
    expectFieldError(await call(ops, 'POST', `/api/admin/providers/${dongfang}/invitations`, { email: 'a@b.example', displayName: 'X', role: 'REVIEWER' }), 'role', 'whitelistValidation');
    expect((await call(ops, 'POST', `/api/admin/providers/${MISSING}/invitations`, { email: 'a@b.example', displayName: 'X' })).statusCode).toBe(404);
    expect((await call(await login(t.app, 'admin@dongfang-bank.example'), 'POST', `/api/admin/providers/${dongfang}/invitations`, { email: 'a@b.example', displayName: 'X' })).statusCode).toBe(403);
  });
});
