import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Injectable, Logger } from '@nestjs/common';
import {
  type ErrorBody,
  ErrorCode,
  errorMessage,
  type FieldError,
  fieldRuleMessage,
  HTTP_STATUS_OF,
  type Locale,
  localeFromAcceptLanguage,
} from '@pos/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Prisma } from '../../generated/prisma/client.js';
import { RuntimeConfig } from '../config/runtime-config.js';
import { formatBytes } from '../http/format-bytes.js';
import { bodyProblemOf } from '../http/framework-errors.js';
import { closeAfterResponse } from '../http/upload-size-guard.js';
import { DomainError } from './domain-error.js';

/** HTTP statuses raised outside our services (router, body parser, guards, throttler) and the code each means. */
const CODE_FOR_HTTP_STATUS: Record<number, ErrorCode> = {
  400: ErrorCode.VALIDATION_FAILED,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
  413: ErrorCode.PAYLOAD_TOO_LARGE,
  415: ErrorCode.VALIDATION_FAILED,
  429: ErrorCode.TOO_MANY_REQUESTS,
  503: ErrorCode.SERVICE_UNAVAILABLE,
};

/** Every error leaves the API as `{ code, message, details? }` with the status HTTP_STATUS_OF gives the code. */
@Catch()
@Injectable()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');
  /** Values every message may refer to, e.g. the upload limit in PAYLOAD_TOO_LARGE. */
  private readonly commonValues: Record<string, string>;

  constructor(runtime: RuntimeConfig) {
    this.commonValues = { limit: formatBytes(runtime.env.MAX_UPLOAD_BYTES) };
  }

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const locale = localeFromAcceptLanguage(request.headers['accept-language']);
    const body = this.toBody(exception, locale, String(request.id));
    // After a 413 the rest of the body is still on its way: closing the connection is the only way not to read it.
    if (body.code === ErrorCode.PAYLOAD_TOO_LARGE) closeAfterResponse(reply);
    void reply.status(HTTP_STATUS_OF[body.code]).header('content-type', 'application/json; charset=utf-8').send(body);
  }

  private toBody(exception: unknown, locale: Locale, requestId: string): ErrorBody {
    if (exception instanceof DomainError) {
      const details = exception.details ? { ...exception.details } : undefined;
      if (details && Array.isArray(details.fields)) details.fields = translateFields(details.fields as FieldError[], locale);
      const message = errorMessage(locale, exception.code, { ...this.commonValues, ...exception.messageValues });
      return { code: exception.code, message, ...(details && { details }) };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = CODE_FOR_HTTP_STATUS[status];
      // Nest wraps Fastify's own errors (malformed JSON, wrong content type) in an HttpException; the cause says which.
      if (code) return this.statusBody(code, locale, exception.cause);
    }
    // Fastify's own errors (malformed JSON, wrong content type, body too large) carry a statusCode.
    const statusCode = (exception as { statusCode?: unknown } | null)?.statusCode;
    if (typeof statusCode === 'number' && statusCode < 500 && CODE_FOR_HTTP_STATUS[statusCode]) {
      return this.statusBody(CODE_FOR_HTTP_STATUS[statusCode], locale, exception);
    }
    if (exception instanceof Prisma.PrismaClientKnownRequestError) {
      if (exception.code === 'P2002') return { code: ErrorCode.CONFLICT, message: errorMessage(locale, ErrorCode.CONFLICT) };
      if (exception.code === 'P2025') return { code: ErrorCode.NOT_FOUND, message: errorMessage(locale, ErrorCode.NOT_FOUND) };
    }
    this.logger.error({ err: exception, requestId }, 'Unhandled error');
    return { code: ErrorCode.INTERNAL, message: errorMessage(locale, ErrorCode.INTERNAL), details: { requestId } };
  }

  /** The body for an error known only by its HTTP status; a 400 about the request body names it as the field. */
  private statusBody(code: ErrorCode, locale: Locale, error: unknown): ErrorBody {
    const problem = code === ErrorCode.VALIDATION_FAILED ? bodyProblemOf(error) : undefined;
    const details = problem && { fields: translateFields([{ ...problem, message: problem.code }], locale) };
    return { code, message: errorMessage(locale, code, this.commonValues), ...(details && { details }) };
  }
}

/** Field errors carry a rule code; the message is filled in the caller's language (fallback: what the rule said). */
function translateFields(fields: FieldError[], locale: Locale): FieldError[] {
  return fields.map((field) => ({ ...field, message: fieldRuleMessage(locale, field.code) ?? field.message ?? field.code }));
}
