import { AUDIT_PAGE_SIZE, type AuditEventListResponse, ErrorCode } from '@pos/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectFieldError } from '../providers/support.js';
import { login, type Session } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { caller } from './support.js';

let t: TestApp;
let ops: Session;
let call: ReturnType<typeof caller>;
let actorId: string;
const entityId = 'aaaaaaaa-0000-4000-8000-000000000001';
beforeAll(async () => {
  t = await createTestApp();
  call = caller(t.app);
  ops = await login(t.app, 'ops@pos-portal.example');
  actorId = (await t.prisma.user.findUniqueOrThrow({ where: { email: 'reviewer@dongfang-bank.example' } })).id;
  // 120 events by one actor across three Beijing days, plus a few by nobody.
  const base = Date.parse('2026-03-01T00:00:00+08:00');
  await t.prisma.auditEvent.createMany({
    data: Array.from({ length: 120 }, (_, i) => ({
      entityType: 'TestThing',
      entityId,
      actorId,
      action: i % 2 === 0 ? 'TEST_EVEN' : 'TEST_ODD',
      createdAt: new Date(base + Math.floor(i / 40) * 86_400_000 + (i % 40) * 60_000),
    })),
  });
  await t.prisma.auditEvent.createMany({ data: [1, 2, 3].map((n) => ({ entityType: 'TestThing', entityId, action: 'TEST_SYSTEM', createdAt: new Date(base + n * 1000) })) });
});
afterAll(async () => t?.close());

const search = (query: string, session: Session | undefined = ops) => call(session, 'GET', `/api/admin/audit-events${query}`);

describe('GET /api/admin/audit-events', () => {
  it('pages newest first through every matching event exactly once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let previous = Infinity;
    do {
      const response = await search(`?entityId=${entityId}${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.statusCode).toBe(200);
      const body: AuditEventListResponse = response.json();
      expect(body.items.length).toBeLessThanOrEqual(AUDIT_PAGE_SIZE);
      for (const item of body.items) {
        expect(Date.parse(item.createdAt)).toBeLessThanOrEqual(previous);
        previous = Date.parse(item.createdAt);
        seen.push(item.id);
      }
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(123);
    expect(new Set(seen).size).toBe(123);
  });

  it('filters by actor id or login name, action and Beijing date range', async () => {
    const byId = (await search(`?actor=${actorId}&entityType=TestThing&action=TEST_EVEN`)).json<AuditEventListResponse>();
    expect(byId.items).toHaveLength(AUDIT_PAGE_SIZE);
    expect(byId.items[0]).toMatchObject({ action: 'TEST_EVEN', actor: { id: actorId, loginName: 'reviewer@dongfang-bank.example', role: 'REVIEWER' } });
    const byName = (await search('?actor=Reviewer@Dongfang-Bank.example&action=TEST_ODD&from=2026-03-02&to=2026-03-02')).json<AuditEventListResponse>();
    expect(byName.items).toHaveLength(20);
    expect(byName.items.every((item) => item.createdAt >= '2026-03-01T16:00:00.000Z' && item.createdAt < '2026-03-02T16:00:00.000Z')).toBe(true);
    expect((await search('?actor=nobody@nowhere.example')).json()).toEqual({ items: [], nextCursor: null });
    expect((await search('?entityType=TestThing&action=TEST_SYSTEM')).json().items.map((i: { actor: unknown }) => i.actor)).toEqual([null, null, null]);
  });

  it('finds what the admin screens themselves recorded', async () => {
    const provider = (await t.prisma.provider.findFirstOrThrow({ where: { nameEn: 'EasyPOS Service Co., Ltd.' } })).id;
    await call(ops, 'POST', `/api/admin/providers/${provider}/suspend`, { reason: '审计测试' });
    const body = (await search(`?entityType=Provider&entityId=${provider}`)).json<AuditEventListResponse>();
    expect(body.items[0]).toMatchObject({ action: 'PROVIDER_SUSPENDED', reason: '审计测试', actor: { id: ops.user.id } });
  });

  it('answers 400 with field errors for bad filters, never 500', async () => {
    expectFieldError(await search('?from=2026-13-01'), 'from', 'isDateString');
    expectFieldError(await search('?to=yesterday'), 'to', 'isDateString');
    expectFieldError(await search('?from=2026-03-05&to=2026-03-01'), 'to', 'dateRangeInvalid');
    expectFieldError(await search('?entityId=42'), 'entityId', 'isUUID');
    expectFieldError(await search('?cursor=garbage'), 'cursor', 'isIn');
    expectFieldError(await search(`?cursor=${Buffer.from('["x","y"]').toString('base64url')}`), 'cursor', 'isIn');
    expectFieldError(await search('?action=DROP%20TABLE'), 'action', 'isIn');
    expectFieldError(await search('?unknown=1'), 'unknown', 'whitelistValidation');
  });

  it('answers 401 and 403; it is read-only (no write methods)', async () => {
    expect((await call(undefined, 'GET', '/api/admin/audit-events')).statusCode).toBe(401);
    const admin = await login(t.app, 'admin@dongfang-bank.example');
    expect((await search('', admin)).json().code).toBe(ErrorCode.FORBIDDEN);
    expect((await call(ops, 'POST', '/api/admin/audit-events', {})).statusCode).toBe(404);
    expect((await call(ops, 'DELETE', '/api/admin/audit-events')).statusCode).toBe(404);
  });
});
