import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { checkWindow, formatWindow, isoToWindowText, windowsToSend, windowTextToIso } from './time-window';

const NOW = Date.parse('2026-05-01T00:00:00+08:00');

describe('time windows', () => {
  it('reads a typed time as China time with an explicit +08:00', () => {
    expect(windowTextToIso('2026-05-20 09:00')).toBe('2026-05-20T09:00:00+08:00');
    expect(windowTextToIso(' 2026-5-2 9:30 ')).toBe('2026-05-02T09:30:00+08:00');
  });

  it('refuses text that is not a real date and time', () => {
    expect(windowTextToIso('2026-02-30 09:00')).toBeUndefined();
    expect(windowTextToIso('2026-05-20 24:00')).toBeUndefined();
    expect(windowTextToIso('2026/05/20 09:00')).toBeUndefined();
    expect(windowTextToIso('2026-05-20')).toBeUndefined();
  });

  it('says what is wrong with a window, in the order the merchant would fix it', () => {
    expect(checkWindow({ start: '2026-05-20 09:00' }, NOW)).toEqual({ ok: false, problem: 'required' });
    expect(checkWindow({ start: '2026-05-20 9', end: '2026-05-20 12:00' }, NOW)).toEqual({ ok: false, problem: 'format' });
    expect(checkWindow({ start: '2026-05-20 12:00', end: '2026-05-20 09:00' }, NOW)).toEqual({ ok: false, problem: 'order' });
    expect(checkWindow({ start: '2026-04-30 09:00', end: '2026-04-30 12:00' }, NOW)).toEqual({ ok: false, problem: 'past' });
    expect(checkWindow({ start: '2026-05-20 08:00', end: '2026-05-20 20:01' }, NOW)).toEqual({ ok: false, problem: 'tooLong' });
    expect(checkWindow({ start: '2026-05-20 08:00', end: '2026-05-20 20:00' }, NOW)).toEqual({
      ok: true,
      window: { start: '2026-05-20T08:00:00+08:00', end: '2026-05-20T20:00:00+08:00' },
    });
  });

  it('sends the windows only when every one is valid', () => {
    const good = { start: '2026-05-20 09:00', end: '2026-05-20 12:00' };
    expect(windowsToSend([good, { start: '', end: '' }], NOW)).toBeUndefined();
    expect(windowsToSend([good], NOW)).toEqual([{ start: '2026-05-20T09:00:00+08:00', end: '2026-05-20T12:00:00+08:00' }]);
  });

  it('shows API times on the China clock whatever the browser zone', () => {
    const window = { start: '2026-05-20T01:00:00.000Z', end: '2026-05-20T04:00:00.000Z' };
    const now = dayjs('2026-05-01T00:00:00+08:00');
    expect(formatWindow(window, 'zh-CN', now)).toBe('5月20日 周三 09:00–12:00');
    expect(formatWindow(window, 'en', now)).toBe('Wed 20 May 09:00–12:00');
    expect(formatWindow({ start: '2027-01-02T14:00:00.000Z', end: '2027-01-02T17:00:00.000Z' }, 'zh-CN', now)).toBe(
      '2027年1月2日 周六 22:00 – 2027年1月3日 周日 01:00',
    );
    expect(isoToWindowText('2026-05-20T01:00:00.000Z')).toBe('2026-05-20 09:00');
  });
});
