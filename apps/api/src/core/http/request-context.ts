import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { type Locale, localeFromAcceptLanguage } from '@pos/shared';
import type { FastifyRequest } from 'fastify';

/** The caller's language, from Accept-Language (the web app always sends its current UI language). */
export const RequestLocale = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Locale =>
    localeFromAcceptLanguage(context.switchToHttp().getRequest<FastifyRequest>().headers['accept-language']),
);

/** Address and user agent, recorded with sessions and signatures. */
export const ClientInfoParam = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const request = context.switchToHttp().getRequest<FastifyRequest>();
  return { ip: request.ip, userAgent: request.headers['user-agent'] };
});
