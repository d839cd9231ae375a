import { describe, expect, it } from 'vitest';
import { CalendarDays } from './calendar-days.js';

const beijing = (local: string) => new Date(`${local}+08:00`);
const endOfBeijingDay = (date: string) => new Date(`${date}T23:59:59.999+08:00`);
const hours = { startMinute: 540, endMinute: 1080 };

describe(CalendarDays.name, () => {
  // Mon 2031-06-02 made a holiday, Sun 2031-06-08 a make-up workday.
  const sut = new CalendarDays(
    new Map([
      ['2031-06-02', false],
      ['2031-06-08', true],
    ]),
  );

  it('follows its exceptions over the weekday rule', () => {
    expect(sut.isWorkday('2031-06-02')).toBe(false);
    expect(sut.isWorkday('2031-06-03')).toBe(true);
    expect(sut.isWorkday('2031-06-07')).toBe(false);
    expect(sut.isWorkday('2031-06-08')).toBe(true);
  });

  it('counts business days past the holiday and onto the make-up Sunday (hand-computed)', () => {
    // From Fri 30 May: Mon 2 off, so 1 → Tue 3. From Thu 5: 1 → Fri 6, 2 → Sun 8, 3 → Mon 9.
    expect(sut.addBusinessDays(beijing('2031-05-30T10:00:00'), 1)).toEqual(endOfBeijingDay('2031-06-03'));
    expect(sut.addBusinessDays(beijing('2031-06-05T10:00:00'), 3)).toEqual(endOfBeijingDay('2031-06-09'));
  });

  it('adds and measures business minutes symmetrically (hand-computed)', () => {
    // Fri 30 May 17:00 + 120: 60 on Friday, Mon 2 off, 60 from Tue 09:00.
    expect(sut.addBusinessMinutes(beijing('2031-05-30T17:00:00'), 120, hours)).toEqual(beijing('2031-06-03T10:00:00'));
    expect(sut.businessMinutesBetween(beijing('2031-05-30T17:00:00'), beijing('2031-06-03T10:00:00'), hours)).toBe(120);
    expect(sut.businessMinutesBetween(beijing('2031-06-03T10:00:00'), beijing('2031-05-30T17:00:00'), hours)).toBe(-120);
  });
});
