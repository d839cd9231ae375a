import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../../src/core/calendar/business-calendar.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let calendar: BusinessCalendar;
beforeAll(async () => {
  t = await createTestApp();
  calendar = t.app.get(BusinessCalendar);
});
afterAll(async () => t?.close());

/** An instant at a Beijing wall-clock time. */
const beijing = (local: string) => new Date(`${local}+08:00`);
const endOfBeijingDay = (date: string) => new Date(`${date}T23:59:59.999+08:00`);

describe(BusinessCalendar.name, () => {
  it('loads the public holidays and make-up workdays into the database', async () => {
    expect(await t.prisma.calendarDay.count({ where: { date: new Date('2026-10-01T00:00:00Z'), isWorkday: false } })).toBe(1);
    expect(await t.prisma.calendarDay.count({ where: { date: new Date('2026-10-10T00:00:00Z'), isWorkday: true } })).toBe(1);
  });

  it('counts ordinary weekdays and skips weekends', async () => {
    // Friday 2026-11-20 + 3 business days: Mon 23, Tue 24, Wed 25.
    expect(await calendar.addBusinessDays(beijing('2026-11-20T15:00:00'), 3)).toEqual(endOfBeijingDay('2026-11-25'));
  });

  it('skips the National Day holiday and counts the make-up Saturday (hand-computed)', async () => {
    // Submitted Wed 2026-09-30. Oct 1–7 are holidays, Thu 8 and Fri 9 are workdays, Sat 10 is a make-up workday.
    // 1 → Oct 8, 2 → Oct 9, 3 → Sat Oct 10.
    expect(await calendar.addBusinessDays(beijing('2026-09-30T10:00:00'), 3)).toEqual(endOfBeijingDay('2026-10-10'));
    // Submitted Fri 2026-09-18: Sun 20 is a make-up workday. 1 → Sun 20, 2 → Mon 21, 3 → Tue 22.
    expect(await calendar.addBusinessDays(beijing('2026-09-18T10:00:00'), 3)).toEqual(endOfBeijingDay('2026-09-22'));
    // Mid-autumn: Fri 25 to Sun 27 off. From Thu 24: 1 → Mon 28.
    expect(await calendar.addBusinessDays(beijing('2026-09-24T10:00:00'), 1)).toEqual(endOfBeijingDay('2026-09-28'));
  });

  it('uses the Beijing date, not the server clock, for the start day', async () => {
    // 2026-11-19 17:30 UTC is still Thursday in UTC but Friday 01:30 in Beijing: one business day later is
    // Monday the 23rd, not Friday the 20th.
    expect(await calendar.addBusinessDays(new Date('2026-11-19T17:30:00Z'), 1)).toEqual(endOfBeijingDay('2026-11-23'));
  });

  it("follows an administrator's correction over the package", async () => {
    await t.prisma.calendarDay.upsert({
      where: { date: new Date('2027-10-01T00:00:00Z') },
      create: { date: new Date('2027-10-01T00:00:00Z'), isWorkday: false, name: '国庆节', source: 'ADMIN' },
      update: {},
    });
    await calendar.reload();
    // Thu 2027-09-30 + 1: Friday Oct 1 is now a holiday, so Monday Oct 4.
    expect(await calendar.addBusinessDays(beijing('2027-09-30T10:00:00'), 1)).toEqual(endOfBeijingDay('2027-10-04'));
  });
});

describe('business minutes (ticket SLAs, support hours 09:00–18:00)', () => {
  const hours = { startMinute: 540, endMinute: 1080 };

  it('carries what does not fit on Friday over the weekend (hand-computed)', async () => {
    // Fri 17:00 + 120 min: 60 min on Friday, the other 60 from Monday 09:00.
    expect(await calendar.addBusinessMinutes(beijing('2026-11-20T17:00:00'), 120, hours)).toEqual(beijing('2026-11-23T10:00:00'));
    expect(await calendar.businessMinutesBetween(beijing('2026-11-20T17:00:00'), beijing('2026-11-23T10:00:00'), hours)).toBe(120);
  });

  it('starts the clock when support opens', async () => {
    expect(await calendar.addBusinessMinutes(beijing('2026-11-23T07:00:00'), 30, hours)).toEqual(beijing('2026-11-23T09:30:00'));
    expect(await calendar.addBusinessMinutes(beijing('2026-11-23T19:00:00'), 30, hours)).toEqual(beijing('2026-11-24T09:30:00'));
  });

  it('skips the National Day week and works the make-up Sunday (hand-computed)', async () => {
    // Wed 30 Sep 16:00 + 240 min: 120 min that day, Oct 1–7 off, the other 120 on Thu 8 Oct until 11:00.
    expect(await calendar.addBusinessMinutes(beijing('2026-09-30T16:00:00'), 240, hours)).toEqual(beijing('2026-10-08T11:00:00'));
    // Fri 18 Sep 17:30 + 60 min: 30 min on Friday, Saturday off, Sunday 20 Sep is a make-up workday: 09:30.
    expect(await calendar.addBusinessMinutes(beijing('2026-09-18T17:30:00'), 60, hours)).toEqual(beijing('2026-09-20T09:30:00'));
    // Nine hours a day: a whole business day between Thursday 8 Oct 09:00 and Friday 9 Oct 09:00.
    expect(await calendar.businessMinutesBetween(beijing('2026-09-30T09:00:00'), beijing('2026-10-09T09:00:00'), hours)).toBe(2 * 540);
  });

  it('moves a deadline by a pause (hand-computed)', async () => {
    // Opened Fri 20 Nov 17:00 with 120 minutes: due Mon 10:00. Paused Fri 17:30 (30 used, 90 left), resumed
    // Mon 09:30: the 90 minutes left run from 09:30, so the deadline is Mon 11:00.
    const due = beijing('2026-11-23T10:00:00');
    const left = await calendar.businessMinutesBetween(beijing('2026-11-20T17:30:00'), due, hours);
    expect(left).toBe(90);
    expect(await calendar.addBusinessMinutes(beijing('2026-11-23T09:30:00'), left, hours)).toEqual(beijing('2026-11-23T11:00:00'));
  });

  it('follows other support hours', async () => {
    expect(await calendar.addBusinessMinutes(beijing('2026-11-23T21:00:00'), 90, { startMinute: 480, endMinute: 1320 })).toEqual(beijing('2026-11-24T08:30:00'));
  });
});

