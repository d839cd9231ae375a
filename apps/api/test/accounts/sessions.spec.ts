import { JwtService } from '@nestjs/jwt';
import { ErrorCode } from '@pos/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JWT_ISSUER } from '../../src/core/auth/jwt.strategy.js';
import { bearer, login, refreshCookieOf, type Session } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';
const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';

let accounts = 0;
/** A fresh merchant signed in once, so no test shares sessions or lockout counters with another. */
async function newMerchant(): Promise<{ loginName: string; session: Session }> {
  accounts += 1;
  const loginName = `1370000${String(accounts).padStart(4, '0')}`;
  const response = await t.app.inject({ method: 'POST', url: '/api/auth/register', payload: { loginName, password: 'Sessions2026x', displayName: 'S' }, headers: { 'user-agent': CHROME } });
  if (response.statusCode !== 201) throw new Error(`register failed: ${response.statusCode} ${response.body}`);
  return { loginName, session: { ...response.json(), refreshCookie: refreshCookieOf(response.headers['set-cookie']) } };
}

const refresh = (cookie: string, userAgent = CHROME) => t.app.inject({ method: 'POST', url: '/api/auth/refresh', headers: { cookie, 'user-agent': userAgent } });
const logout = (cookie: string) => t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
const me = (session: { accessToken: string }) => t.app.inject({ method: 'GET', url: '/api/me', headers: bearer(session) });
const tokenOf = (cookie: string) => cookie.slice('pos_refresh='.length);
/** Moves a rotation into the past, as if the clock had run on. */
const rotatedSecondsAgo = async (userId: string, seconds: number) =>
  t.prisma.refreshToken.updateMany({ where: { userId, rotatedAt: { not: null } }, data: { rotatedAt: new Date(Date.now() - seconds * 1000) } });

describe('POST /api/auth/logout', () => {
  it('ends the access token of the signed-out session at once, not when it expires', async () => {
    const { session } = await newMerchant();
    expect((await me(session)).statusCode).toBe(200);

    expect((await logout(session.refreshCookie)).statusCode).toBe(204);

    const after = await me(session);
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('signs out only that device: the same account on another device keeps its access and refresh tokens', async () => {
    const { loginName, session: laptop } = await newMerchant();
    const phone = await login(t.app, loginName, 'Sessions2026x');

    await logout(laptop.refreshCookie);

    expect((await me(laptop)).statusCode).toBe(401);
    expect((await me(phone)).statusCode).toBe(200);
    const refreshed = await refresh(phone.refreshCookie);
    expect(refreshed.statusCode).toBe(200);
    expect((await me(refreshed.json())).statusCode).toBe(200);
  });

  it('ends the access tokens of a session whose refresh token was replayed (a thief loses both)', async () => {
    const { session } = await newMerchant();
    const first = await refresh(session.refreshCookie);
    await rotatedSecondsAgo(session.user.id, 60);

    expect((await refresh(session.refreshCookie)).json().code).toBe(ErrorCode.REFRESH_TOKEN_REUSED);

    expect((await me(first.json())).statusCode).toBe(401);
    expect((await me(session)).statusCode).toBe(401);
  });

  it('refuses an access token that names no session, such as one issued before sessions were checked', async () => {
    const { session } = await newMerchant();
    const legacy = t.app.get(JwtService, { strict: false }).sign({ sub: session.user.id, role: session.user.role, pid: null }, { expiresIn: 900, issuer: JWT_ISSUER, algorithm: 'HS256' });
    const response = await me({ accessToken: legacy });
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe(ErrorCode.UNAUTHENTICATED);
  });
});

describe('POST /api/auth/refresh', () => {
  it('lets two tabs restore the session with one cookie at the same moment: both succeed with the same successor', async () => {
    const { session } = await newMerchant();

    const [a, b] = await Promise.all([refresh(session.refreshCookie), refresh(session.refreshCookie)]);

    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect(refreshCookieOf(a.headers['set-cookie'])).toBe(refreshCookieOf(b.headers['set-cookie']));
    expect((await me(a.json())).statusCode).toBe(200);
    expect((await me(b.json())).statusCode).toBe(200);
    const next = await refresh(refreshCookieOf(b.headers['set-cookie']));
    expect(next.statusCode).toBe(200);
    expect(await t.prisma.auditEvent.count({ where: { entityId: session.user.id, action: 'REFRESH_TOKEN_REUSED' } })).toBe(0);
  });

  it('answers the just-rotated token again within the grace, so the tab that came second stays signed in', async () => {
    const { session } = await newMerchant();
    const first = await refresh(session.refreshCookie);
    await rotatedSecondsAgo(session.user.id, 8);

    const second = await refresh(session.refreshCookie);

    expect(second.statusCode).toBe(200);
    expect(refreshCookieOf(second.headers['set-cookie'])).toBe(refreshCookieOf(first.headers['set-cookie']));
    expect(second.headers['cache-control']).toBe('no-store');
  });

  it('treats a rotated token presented after the grace as copied: the whole session ends, refresh and access tokens alike', async () => {
    const { session } = await newMerchant();
    const first = await refresh(session.refreshCookie);
    const current = refreshCookieOf(first.headers['set-cookie']);
    await rotatedSecondsAgo(session.user.id, 11);

    const replay = await refresh(session.refreshCookie);

    expect(replay.statusCode).toBe(401);
    expect(replay.json().code).toBe(ErrorCode.REFRESH_TOKEN_REUSED);
    expect((await refresh(current)).statusCode).toBe(401);
    expect((await me(first.json())).statusCode).toBe(401);
    expect(await t.prisma.auditEvent.count({ where: { entityId: session.user.id, action: 'REFRESH_TOKEN_REUSED' } })).toBe(1);
  });

  it('treats a token two rotations old as copied even within the grace', async () => {
    const { session } = await newMerchant();
    const first = await refresh(session.refreshCookie);
    const second = await refresh(refreshCookieOf(first.headers['set-cookie']));
    expect(second.statusCode).toBe(200);

    const replay = await refresh(session.refreshCookie);

    expect(replay.json().code).toBe(ErrorCode.REFRESH_TOKEN_REUSED);
    expect((await refresh(refreshCookieOf(second.headers['set-cookie']))).statusCode).toBe(401);
  });

  it('treats the just-rotated token from another browser as copied, even within the grace', async () => {
    const { session } = await newMerchant();
    const first = await refresh(session.refreshCookie, CHROME);

    const elsewhere = await refresh(session.refreshCookie, FIREFOX);

    expect(elsewhere.json().code).toBe(ErrorCode.REFRESH_TOKEN_REUSED);
    expect((await refresh(refreshCookieOf(first.headers['set-cookie']))).statusCode).toBe(401);
  });

  it('does not reopen a session that was signed out within the grace', async () => {
    const { session } = await newMerchant();
    const first = await refresh(session.refreshCookie);
    await logout(refreshCookieOf(first.headers['set-cookie']));

    const again = await refresh(session.refreshCookie);

    expect(again.statusCode).toBe(401);
    expect((await me(first.json())).statusCode).toBe(401);
  });

  it('keeps only hashes: neither the presented token nor its successor is stored', async () => {
    const { session } = await newMerchant();
    const first = await refresh(session.refreshCookie);
    const stored = await t.prisma.refreshToken.findMany({ where: { userId: session.user.id }, select: { tokenHash: true } });
    const tokens = [tokenOf(session.refreshCookie), tokenOf(refreshCookieOf(first.headers['set-cookie']))];
    expect(stored).toHaveLength(2);
    for (const { tokenHash } of stored) {
      expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
      expect(tokens).not.toContain(tokenHash);
    }
  });
});
