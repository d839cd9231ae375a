import { ErrorCode, Role } from '@pos/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, login, type Session } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let bankAdmin: Session;
let payAdmin: Session;
beforeAll(async () => {
  t = await createTestApp();
  bankAdmin = await login(t.app, 'admin@dongfang-bank.example');
  payAdmin = await login(t.app, 'admin@ruitong-pay.example');
});
afterAll(async () => t?.close());

const get = (url: string, session?: Session) => t.app.inject({ method: 'GET', url, headers: session ? bearer(session) : {} });

describe('GET /api/console/staff', () => {
  it("lists exactly the admin's own provider's staff", async () => {
    const response = await get('/api/console/staff', bankAdmin);
    expect(response.statusCode).toBe(200);
    const ids = response.json().items.map((s: { id: string }) => s.id).sort();
    const expected = await t.prisma.user.findMany({ where: { providerId: bankAdmin.user.provider!.id }, select: { id: true } });
    expect(ids).toEqual(expected.map((u) => u.id).sort());
    expect(ids).toHaveLength(4);
    expect(response.json().items.map((s: { role: string }) => s.role)).not.toContain(Role.MERCHANT);
    expect(response.body).not.toContain('passwordHash');
  });

  it('gives another provider its own, disjoint list', async () => {
    const bank = (await get('/api/console/staff', bankAdmin)).json().items.map((s: { id: string }) => s.id);
    const pay = (await get('/api/console/staff', payAdmin)).json().items.map((s: { id: string }) => s.id);
    expect(pay.length).toBeGreaterThan(0);
    expect(pay.filter((id: string) => bank.includes(id))).toEqual([]);
  });

  it('answers 401 without a token', async () => {
    const response = await get('/api/console/staff');
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it.each(['reviewer@dongfang-bank.example', '13800138000', 'ops@pos-portal.example'])('answers 403 to %s (not a provider admin)', async (loginName) => {
    const response = await get('/api/console/staff', await login(t.app, loginName));
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe(ErrorCode.FORBIDDEN);
  });
});

describe('GET /api/console/staff/:id', () => {
  it('shows a member of the own provider', async () => {
    const reviewer = await t.prisma.user.findUniqueOrThrow({ where: { email: 'reviewer@dongfang-bank.example' } });
    const response = await get(`/api/console/staff/${reviewer.id}`, bankAdmin);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: reviewer.id, role: Role.REVIEWER });
  });

  it("answers 404 for another provider's staff member, exactly as for an id that does not exist", async () => {
    const other = await t.prisma.user.findUniqueOrThrow({ where: { email: 'reviewer@ruitong-pay.example' } });
    const foreign = await get(`/api/console/staff/${other.id}`, bankAdmin);
    const missing = await get('/api/console/staff/00000000-0000-4000-8000-000000000000', bankAdmin);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toEqual(missing.json());
  });

  it('answers 404 for a merchant id and for an id that is not a UUID', async () => {
    const merchant = await t.prisma.user.findFirstOrThrow({ where: { role: 'MERCHANT' } });
    expect((await get(`/api/console/staff/${merchant.id}`, bankAdmin)).statusCode).toBe(404);
    expect((await get('/api/console/staff/1%20OR%201=1', bankAdmin)).statusCode).toBe(404);
  });
});

describe('GET /api/console/provider', () => {
  it.each(['reviewer@dongfang-bank.example', 'support@dongfang-bank.example', 'tech@dongfang-bank.example'])('shows %s their own provider', async (loginName) => {
    const session = await login(t.app, loginName);
    const response = await get('/api/console/provider', session);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: session.user.provider!.id, name: '东方商业银行', kind: 'BANK', staffCount: 4 });
  });

  it('answers 403 to a merchant', async () => {
    expect((await get('/api/console/provider', await login(t.app, '13800138000'))).statusCode).toBe(403);
  });
});

describe('the database itself', () => {
  it('refuses a staff account without a provider and a merchant with one', async () => {
    const base = { displayName: 'X', passwordHash: 'x' };
    await expect(t.prisma.user.create({ data: { ...base, role: 'REVIEWER', email: 'floating@x.example' } })).rejects.toThrow(/User_provider_matches_role/);
    await expect(
      t.prisma.user.create({ data: { ...base, role: 'MERCHANT', mobile: '13900000001', providerId: bankAdmin.user.provider!.id } }),
    ).rejects.toThrow(/User_provider_matches_role/);
    await expect(t.prisma.user.create({ data: { ...base, role: 'MERCHANT' } })).rejects.toThrow(/User_login_name_present/);
  });
});
