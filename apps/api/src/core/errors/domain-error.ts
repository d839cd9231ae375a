import { ErrorCode, type FieldError } from '@pos/shared';

/**
 * The one exception services throw. The code decides the HTTP status (HTTP_STATUS_OF in libs/shared); the
 * message is translated per request by the exception filter, with `messageValues` filled into it.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: Record<string, unknown>,
    readonly messageValues?: Record<string, string | number>,
  ) {
    super(code);
    this.name = 'DomainError';
  }

  static notFound(): DomainError {
    return new DomainError(ErrorCode.NOT_FOUND);
  }

  static forbidden(): DomainError {
    return new DomainError(ErrorCode.FORBIDDEN);
  }

  /** A validation failure found by a service rather than by the DTO (for example a rule that needs the database). */
  static invalidFields(fields: Omit<FieldError, 'message'>[]): DomainError {
    return new DomainError(ErrorCode.VALIDATION_FAILED, { fields });
  }
}
