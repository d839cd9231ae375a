/**
 * Fresh identifiers for a journey's own merchant, so no journey depends on (or collides with) another's data:
 * a merchant may hold one open application per business (credit code) and provider.
 */

let sequence = 0;

/** Nine digits that differ between calls and between runs. */
function uniqueDigits(): string {
  sequence += 1;
  return `${Date.now() % 10_000_000}${sequence % 100}`.padStart(9, '0').slice(-9);
}

/** A mainland mobile number (13x–19x) nobody has registered yet. */
export function freshMobile(prefix: '135' | '136' | '137' | '139' = '139'): string {
  return `${prefix}${uniqueDigits().slice(-8)}`;
}

/** GB 32100-2015, as in libs/shared's validators: the 31 characters a credit code may use and their weights. */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** GB 11714: the weights of the organisation code's eight body characters (characters 9–16 of a credit code). */
const ORGANIZATION_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** A valid unified social credit code (a Beijing enterprise) no other journey uses. */
export function freshCreditCode(): string {
  const body = uniqueDigits().slice(-8);
  let organizationSum = 0;
  for (let i = 0; i < 8; i++) organizationSum += Number(body[i]) * ORGANIZATION_WEIGHTS[i]!;
  const organizationCheck = 11 - (organizationSum % 11);
  const first17 = `91110000${body}${organizationCheck === 10 ? 'X' : organizationCheck === 11 ? '0' : organizationCheck}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return first17 + CHARSET[(31 - (sum % 31)) % 31]!;
}
