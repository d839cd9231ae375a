import { ErrorCode } from '@pos/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginLockout } from '../../src/modules/accounts/login-lockout.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

/** LOGIN_MAX_FAILURES's default, and the account-wide backstop at ten times it (ADR 0014). */
const PER_ADDRESS = 5;
const ACCOUNT_WIDE = 50;
const PASSWORD = 'Lockout2026x';

let accounts = 0;
async function newMerchant(): Promise<string> {
  accounts += 1;
  const loginName = `1360000${String(accounts).padStart(4, '0')}`;
  const response = await t.app.inject({ method: 'POST', url: '/api/auth/register', payload: { loginName, password: PASSWORD, displayName: 'L' } });
  if (response.statusCode !== 201) throw new Error(`register failed: ${response.statusCode} ${response.body}`);
  return loginName;
}

const attempt = (loginName: string, password: string, remoteAddress: string, locale = 'en') =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { loginName, password }, remoteAddress, headers: { 'accept-language': locale } });

async function failFrom(loginName: string, remoteAddress: string, times: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < times; i++) statuses.push((await attempt(loginName, `Wrong${i}guess2026`, remoteAddress)).statusCode);
  return statuses;
}

/** Lets every lock run out, as if LOGIN_LOCK_MINUTES had passed. */
const expireLocks = () => t.prisma.loginThrottle.updateMany({ where: { lockedUntil: { not: null } }, data: { lockedUntil: new Date(Date.now() - 1000) } });

describe('POST /api/auth/login lockout', () => {
  it('locks an account for one address after LOGIN_MAX_FAILURES failures, while its owner still signs in from another', async () => {
    const loginName = await newMerchant();

    expect(await failFrom(loginName, '203.0.113.7', PER_ADDRESS)).toEqual([401, 401, 401, 401, 423]);

    expect((await attempt(loginName, PASSWORD, '203.0.113.7')).statusCode).toBe(423);
    expect((await attempt(loginName, PASSWORD, '198.51.100.20')).statusCode).toBe(200);
  });

  it('says until when, in the caller language, and lets the address in again once the lock has run out', async () => {
    const loginName = await newMerchant();
    const statuses = await failFrom(loginName, '203.0.113.8', PER_ADDRESS - 1);
    const locking = await attempt(loginName, 'Wrong9guess2026', '203.0.113.8');
    expect([...statuses, locking.statusCode]).toEqual([401, 401, 401, 401, 423]);
    const body = locking.json();
    expect(body.code).toBe(ErrorCode.ACCOUNT_LOCKED);
    const lockedUntil = new Date(body.details.lockedUntil).getTime();
    expect(lockedUntil - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(lockedUntil - Date.now()).toBeLessThanOrEqual(15 * 60_000);
    expect(body.message).toMatch(/locked until \d/);
    expect((await attempt(loginName, PASSWORD, '203.0.113.8', 'zh-CN')).json().message).toMatch(/锁定至/);

    await expireLocks();
    expect((await attempt(loginName, PASSWORD, '203.0.113.8')).statusCode).toBe(200);
    const user = await t.prisma.user.findUniqueOrThrow({ where: { mobile: loginName } });
    const audit = await t.prisma.auditEvent.findMany({ where: { entityId: user.id, action: 'ACCOUNT_LOCKED' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ reason: 'from 203.0.113.8', data: { failures: PER_ADDRESS } });
  });

  it('forgets an address failures once it signs in, so typos spread over days never lock anyone', async () => {
    const loginName = await newMerchant();
    await failFrom(loginName, '203.0.113.9', PER_ADDRESS - 1);
    expect((await attempt(loginName, PASSWORD, '203.0.113.9')).statusCode).toBe(200);
    expect(await failFrom(loginName, '203.0.113.9', PER_ADDRESS - 1)).toEqual([401, 401, 401, 401]);
  });

  it('counts an IPv6 client by its /64, so hopping between its own addresses gains nothing', async () => {
    const loginName = await newMerchant();
    const statuses: number[] = [];
    for (let i = 1; i <= PER_ADDRESS; i++) statuses.push((await attempt(loginName, `Wrong${i}guess2026`, `2001:db8:1:2::${i.toString(16)}`)).statusCode);

    expect(statuses).toEqual([401, 401, 401, 401, 423]);
    expect((await attempt(loginName, PASSWORD, '2001:db8:1:2:ffff::1')).statusCode).toBe(423);
    expect((await attempt(loginName, PASSWORD, '2001:db8:1:3::1')).statusCode).toBe(200);
  });

  it(`keeps an account-wide backstop: ${ACCOUNT_WIDE} failures from many addresses lock every address, the owner's too`, async () => {
    const loginName = await newMerchant();
    for (let network = 1; network < ACCOUNT_WIDE / PER_ADDRESS; network++) await failFrom(loginName, `192.0.2.${network}`, PER_ADDRESS);
    // 45 failures: each guessing address is locked, the account is not.
    expect((await attempt(loginName, PASSWORD, '198.51.100.30')).statusCode).toBe(200);

    const last = await failFrom(loginName, '192.0.2.200', PER_ADDRESS);

    expect(last).toEqual([401, 401, 401, 401, 423]);
    const owner = await attempt(loginName, PASSWORD, '198.51.100.31');
    expect(owner.statusCode).toBe(423);
    expect(owner.json().code).toBe(ErrorCode.ACCOUNT_LOCKED);
    const user = await t.prisma.user.findUniqueOrThrow({ where: { mobile: loginName } });
    expect(await t.prisma.auditEvent.count({ where: { entityId: user.id, action: 'ACCOUNT_LOCKED', reason: { contains: 'all addresses' } } })).toBe(1);

    await expireLocks();
    expect((await attempt(loginName, PASSWORD, '198.51.100.31')).statusCode).toBe(200);
  });

  it('lets a locked address of one account still sign in to another account', async () => {
    const [victim, other] = [await newMerchant(), await newMerchant()];
    await failFrom(victim, '203.0.113.10', PER_ADDRESS);
    expect((await attempt(other, PASSWORD, '203.0.113.10')).statusCode).toBe(200);
  });

  it('sweeps counters that count nothing any more, and keeps running counts and locks in force', async () => {
    await t.prisma.loginThrottle.deleteMany();
    const hour = 3_600_000;
    const row = (subjectHash: string, windowStartedAt: number, lockedUntil?: number) => ({
      subjectHash, address: '203.0.113.99', failures: 3, windowStartedAt: new Date(Date.now() - windowStartedAt), lockedUntil: lockedUntil === undefined ? null : new Date(Date.now() + lockedUntil),
    });
    await t.prisma.loginThrottle.createMany({ data: [row('stale', hour), row('lock-ended', hour, -hour / 2), row('counting', 60_000), row('locked', hour, 60_000)] });

    expect(await t.app.get(LoginLockout).sweep()).toBe(2);

    expect((await t.prisma.loginThrottle.findMany({ orderBy: { subjectHash: 'asc' } })).map((r) => r.subjectHash)).toEqual(['counting', 'locked']);
  });
});
