export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem =
  | 'passwordTooShort'
  | 'passwordTooLong'
  | 'passwordNeedsVariety'
  | 'passwordTooCommon'
  | 'passwordContainsLogin';

/**
 * Passwords people reach for first, including the ones common on Chinese sites. Checked case-insensitively
 * after the length rule, so only entries of 10+ characters matter.
 */
const COMMON_PASSWORDS = new Set([
  '1234567890',
  '0123456789',
  'qwertyuiop',
  'password123',
  'password1234',
  'passw0rd123',
  'a123456789',
  'abc1234567',
  'abcd123456',
  'qwerty12345',
  '1qaz2wsx3edc',
  'iloveyou123',
  'woaini1314',
  'woaini520520',
  'admin12345',
  'admin123456',
  '123456789a',
  '123456789abc',
  'aa12345678',
  'zxcvbnm123',
]);

/**
 * The password policy, shared by the registration form and the API. Length matters most (NIST SP 800-63B);
 * letters plus digits is the minimum variety merchants expect from Chinese banking sites.
 */
export function checkPasswordPolicy(password: string, loginName?: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push('passwordTooShort');
  if (password.length > PASSWORD_MAX_LENGTH) problems.push('passwordTooLong');
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) problems.push('passwordNeedsVariety');
  if (COMMON_PASSWORDS.has(password.toLowerCase())) problems.push('passwordTooCommon');
  const login = loginName?.trim().toLowerCase();
  if (login && login.length >= 4) {
    const localPart = login.split('@')[0] ?? login;
    const lower = password.toLowerCase();
    if (lower.includes(login) || (localPart.length >= 4 && lower.includes(localPart))) {
      problems.push('passwordContainsLogin');
    }
  }
  return problems;
}
