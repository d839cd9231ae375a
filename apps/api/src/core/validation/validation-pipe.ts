import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { ErrorCode, type FieldError, FIELD_RULE_MESSAGES } from '@pos/shared';
import { DomainError } from '../errors/domain-error.js';

const KNOWN_RULES = new Set(Object.keys(FIELD_RULE_MESSAGES['zh-CN']));

/**
 * Flattens class-validator's nested errors into dotted field paths. Our own validators put their rule code in the
 * message (e.g. "passwordTooShort"), so a rule code wins over the decorator's constraint name.
 */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    for (const [constraint, message] of Object.entries(error.constraints ?? {})) {
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
