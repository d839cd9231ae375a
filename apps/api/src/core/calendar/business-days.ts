const DAY_MS = 86_400_000;
/** Mainland China is UTC+8 all year (no daylight saving), so a business day is a UTC+8 calendar day. */
const CHINA_OFFSET_MS = 8 * 3_600_000;

/**
 * The end (23:59:59.999 Beijing time) of the `days`-th business day after `from`.
 * TODO(#4): skip public holidays and count make-up workdays from the CalendarDay table (chinese-days data).
 */
export function addBusinessDays(from: Date, days: number): Date {
  let local = new Date(Math.floor((from.getTime() + CHINA_OFFSET_MS) / DAY_MS) * DAY_MS);
  let remaining = days;
  while (remaining > 0) {
    local = new Date(local.getTime() + DAY_MS);
    const weekday = local.getUTCDay();
    if (weekday !== 0 && weekday !== 6) remaining--;
  }
  return new Date(local.getTime() + DAY_MS - 1 - CHINA_OFFSET_MS);
}
