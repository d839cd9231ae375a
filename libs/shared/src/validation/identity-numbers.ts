/**
 * Validators for Chinese identity and account numbers. Pure functions, shared by the web form and the API.
 * Each returns the first problem as a rule code (a key of FIELD_RULE_MESSAGES), or undefined when valid.
 */

/** GB 32100-2015: the 31 characters a unified social credit code may use (no I, O, S, V, Z). */
const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const CREDIT_CODE_SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export type CreditCodeProblem = 'creditCodeFormat' | 'creditCodeCheck';

/** The check character a unified social credit code's first 17 characters call for. */
export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_CHARSET.indexOf(first17[i]!) * CREDIT_CODE_WEIGHTS[i]!;
  return CREDIT_CODE_CHARSET[(31 - (sum % 31)) % 31]!;
}

/** 统一社会信用代码: 18 characters, positions 3–8 an administrative division code, the last a GB 32100 check character. */
export function checkCreditCode(value: string): CreditCodeProblem | undefined {
  const code = value.trim().toUpperCase();
  if (!CREDIT_CODE_SHAPE.test(code)) return 'creditCodeFormat';
  return creditCodeCheckCharacter(code.slice(0, 17)) === code[17] ? undefined : 'creditCodeCheck';
}

export const isValidCreditCode = (value: string) => checkCreditCode(value) === undefined;

const RESIDENT_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const RESIDENT_ID_CHECK = '10X98765432';
/** First two digits of a resident ID: the province-level divisions of GB/T 2260. */
const PROVINCE_CODES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45',
  '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82', '91',
]);

export type ResidentIdProblem = 'residentIdFormat' | 'residentIdRegion' | 'residentIdBirthDate' | 'residentIdCheck';

/** The ISO 7064 MOD 11-2 check character for a resident ID's first 17 digits. */
export function residentIdCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * RESIDENT_ID_WEIGHTS[i]!;
  return RESIDENT_ID_CHECK[sum % 11]!;
}

/**
 * 居民身份证号码 (GB 11643): 18 characters, a real province, a real birth date not in the future, and the
 * ISO 7064 MOD 11-2 check character (0–9 or X).
 */
export function checkResidentId(value: string, today: Date = new Date()): ResidentIdProblem | undefined {
  const id = value.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return 'residentIdFormat';
  if (!PROVINCE_CODES.has(id.slice(0, 2))) return 'residentIdRegion';
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  const realDate = birth.getUTCFullYear() === year && birth.getUTCMonth() === month - 1 && birth.getUTCDate() === day;
  if (!realDate || year < 1900 || birth.getTime() > today.getTime()) return 'residentIdBirthDate';
  return residentIdCheckCharacter(id.slice(0, 17)) === id[17] ? undefined : 'residentIdCheck';
}

export const isValidResidentId = (value: string, today?: Date) => checkResidentId(value, today) === undefined;

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
