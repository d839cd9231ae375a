/** Mainland China mobile numbers: 11 digits, first 1, second 3–9 (all current carriers' segments). */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;

export function isValidMobile(value: string): boolean {
  return MOBILE_PATTERN.test(value);
}

/** A pragmatic email check: one @, a dot in the domain, no spaces; the mailbox itself is proven by delivery. */
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

export function isValidEmail(value: string): boolean {
  return value.length <= 254 && EMAIL_PATTERN.test(value);
}

export type LoginNameKind = 'mobile' | 'email';

/** A login name is a mobile number or an email address; returns which, or undefined when it is neither. */
export function loginNameKind(value: string): LoginNameKind | undefined {
  if (isValidMobile(value)) return 'mobile';
  if (isValidEmail(value)) return 'email';
  return undefined;
}

/** The stored form of a login name: emails are case-insensitive, so they are kept lower-case. */
export function normalizeLoginName(value: string): string {
  const trimmed = value.trim();
  return trimmed.includes('@') ? trimmed.toLowerCase() : trimmed;
}
