import { ErrorCode, Role } from '@pos/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/seed/demo-data.js';
import { bearer, login, refreshCookieOf } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const register = (payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/auth/register', payload, headers });
const postLogin = (payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload, headers });
const refresh = (cookie?: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/refresh', headers: cookie ? { cookie } : {} });

describe('POST /api/auth/register', () => {
  it('registers a merchant with a mobile number, signs them in and sets a strict httpOnly refresh cookie', async () => {
    const response = await register({ loginName: '13912345678', password: 'Teashop2026x', displayName: '陈老板' });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.user).toMatchObject({ role: Role.MERCHANT, mobile: '13912345678', email: null, displayName: '陈老板', provider: null });
    expect(body.accessToken).toEqual(expect.any(String));
    const cookie = [response.headers['set-cookie']].flat().find((c) => c?.startsWith('pos_refresh='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\/api\/auth/);
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: bearer(body) });
    expect(me.json().id).toBe(body.user.id);
    const stored = await t.prisma.user.findUniqueOrThrow({ where: { id: body.user.id } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('registers with an email, stored lower-case, and keeps the language of the request', async () => {
    const response = await register({ loginName: 'Owner@Noodle-Shop.CN', password: 'Noodles2026ok', displayName: 'Owner' }, { 'accept-language': 'en-US,en;q=0.9' });
    expect(response.statusCode).toBe(201);
    expect(response.json().user).toMatchObject({ email: 'owner@noodle-shop.cn', mobile: null, locale: 'en' });
  });

  it('refuses a second registration of the same mobile number and creates nothing', async () => {
    await register({ loginName: '13700001111', password: 'Bakery2026ab', displayName: 'A' });
    const before = await t.prisma.user.count();
    const response = await register({ loginName: '13700001111', password: 'Other2026abc', displayName: 'B' });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe(ErrorCode.ALREADY_REGISTERED);
    expect(await t.prisma.user.count()).toBe(before);
  });

  it.each([
    ['short', 'Ab12', 'passwordTooShort'],
    ['letters only', 'onlyletterslong', 'passwordNeedsVariety'],
    ['common', 'Password1234', 'passwordTooCommon'],
    ['containing the mobile number', 'x13655556666y', 'passwordContainsLogin'],
  ])('rejects a weak password (%s) with a translated field error', async (_label, password, rule) => {
    const before = await t.prisma.user.count();
    const response = await register({ loginName: '13655556666', password, displayName: 'X' }, { 'accept-language': 'zh-CN' });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.code).toBe(ErrorCode.VALIDATION_FAILED);
    expect(body.details.fields).toContainEqual(expect.objectContaining({ field: 'password', code: rule }));
    expect(body.details.fields.find((f: { field: string }) => f.field === 'password').message).toMatch(/密码/);
    expect(await t.prisma.user.count()).toBe(before);
  });

  it.each(['12345678901', '1381234567', '+8613812345678', 'not-an-email@', ''])('rejects %j as a login name', async (loginName) => {
    const response = await register({ loginName, password: 'Goodpass2026', displayName: 'X' }, { 'accept-language': 'en' });
    expect(response.statusCode).toBe(400);
    const field = response.json().details.fields.find((f: { field: string }) => f.field === 'loginName');
    expect(field).toBeDefined();
    expect(field.message).toMatch(/mobile|Required/i);
  });

  it('refuses fields it does not know, so nobody can register as a provider admin', async () => {
    const response = await register({ loginName: '13611112222', password: 'Goodpass2026', displayName: 'X', role: 'PLATFORM_ADMIN' });
    expect(response.statusCode).toBe(400);
    expect(response.json().details.fields).toContainEqual(expect.objectContaining({ field: 'role', code: 'whitelistValidation' }));
    expect(await t.prisma.user.count({ where: { mobile: '13611112222' } })).toBe(0);
  });
});

describe('POST /api/auth/login', () => {
  it.each(DEMO_ACCOUNTS.map((a) => [a.role, a.loginName] as const))('signs in the demo %s (%s)', async (role, loginName) => {
    const session = await login(t.app, loginName);
    expect(session.user.role).toBe(role);
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: bearer(session) });
    expect(me.statusCode).toBe(200);
    expect(me.json().role).toBe(role);
    expect(me.json().provider === null).toBe(role === Role.MERCHANT || role === Role.PLATFORM_ADMIN);
  });

  it('accepts an email login name in any case', async () => {
    expect((await login(t.app, 'Support@DongFang-Bank.example')).user.role).toBe(Role.SUPPORT);
  });

  it('answers a wrong password and an unknown account the same way', async () => {
    const wrong = await postLogin({ loginName: 'support@dongfang-bank.example', password: 'Wrongpass2026' });
    const unknown = await postLogin({ loginName: 'nobody@nowhere.example', password: 'Wrongpass2026' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().code).toBe(ErrorCode.INVALID_CREDENTIALS);
  });

  it('returns 400 with field errors for a malformed body instead of a 401', async () => {
    const response = await postLogin({ loginName: 123, extra: true });
    expect(response.statusCode).toBe(400);
    const fields = response.json().details.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['loginName', 'password', 'extra']));
  });

  it('locks the account for the address after 5 failures, says until when, refuses even the right password, and unlocks after the lock', async () => {
    const loginName = 'tech@dongfang-bank.example';
    for (let attempt = 1; attempt <= 4; attempt++) {
      const response = await postLogin({ loginName, password: `Wrong${attempt}pass2026` });
      expect(response.statusCode).toBe(401);
    }
    const fifth = await postLogin({ loginName, password: 'Wrong5pass2026' }, { 'accept-language': 'en' });
    expect(fifth.statusCode).toBe(423);
    const body = fifth.json();
    expect(body.code).toBe(ErrorCode.ACCOUNT_LOCKED);
    const lockedUntil = new Date(body.details.lockedUntil).getTime();
    expect(lockedUntil - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(lockedUntil - Date.now()).toBeLessThanOrEqual(15 * 60_000);
    expect(body.message).toMatch(/locked until \d/);

    const rightPassword = await postLogin({ loginName, password: DEMO_PASSWORD }, { 'accept-language': 'zh-CN' });
    expect(rightPassword.statusCode).toBe(423);
    expect(rightPassword.json().message).toMatch(/锁定至/);

    await t.prisma.loginThrottle.updateMany({ where: { lockedUntil: { not: null } }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    const afterLock = await postLogin({ loginName, password: DEMO_PASSWORD });
    expect(afterLock.statusCode).toBe(200);
    const stored = await t.prisma.user.findUniqueOrThrow({ where: { email: loginName } });
    expect(await t.prisma.auditEvent.count({ where: { entityId: stored.id, action: 'ACCOUNT_LOCKED' } })).toBe(1);
  });

  it('refuses a disabled account that gives the right password', async () => {
    const account = await t.prisma.user.create({
      data: { role: 'MERCHANT', mobile: '13522223333', displayName: 'Gone', passwordHash: (await t.prisma.user.findFirstOrThrow({ where: { mobile: '13800138000' } })).passwordHash, disabledAt: new Date() },
    });
    const response = await postLogin({ loginName: account.mobile!, password: DEMO_PASSWORD });
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe(ErrorCode.ACCOUNT_DISABLED);
  });
});

describe('POST /api/auth/refresh', () => {
  it('rotates the refresh token and issues a working access token', async () => {
    const session = await login(t.app, '13800138000');
    const response = await refresh(session.refreshCookie);
    expect(response.statusCode).toBe(200);
    const next = refreshCookieOf(response.headers['set-cookie']);
    expect(next).not.toBe(session.refreshCookie);
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: bearer(response.json()) });
    expect(me.json().mobile).toBe('13800138000');
    expect((await refresh(next)).statusCode).toBe(200);
  });

  it('revokes the whole session family when an already-rotated token is presented again after the grace', async () => {
    const session = await login(t.app, 'reviewer@dongfang-bank.example');
    const first = await refresh(session.refreshCookie);
    const current = refreshCookieOf(first.headers['set-cookie']);
    await t.prisma.refreshToken.updateMany({ where: { userId: session.user.id, rotatedAt: { not: null } }, data: { rotatedAt: new Date(Date.now() - 60_000) } });

    const replay = await refresh(session.refreshCookie);
    expect(replay.statusCode).toBe(401);
    expect(replay.json().code).toBe(ErrorCode.REFRESH_TOKEN_REUSED);

    const legitimate = await refresh(current);
    expect(legitimate.statusCode).toBe(401);
    const user = await t.prisma.user.findUniqueOrThrow({ where: { email: 'reviewer@dongfang-bank.example' } });
    expect(await t.prisma.auditEvent.count({ where: { entityId: user.id, action: 'REFRESH_TOKEN_REUSED' } })).toBeGreaterThan(0);
  });

  it('answers 401 without a cookie or with an unknown one', async () => {
    expect((await refresh()).json().code).toBe(ErrorCode.REFRESH_TOKEN_INVALID);
    expect((await refresh('pos_refresh=made-up')).statusCode).toBe(401);
  });

  it('refuses an expired refresh token', async () => {
    const session = await login(t.app, 'admin@ruitong-pay.example');
    const user = await t.prisma.user.findUniqueOrThrow({ where: { email: 'admin@ruitong-pay.example' } });
    await t.prisma.refreshToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const response = await refresh(session.refreshCookie);
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe(ErrorCode.REFRESH_TOKEN_INVALID);
  });
});

describe('POST /api/auth/logout', () => {
  it('ends the session: its refresh token no longer works and the cookie is cleared', async () => {
    const session = await login(t.app, 'ops@pos-portal.example');
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: session.refreshCookie } });
    expect(response.statusCode).toBe(204);
    expect([response.headers['set-cookie']].flat().join()).toMatch(/pos_refresh=;/);
    const after = await refresh(session.refreshCookie);
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe(ErrorCode.REFRESH_TOKEN_INVALID);
  });

  it('succeeds without a cookie', async () => {
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(204);
  });
});

describe('GET /api/me and PATCH /api/me', () => {
  it('answers 401 without a token, with a garbage token, and with a token signed by someone else', async () => {
    for (const authorization of [undefined, 'Bearer garbage', 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl']) {
      const response = await t.app.inject({ method: 'GET', url: '/api/me', headers: authorization ? { authorization } : {} });
      expect(response.statusCode).toBe(401);
      expect(response.json().code).toBe(ErrorCode.UNAUTHENTICATED);
    }
  });

  it('saves the language preference and rejects an unsupported one', async () => {
    const session = await login(t.app, 'support@dongfang-bank.example');
    const ok = await t.app.inject({ method: 'PATCH', url: '/api/me', headers: bearer(session), payload: { locale: 'en' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().locale).toBe('en');
    const bad = await t.app.inject({ method: 'PATCH', url: '/api/me', headers: bearer(session), payload: { locale: 'fr' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.fields[0]).toMatchObject({ field: 'locale', code: 'isIn' });
  });
});

describe('rate limiting', () => {
  it('answers 429 once a client passes the sign-in limit', async () => {
    const limited = await createTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        const response = await limited.app.inject({ method: 'POST', url: '/api/auth/login', payload: { loginName: '13800138000', password: 'Wrongpass2026' } });
        statuses.push(response.statusCode);
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
    } finally {
      await limited.close();
    }
  });
});
