/**
 * Validators for Chinese identity and account numbers. Pure functions, shared by the web form and the API.
 * Each returns the first problem as a rule code (a key of FIELD_RULE_MESSAGES), or undefined when valid.
 */
import { chinaToday } from './calendar-date.js';

/** GB 32100-2015: the 31 characters a unified social credit code may use (no I, O, S, V, Z). */
const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const CREDIT_CODE_SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export type CreditCodeProblem = 'creditCodeFormat' | 'creditCodeCheck' | 'creditCodeOrganizationCheck';

/** The check character a unified social credit code's first 17 characters call for. */
export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_CHARSET.indexOf(first17[i]!) * CREDIT_CODE_WEIGHTS[i]!;
  return CREDIT_CODE_CHARSET[(31 - (sum % 31)) % 31]!;
}

/** GB 11714-1997 weights for the eight body characters of an organisation code. */
const ORGANIZATION_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/**
 * The GB 11714 check character of an organisation code's 8-character body: digits count as themselves, letters
 * A–Z as 10–35; 11 − (weighted sum mod 11), where 10 is written X and 11 is written 0.
 */
export function organizationCodeCheckCharacter(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(body8[i]!, 36) * ORGANIZATION_CODE_WEIGHTS[i]!;
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/**
 * 统一社会信用代码: 18 characters, positions 3–8 an administrative division code, positions 9–17 the organisation code
 * (GB 11714, its own check character in position 17), the last a GB 32100 check character. The overall check is
 * tested first: a mistyped character usually breaks both, and the overall one is what the licence prints last. A code
 * whose overall check holds but whose organisation code does not was made up to pass the simpler test.
 */
export function checkCreditCode(value: string): CreditCodeProblem | undefined {
  const code = value.trim().toUpperCase();
  if (!CREDIT_CODE_SHAPE.test(code)) return 'creditCodeFormat';
  if (creditCodeCheckCharacter(code.slice(0, 17)) !== code[17]) return 'creditCodeCheck';
  return organizationCodeCheckCharacter(code.slice(8, 16)) === code[16] ? undefined : 'creditCodeOrganizationCheck';
}

export const isValidCreditCode = (value: string) => checkCreditCode(value) === undefined;

const RESIDENT_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const RESIDENT_ID_CHECK = '10X98765432';
/** First two digits of a resident ID: the province-level divisions of GB/T 2260. */
const PROVINCE_CODES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45',
  '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82', '91',
]);

export type ResidentIdProblem =
  | 'residentIdFormat'
  | 'residentIdRegion'
  | 'residentIdBirthDate'
  | 'residentIdBornBefore1900'
  | 'residentIdBornInFuture'
  | 'residentIdCheck';

/** GB 11643 numbers carry birth years from 1900 on; an earlier year is a typing mistake, not a person. */
const RESIDENT_ID_MIN_BIRTH_YEAR = 1900;

/** The ISO 7064 MOD 11-2 check character for a resident ID's first 17 digits. */
export function residentIdCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * RESIDENT_ID_WEIGHTS[i]!;
  return RESIDENT_ID_CHECK[sum % 11]!;
}

/**
 * 居民身份证号码 (GB 11643): 18 characters, a real province, a real birth date from 1900 to today (in China) and the
 * ISO 7064 MOD 11-2 check character (0–9 or X). `now` is the instant to judge "today" at.
 */
export function checkResidentId(value: string, now: Date = new Date()): ResidentIdProblem | undefined {
  const id = value.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return 'residentIdFormat';
  if (!PROVINCE_CODES.has(id.slice(0, 2))) return 'residentIdRegion';
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  const realDate = birth.getUTCFullYear() === year && birth.getUTCMonth() === month - 1 && birth.getUTCDate() === day;
  if (!realDate) return 'residentIdBirthDate';
  if (year < RESIDENT_ID_MIN_BIRTH_YEAR) return 'residentIdBornBefore1900';
  if (id.slice(6, 14) > chinaToday(now).replaceAll('-', '')) return 'residentIdBornInFuture';
  return residentIdCheckCharacter(id.slice(0, 17)) === id[17] ? undefined : 'residentIdCheck';
}

export const isValidResidentId = (value: string, now?: Date) => checkResidentId(value, now) === undefined;

/** Shows the first 3 and last 4 characters only, e.g. 110***********1234. */
export function maskIdentifier(value: string, keepStart = 3, keepEnd = 4): string {
  if (value.length <= keepStart + keepEnd) return '*'.repeat(value.length);
  return value.slice(0, keepStart) + '*'.repeat(value.length - keepStart - keepEnd) + value.slice(-keepEnd);
}

export type BankAccountProblem = 'bankAccountFormat';

/** Removes the spaces and dashes people type into account numbers. */
export function normalizeBankAccount(value: string): string {
  return value.replace(/[\s-]/g, '');
}

/**
 * Bank account numbers: digits only, 10–30 of them. Personal bank cards are 16–19 digits, corporate settlement
 * accounts vary by bank (and do not follow the Luhn check), so length is the only honest structural test.
 */
export function checkBankAccount(value: string): BankAccountProblem | undefined {
  return /^\d{10,30}$/.test(normalizeBankAccount(value)) ? undefined : 'bankAccountFormat';
}

export const isValidBankAccount = (value: string) => checkBankAccount(value) === undefined;
