import { errorMessage, type Locale } from '@pos/shared';
import type { ApiError } from './api-client';
import { formatDateTime } from './format';

/**
 * The text to show for an API error. The server already translated `message` for the language the request
 * was sent in; if the reader has switched language since, the shared table gives the same words in the new one.
 */
export function apiErrorText(error: ApiError, locale: Locale): string {
  if (error.locale === locale) return error.message;
  const lockedUntil = error.details?.lockedUntil;
  return errorMessage(locale, error.code, lockedUntil ? { lockedUntil: formatDateTime(lockedUntil, locale) } : {});
}
