import { REGIONS, type Locale } from '@pos/shared';
import dayjs from 'dayjs';

const DATE_TIME_FORMAT: Record<Locale, string> = {
  'zh-CN': 'YYYY年M月D日 HH:mm',
  en: 'D MMM YYYY, HH:mm',
};

const DATE_FORMAT: Record<Locale, string> = {
  'zh-CN': 'YYYY年M月D日',
  en: 'D MMM YYYY',
};

const DAYJS_LOCALE: Record<Locale, string> = { 'zh-CN': 'zh-cn', en: 'en' };

/** A timestamp from the API (ISO 8601) in the reader's language and the browser's time zone. */
export function formatDateTime(iso: string, locale: Locale): string {
  const value = dayjs(iso);
  return value.isValid() ? value.locale(DAYJS_LOCALE[locale]).format(DATE_TIME_FORMAT[locale]) : iso;
}

/** A calendar date (ISO timestamp or YYYY-MM-DD) in the reader's language. */
export function formatDate(iso: string, locale: Locale): string {
  const value = dayjs(iso);
  return value.isValid() ? value.locale(DAYJS_LOCALE[locale]).format(DATE_FORMAT[locale]) : iso;
}

/** A file size for people: 512 B, 3.4 KB, 10 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = Math.round(value * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1)} ${units[unit]}`;
}

/** The zh or en variant of a bilingual text from the API, falling back to the other when one is empty. */
export function pickLocalized(locale: Locale, zh: string, en: string): string {
  return locale === 'en' ? en || zh : zh || en;
}

/** The name of a province-level region code (GB/T 2260) in the reader's language; the code itself when unknown. */
export function regionName(code: string, locale: Locale): string {
  const region = REGIONS[code];
  if (!region) return code;
  return locale === 'en' ? region.en : region.zh;
}

/** Why a typed amount or rate could not be read. */
export type DecimalProblem = 'empty' | 'format' | 'negative' | 'tooManyDecimals' | 'tooLarge';

export type DecimalParse = { ok: true; value: number } | { ok: false; problem: DecimalProblem };

const PLAIN_DECIMAL = /^(\d+)(?:\.(\d+))?$/;
const GROUPED_DECIMAL = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/**
 * Reads a non-negative decimal text into an integer count of 1/10^scale units using string arithmetic only:
 * "12.3" at scale 2 is 1230, exactly, with no binary floating point in between.
 */
function parseScaledDecimal(text: string, scale: number, max: number, allowGrouping: boolean): DecimalParse {
  const compact = text.trim().replace(/\s+/g, '');
  if (compact === '') return { ok: false, problem: 'empty' };
  if (/^[-−]/.test(compact)) return { ok: false, problem: 'negative' };
  let digits = compact;
  if (digits.includes(',')) {
    if (!allowGrouping || !GROUPED_DECIMAL.test(digits)) return { ok: false, problem: 'format' };
    digits = digits.replace(/,/g, '');
  }
  const match = PLAIN_DECIMAL.exec(digits);
  if (!match) return { ok: false, problem: 'format' };
  const whole = match[1] ?? '0';
  const fraction = match[2] ?? '';
  if (fraction.length > scale) return { ok: false, problem: 'tooManyDecimals' };
  const units = `${whole}${fraction.padEnd(scale, '0')}`.replace(/^0+(?=\d)/, '');
  // Compare as strings of digits so a huge input never passes through an imprecise Number.
  const maxText = String(max);
  if (units.length > maxText.length || (units.length === maxText.length && units > maxText)) return { ok: false, problem: 'tooLarge' };
  return { ok: true, value: Number(units) };
}

/**
 * Yuan as typed by a person ("1,234.5", "¥88", "0.01") → integer fen (123450, 8800, 1).
 * Rejects negatives, more than two decimals, malformed thousands separators and amounts beyond a safe integer.
 */
export function parseYuanToFen(text: string): DecimalParse {
  return parseScaledDecimal(text.trim().replace(/^[¥￥]/, ''), 2, Number.MAX_SAFE_INTEGER, true);
}

/** The largest rate a fee schedule can carry: 100 %. */
export const MAX_RATE_BPS = 10_000;

/** A percentage as typed ("0.38", "0.6%", "1") → integer basis points (38, 60, 100); at most two decimals, at most 100 %. */
export function parsePercentToBps(text: string): DecimalParse {
  return parseScaledDecimal(text.trim().replace(/[%％]$/, ''), 2, MAX_RATE_BPS, false);
}

/** Fen as an editable yuan text without symbol or grouping: 2500 → "25.00" (the inverse of parseYuanToFen). */
export function fenToYuanText(fen: number): string {
  const digits = String(Math.abs(Math.trunc(fen))).padStart(3, '0');
  return `${fen < 0 ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** Basis points as an editable percentage text: 38 → "0.38" (the inverse of parsePercentToBps). */
export function bpsToPercentText(bps: number): string {
  const digits = String(Math.abs(Math.trunc(bps))).padStart(3, '0');
  return `${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** A lower-case, dash-separated slug for stable test ids: "RuiTong Payment Co., Ltd." → "ruitong-payment-co-ltd". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
