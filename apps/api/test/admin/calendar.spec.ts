import { ErrorCode, type CalendarYearResponse } from '@pos/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../../src/core/calendar/business-calendar.js';
import { expectFieldError } from '../providers/support.js';
import { login, type Session } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { caller } from './support.js';

let t: TestApp;
let ops: Session;
let call: ReturnType<typeof caller>;
beforeAll(async () => {
  t = await createTestApp();
  call = caller(t.app);
  ops = await login(t.app, 'ops@pos-portal.example');
});
afterAll(async () => t?.close());

describe('GET /api/admin/calendar', () => {
  it("lists a known year's holidays and make-up workdays from the package", async () => {
    const response = await call(ops, 'GET', '/api/admin/calendar?year=2026');
    expect(response.statusCode).toBe(200);
    const body = response.json<CalendarYearResponse>();
    expect(body.packageKnowsYear).toBe(true);
    expect(body.days.find((d) => d.date === '2026-10-01')).toMatchObject({ isWorkday: false, source: 'PACKAGE' });
    expect(body.days.some((d) => d.isWorkday)).toBe(true);
    expect(body.days.every((d) => d.date.startsWith('2026-'))).toBe(true);
  });

  it('says when the package does not know a year yet', async () => {
    const body = (await call(ops, 'GET', '/api/admin/calendar?year=2031')).json<CalendarYearResponse>();
    expect(body).toMatchObject({ year: 2031, packageKnowsYear: false, days: [] });
  });

  it('answers 400 for a missing or bad year, 401 and 403', async () => {
    expectFieldError(await call(ops, 'GET', '/api/admin/calendar'), 'year');
    expectFieldError(await call(ops, 'GET', '/api/admin/calendar?year=abc'), 'year');
    expectFieldError(await call(ops, 'GET', '/api/admin/calendar?year=99999'), 'year', 'max');
    expect((await call(undefined, 'GET', '/api/admin/calendar?year=2027')).statusCode).toBe(401);
    expect((await call(await login(t.app, 'admin@dongfang-bank.example'), 'GET', '/api/admin/calendar?year=2027')).statusCode).toBe(403);
  });
});

describe('PUT and DELETE /api/admin/calendar/:date', () => {
  it('adds a holiday for a year the package does not know, used by this replica at once, and removes it', async () => {
    const business = t.app.get(BusinessCalendar);
    // Monday 2031-06-02 is an ordinary workday until the admin says otherwise.
    expect(business.isWorkday('2031-06-02')).toBe(true);
    const put = await call(ops, 'PUT', '/api/admin/calendar/2031-06-02', { isWorkday: false, name: '端午节' });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({ date: '2031-06-02', isWorkday: false, name: '端午节', source: 'ADMIN', packageValue: null });
    expect(business.isWorkday('2031-06-02')).toBe(false);
    expect((await call(ops, 'GET', '/api/admin/calendar?year=2031')).json().days).toHaveLength(1);

    // A make-up Sunday.
    expect((await call(ops, 'PUT', '/api/admin/calendar/2031-06-08', { isWorkday: true, name: null })).statusCode).toBe(200);
    expect(business.isWorkday('2031-06-08')).toBe(true);

    const removed = await call(ops, 'DELETE', '/api/admin/calendar/2031-06-02');
    expect(removed.statusCode).toBe(204);
    expect(business.isWorkday('2031-06-02')).toBe(true);
    expect(await t.prisma.calendarDay.findUnique({ where: { date: new Date('2031-06-02T00:00:00Z') } })).toBeNull();
    expect(await t.prisma.auditEvent.count({ where: { entityType: 'BusinessCalendar', actorId: ops.user.id } })).toBe(3);
  });

  it("overrides a package day, and deleting the correction restores the package's value", async () => {
    const business = t.app.get(BusinessCalendar);
    expect(business.isWorkday('2026-10-01')).toBe(false);
    const put = await call(ops, 'PUT', '/api/admin/calendar/2026-10-01', { isWorkday: true, name: '测试更正' });
    expect(put.json()).toMatchObject({ source: 'ADMIN', isWorkday: true, packageValue: { isWorkday: false } });
    expect(business.isWorkday('2026-10-01')).toBe(true);
    expect((await call(ops, 'DELETE', '/api/admin/calendar/2026-10-01')).statusCode).toBe(204);
    expect(await t.prisma.calendarDay.findUniqueOrThrow({ where: { date: new Date('2026-10-01T00:00:00Z') } })).toMatchObject({ isWorkday: false, source: 'PACKAGE' });
    expect(business.isWorkday('2026-10-01')).toBe(false);
  });

  it("answers 404 when deleting a day without an admin correction (the package's days are corrected, not deleted)", async () => {
    expect((await call(ops, 'DELETE', '/api/admin/calendar/2026-10-02')).statusCode).toBe(404);
    expect((await call(ops, 'DELETE', '/api/admin/calendar/2031-01-15')).statusCode).toBe(404);
  });

  it('answers 400 with field errors for a bad date or body, never 500', async () => {
    expectFieldError(await call(ops, 'PUT', '/api/admin/calendar/2031-02-30', { isWorkday: false }), 'date', 'isDateString');
    expectFieldError(await call(ops, 'PUT', '/api/admin/calendar/tomorrow', { isWorkday: false }), 'date', 'isDateString');
    expectFieldError(await call(ops, 'PUT', '/api/admin/calendar/2031-06-03', { isWorkday: 'no' }), 'isWorkday', 'isBoolean');
    expectFieldError(await call(ops, 'PUT', '/api/admin/calendar/2031-06-03', { isWorkday: false, name: 'x'.repeat(51) }), 'name', 'maxLength');
    expectFieldError(await call(ops, 'DELETE', '/api/admin/calendar/0000-00-00'), 'date', 'isDateString');
    expect((await call(ops, 'PUT', '/api/admin/calendar/2031-06-03', [])).statusCode).toBe(400);
  });

  it('answers 401 and 403', async () => {
    expect((await call(undefined, 'PUT', '/api/admin/calendar/2031-06-03', { isWorkday: false })).statusCode).toBe(401);
    const admin = await login(t.app, 'admin@dongfang-bank.example');
    expect((await call(admin, 'PUT', '/api/admin/calendar/2031-06-03', { isWorkday: false })).json().code).toBe(ErrorCode.FORBIDDEN);
    expect((await call(admin, 'DELETE', '/api/admin/calendar/2031-06-03')).statusCode).toBe(403);
  });
});
