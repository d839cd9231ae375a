/**
 * Every error the API returns carries one of these codes in `{ code, message, details? }`.
 * The web switches on `code`; `message` is already translated for the caller's language.
 */
export const ErrorCode = {
  /** The body, query or path failed validation; `details.fields` lists each field and why. */
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  /** No valid access token was presented. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** Login name or password is wrong (deliberately does not say which). */
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  /** Too many failed logins; `details.lockedUntil` says until when. */
  ACCOUNT_LOCKED: 'ACCOUNT_LOCKED',
  /** The account is disabled by an administrator; also answers a still-valid access token of a disabled account. */
  ACCOUNT_DISABLED: 'ACCOUNT_DISABLED',
  /** The refresh token is missing, expired or revoked. */
  REFRESH_TOKEN_INVALID: 'REFRESH_TOKEN_INVALID',
  /** An already-rotated refresh token was presented again; the whole session family is revoked. */
  REFRESH_TOKEN_REUSED: 'REFRESH_TOKEN_REUSED',
  /** Authenticated, but the role may not do this. */
  FORBIDDEN: 'FORBIDDEN',
  /** Nothing with that id exists for the caller (also returned for other tenants' ids). */
  NOT_FOUND: 'NOT_FOUND',
  /** The mobile number or email is already registered. */
  ALREADY_REGISTERED: 'ALREADY_REGISTERED',
  /** The action is not allowed in the record's current status. */
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  /** Someone else changed the record first; reload and try again. */
  CONFLICT: 'CONFLICT',
  /** Submission blocked: `details.missing` lists the missing fields and documents. */
  APPLICATION_INCOMPLETE: 'APPLICATION_INCOMPLETE',
  /** This business already has an open application with this provider. */
  OPEN_APPLICATION_EXISTS: 'OPEN_APPLICATION_EXISTS',
  /** Uploads must be JPEG, PNG or PDF, judged by the file's bytes, not its name. */
  UNSUPPORTED_FILE_TYPE: 'UNSUPPORTED_FILE_TYPE',
  /** The uploaded file is empty. */
  FILE_EMPTY: 'FILE_EMPTY',
  /** Another reviewer owns this application; `details.claimedBy` names them. */
  ALREADY_CLAIMED: 'ALREADY_CLAIMED',
  /** Approval needs every current document accepted; `details.documents` lists the others. */
  DOCUMENTS_NOT_ACCEPTED: 'DOCUMENTS_NOT_ACCEPTED',
  /** A high-risk application's second approval must come from a different provider admin. */
  FOUR_EYES_REQUIRED: 'FOUR_EYES_REQUIRED',
  /** The agreement was regenerated (e.g. new fees) since the merchant opened it; reload and read it again. */
  AGREEMENT_CHANGED: 'AGREEMENT_CHANGED',
  /** The technician already has an overlapping confirmed job. */
  TECHNICIAN_DOUBLE_BOOKED: 'TECHNICIAN_DOUBLE_BOOKED',
  /** A terminal with this serial number is already registered on the platform. */
  DUPLICATE_SERIAL: 'DUPLICATE_SERIAL',
  /** Completion refused: `details.failures` lists failed checks, a declined test or missing terminals. */
  INSTALLATION_CHECKS_FAILED: 'INSTALLATION_CHECKS_FAILED',
  /** A training quiz below the pass mark: no record is written; `details` is a QuizResultDetails. */
  QUIZ_NOT_PASSED: 'QUIZ_NOT_PASSED',
  /** The provider is suspended from the marketplace and takes no new applications (work in progress continues). */
  PROVIDER_SUSPENDED: 'PROVIDER_SUSPENDED',
  /** The invitation link is unknown, already used or expired; an administrator can send a new one. */
  INVITATION_INVALID: 'INVITATION_INVALID',
  /** An admin cannot deactivate or demote their own account, so every provider keeps an admin. */
  CANNOT_CHANGE_OWN_ACCOUNT: 'CANNOT_CHANGE_OWN_ACCOUNT',
  /** Too many requests in a short time. */
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  /** The request body is too large. */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** The database cannot be reached. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** Anything unexpected; details are in the server log under the request id. */
  INTERNAL: 'INTERNAL',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** One place that says which HTTP status each code maps to. Exhaustive by type. */
export const HTTP_STATUS_OF: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_LOCKED: 423,
  // 401, not 403: the session is over, so the web drops it and shows the sign-in page instead of retrying.
  ACCOUNT_DISABLED: 401,
  REFRESH_TOKEN_INVALID: 401,
  REFRESH_TOKEN_REUSED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  ALREADY_REGISTERED: 409,
  INVALID_TRANSITION: 409,
  CONFLICT: 409,
  APPLICATION_INCOMPLETE: 422,
  OPEN_APPLICATION_EXISTS: 409,
  UNSUPPORTED_FILE_TYPE: 415,
  FILE_EMPTY: 400,
  ALREADY_CLAIMED: 409,
  DOCUMENTS_NOT_ACCEPTED: 422,
  FOUR_EYES_REQUIRED: 403,
  AGREEMENT_CHANGED: 409,
  TECHNICIAN_DOUBLE_BOOKED: 409,
  DUPLICATE_SERIAL: 409,
  INSTALLATION_CHECKS_FAILED: 422,
  QUIZ_NOT_PASSED: 422,
  PROVIDER_SUSPENDED: 409,
  INVITATION_INVALID: 410,
  CANNOT_CHANGE_OWN_ACCOUNT: 409,
  TOO_MANY_REQUESTS: 429,
  PAYLOAD_TOO_LARGE: 413,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL: 500,
};

/** One invalid field: `field` is a dotted path into the body, `code` a stable rule name. */
export interface FieldError {
  field: string;
  code: string;
  message: string;
}

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  details?: {
    fields?: FieldError[];
    lockedUntil?: string;
    requestId?: string;
    [key: string]: unknown;
  };
}
