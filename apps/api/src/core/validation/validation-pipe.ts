import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { ErrorCode, type FieldError, FIELD_RULE_MESSAGES } from '@pos/shared';
import { DomainError } from '../errors/domain-error.js';

const KNOWN_RULES = new Set(Object.keys(FIELD_RULE_MESSAGES['zh-CN']));

/**
 * Rules about what kind of value a field holds. When one of them fails, the field's other rules (range, length,
 * format) say nothing true: "abc" is neither too large nor too small, it is not a number at all.
 */
const TYPE_RULES = new Set(['isInt', 'isNumber', 'isString', 'isBoolean', 'isArray', 'isObject']);

/**
 * The constraints worth reporting for one field: for a value of the wrong type only the type rule, else all of them.
 * A missing value keeps them all, since DTOs order their rules so the one that says "required" comes first.
 */
function reportable(error: ValidationError): [string, string][] {
  const all = Object.entries(error.constraints ?? {});
  if (error.value === undefined || error.value === null) return all;
  const typeFailures = all.filter(([constraint]) => TYPE_RULES.has(constraint));
  return typeFailures.length > 0 ? typeFailures : all;
}

/**
 * Flattens class-validator's nested errors into dotted field paths. Our own validators put their rule code in the
 * message (e.g. "passwordTooShort"), so a rule code wins over the decorator's constraint name.
 */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    for (const [constraint, message] of reportable(error)) {
      out.push({ field, code: KNOWN_RULES.has(message) ? message : constraint, message });
    }
    if (error.children?.length) out.push(...toFieldErrors(error.children, field));
  }
  return out;
}

/** Whitelist, refuse unknown fields, transform to DTO classes; failures become VALIDATION_FAILED with field errors. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => new DomainError(ErrorCode.VALIDATION_FAILED, { fields: toFieldErrors(errors) }),
  });
}
