import {
  checkBankAccount,
  checkCreditCode,
  checkNotAfterToday,
  checkPasswordPolicy,
  checkResidentId,
  isValidEmail,
  isValidMobile,
  loginNameKind,
  REGION_CODES,
} from '@pos/shared';
import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';

/**
 * class-validator decorators wrapping the shared validators, so the browser and the API apply the same rules.
 * Each reports its rule code as the message; the exception filter translates it.
 */
function sharedRule(name: string, test: (value: unknown, args: ValidationArguments) => string | undefined, options?: ValidationOptions) {
  return (target: object, propertyName: string) => {
    registerDecorator({
      name,
      target: target.constructor,
      propertyName,
      options,
      validator: {
        validate: (value: unknown, args: ValidationArguments) => test(value, args) === undefined,
        defaultMessage: (args?: ValidationArguments) => (args ? (test(args.value, args) ?? name) : name),
      },
    });
  };
}

export const IsMobile = (options?: ValidationOptions) =>
  sharedRule('isMobile', (value) => (typeof value === 'string' && isValidMobile(value) ? undefined : 'isMobile'), options);

export const IsLoginName = (options?: ValidationOptions) =>
  sharedRule('isLoginName', (value) => (typeof value === 'string' && loginNameKind(value.trim()) ? undefined : 'isLoginName'), options);

/** The shared password policy; `loginField` names the sibling property the password must not contain. */
export const MeetsPasswordPolicy = (loginField?: string, options?: ValidationOptions) =>
  sharedRule(
    'isStrongPassword',
    (value, args) => {
      if (typeof value !== 'string') return 'isStrongPassword';
      const login = loginField ? (args.object as Record<string, unknown>)[loginField] : undefined;
      return checkPasswordPolicy(value, typeof login === 'string' ? login : undefined)[0];
    },
    options,
  );

export const IsCreditCode = (options?: ValidationOptions) =>
  sharedRule('isCreditCode', (value) => (typeof value === 'string' ? checkCreditCode(value) : 'creditCodeFormat'), options);

export const IsResidentId = (options?: ValidationOptions) =>
  sharedRule('isResidentId', (value) => (typeof value === 'string' ? checkResidentId(value) : 'residentIdFormat'), options);

export const IsBankAccount = (options?: ValidationOptions) =>
  sharedRule('isBankAccount', (value) => (typeof value === 'string' ? checkBankAccount(value) : 'bankAccountFormat'), options);

export const IsEmailAddress = (options?: ValidationOptions) =>
  sharedRule('isEmail', (value) => (typeof value === 'string' && isValidEmail(value) ? undefined : 'isEmail'), options);

export const IsMcc = (options?: ValidationOptions) =>
  sharedRule('isMcc', (value) => (typeof value === 'string' && /^\d{4}$/.test(value) ? undefined : 'isMcc'), options);

export const IsRegion = (options?: ValidationOptions) =>
  sharedRule('isRegion', (value) => (typeof value === 'string' && REGION_CODES.includes(value) ? undefined : 'isRegion'), options);

/**
 * A calendar date as YYYY-MM-DD that exists and is not after today in China (opening dates, training dates): a date
 * ahead of today is reported as such (dateInFuture), not as a badly formatted one.
 */
export const IsPastDate = (options?: ValidationOptions) => sharedRule('isDateString', (value) => checkNotAfterToday(value), options);

/** No two entries of an array share the value of `key` (one volume per channel, one request per terminal type). */
export const UniqueBy = (key: string, options?: ValidationOptions) =>
  sharedRule(
    'arrayUnique',
    (value) => {
      if (!Array.isArray(value)) return undefined;
      const seen = value.map((entry) => (entry && typeof entry === 'object' ? (entry as Record<string, unknown>)[key] : entry));
      return new Set(seen).size === seen.length ? undefined : 'arrayUnique';
    },
    options,
  );
