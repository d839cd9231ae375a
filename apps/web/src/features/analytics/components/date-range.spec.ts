import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { beijingToday, isDisabledDay, lastDays, presetRanges, rangeOfParams } from './date-range';

const TODAY = '2026-11-25';

describe(rangeOfParams.name, () => {
  it('takes the range the URL names', () => {
    expect(rangeOfParams(new URLSearchParams('from=2026-11-01&to=2026-11-25'), TODAY)).toEqual({ from: '2026-11-01', to: '2026-11-25' });
  });

  it('falls back to the last 90 days, today included, when an end is missing, malformed, impossible or reversed', () => {
    const fallback = { from: '2026-08-28', to: TODAY };
    for (const search of ['', 'from=2026-11-01', 'from=2026-11-1&to=2026-11-25', 'from=2026-02-30&to=2026-03-01', 'from=2026-11-25&to=2026-11-01']) {
      expect(rangeOfParams(new URLSearchParams(search), TODAY)).toEqual(fallback);
    }
  });

  it('passes a range longer than the API accepts on, so the API says why it refuses it', () => {
    expect(rangeOfParams(new URLSearchParams('from=2024-01-01&to=2026-11-25'), TODAY)).toEqual({ from: '2024-01-01', to: '2026-11-25' });
  });
});

describe('date range helpers', () => {
  it('counts today in Beijing, whatever the browser clock zone', () => {
    expect(beijingToday(Date.parse('2026-11-24T16:30:00Z'))).toBe('2026-11-25');
    expect(beijingToday(Date.parse('2026-11-24T15:59:00Z'))).toBe('2026-11-24');
  });

  it('offers the last 7, 30 and 90 days and this year, each ending today', () => {
    const presets = presetRanges(TODAY).map(({ key, value: [start, end] }) => [key, start.format('YYYY-MM-DD'), end.format('YYYY-MM-DD')]);
    expect(presets).toEqual([
      ['last7', '2026-11-19', TODAY],
      ['last30', '2026-10-27', TODAY],
      ['last90', '2026-08-28', TODAY],
      ['thisYear', '2026-01-01', TODAY],
    ]);
    expect(lastDays(7, TODAY)).toEqual({ from: '2026-11-19', to: TODAY });
  });

  it('greys out days after today and days that would make the range longer than 366 days', () => {
    expect(isDisabledDay(dayjs('2026-11-26'), undefined, TODAY)).toBe(true);
    expect(isDisabledDay(dayjs(TODAY), undefined, TODAY)).toBe(false);
    const from = dayjs('2025-11-25');
    expect(isDisabledDay(dayjs('2026-11-25'), from, TODAY)).toBe(false);
    expect(isDisabledDay(dayjs('2024-11-24'), from, TODAY)).toBe(true);
    expect(isDisabledDay(dayjs('2024-11-25'), from, TODAY)).toBe(false);
  });
});
