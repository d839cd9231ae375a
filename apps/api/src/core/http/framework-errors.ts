import { type ErrorBody, ErrorCode, errorMessage, type FieldError, fieldRuleMessage, HTTP_STATUS_OF, localeFromAcceptLanguage } from '@pos/shared';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

type BodyProblem = Omit<FieldError, 'message'>;

/**
 * What was wrong with a request body Fastify could not parse, as a field error on `body`: nothing after a JSON
 * content type, text that is not JSON (or carries `__proto__`), a content type the API does not read, a body shorter
 * than its Content-Length. `undefined` for errors that are not about the body.
 */
export function bodyProblemOf(error: unknown): BodyProblem | undefined {
  const { code, statusCode } = (error ?? {}) as Partial<FastifyError>;
  if (typeof code !== 'string' || !code.startsWith('FST_ERR_CTP_') || statusCode === 413) return undefined;
  if (code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return { field: 'body', code: 'bodyRequired' };
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return { field: 'body', code: 'contentTypeUnsupported' };
  return { field: 'body', code: 'bodyUnreadable' };
}

/**
 * Fastify's router answers two kinds of request before any hook or filter runs: a path whose percent-encoding does
 * not decode to text, and a path parameter longer than any id. Both get the API's error shape: the first a 400 on
 * `path` (like the unreadable characters the input guard refuses), the second a 404 (a value that long names nothing,
 * as an id that is not a UUID names nothing).
 */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const locale = localeFromAcceptLanguage(request.headers['accept-language']);
  let body: ErrorBody;
  if (error.code === 'FST_ERR_BAD_URL') {
    const field = { field: 'path', code: 'invalidCharacters' };
    body = {
      code: ErrorCode.VALIDATION_FAILED,
      message: errorMessage(locale, ErrorCode.VALIDATION_FAILED),
      details: { fields: [{ ...field, message: fieldRuleMessage(locale, field.code) ?? field.code }] },
    };
  } else {
    body = { code: ErrorCode.NOT_FOUND, message: errorMessage(locale, ErrorCode.NOT_FOUND) };
  }
  void reply.status(HTTP_STATUS_OF[body.code]).header('content-type', 'application/json; charset=utf-8').send(body);
}
