import { checkPasswordPolicy, isValidMobile, loginNameKind } from '@pos/shared';
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
