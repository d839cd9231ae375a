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
