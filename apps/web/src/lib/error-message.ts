import { DEFAULT_MAX_UPLOAD_BYTES, ErrorCode, errorMessage, type Locale } from '@pos/shared';
import type { ApiError } from './api-client';
import { formatBytes, formatDateTime } from './format';

/** The upload limit to name in a "too large" message: the server's own figure when it sends one. */
function uploadLimitText(details: ApiError['details']): string {
  const limit = details?.limitBytes ?? details?.limit;
  if (typeof limit === 'number' && limit > 0) return formatBytes(limit);
  if (typeof limit === 'string' && limit) return limit;
  return formatBytes(DEFAULT_MAX_UPLOAD_BYTES);
}

/**
 * The text to show for an API error. The server already translated `message` for the language the request
 * was sent in; if the reader has switched language since (or the message still has a placeholder, as a proxy's
 * bare 413 does), the shared table gives the same words in the current language.
 */
export function apiErrorText(error: ApiError, locale: Locale): string {
  if (error.locale === locale && !/\{\w+\}/.test(error.message)) return error.message;
  const values: Record<string, string> = {};
  const lockedUntil = error.details?.lockedUntil;
  if (lockedUntil) values.lockedUntil = formatDateTime(lockedUntil, locale);
  if (error.code === ErrorCode.PAYLOAD_TOO_LARGE) values.limit = uploadLimitText(error.details);
  return errorMessage(locale, error.code, values);
}
