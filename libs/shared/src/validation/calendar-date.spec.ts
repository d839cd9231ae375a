import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkNotAfterToday, chinaToday, isCalendarDate } from './calendar-date.js';

describe('chinaToday', () => {
  it('is the Beijing date, a day ahead of UTC from 00:00 to 08:00 Beijing time', () => {
    expect(chinaToday(new Date('2026-11-25T16:30:00Z'))).toBe('2026-11-26');
    expect(chinaToday(new Date('2026-11-25T15:59:59Z'))).toBe('2026-11-25');
  });
});

describe('isCalendarDate', () => {
  it.each(['2024-02-29', '2026-12-31', '1900-01-01'])('accepts %s', (value) => expect(isCalendarDate(value)).toBe(true));
  it.each(['2026-02-29', '2026-13-01', '2026-1-01', '20261201', 'tomorrow', ''])('refuses %j', (value) => expect(isCalendarDate(value)).toBe(false));
});

describe('checkNotAfterToday at 00:30 Beijing time (16:30 UTC the day before)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-25T16:30:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it("accepts today's date in China", () => {
    expect(checkNotAfterToday('2026-11-26')).toBeUndefined();
    expect(checkNotAfterToday('2026-11-25')).toBeUndefined();
  });

  it('refuses tomorrow as a date in the future, not as a badly formatted one', () => {
    expect(checkNotAfterToday('2026-11-27')).toBe('dateInFuture');
  });

  it('refuses a day that does not exist, or anything that is not a date text, as a format problem', () => {
    expect(checkNotAfterToday('2026-02-30')).toBe('isDateString');
    expect(checkNotAfterToday('26/11/2026')).toBe('isDateString');
    expect(checkNotAfterToday(20261126)).toBe('isDateString');
  });
});
