import { ErrorCode, errorMessage, fieldRuleMessage, HTTP_STATUS_OF, localeFromAcceptLanguage } from '@pos/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** The endpoints that read or set the refresh cookie, or sign someone in: the ones another site must not drive. */
const SIGN_IN_PREFIX = '/api/auth/';

/** Sec-Fetch-Site values of a request this portal's own pages (or a person typing a URL) made. */
const OWN_SITE = new Set(['same-origin', 'none']);

function isCrossSite(request: FastifyRequest, publicHost: string | null): boolean {
  const fetchSite = request.headers['sec-fetch-site'];
  if (typeof fetchSite === 'string') return !OWN_SITE.has(fetchSite);
  // Browsers without Fetch Metadata still send Origin on a cross-origin POST; tools without either are not browsers.
  const origin = request.headers.origin;
  if (!origin) return false;
  try {
    const originUrl = new URL(origin);
    // Compared as URLs, so "localhost:80" and "localhost" are one host.
    const ownHost = new URL(`${originUrl.protocol}//${request.headers.host ?? ''}`).host;
    return originUrl.host !== ownHost && originUrl.host !== publicHost;
  } catch {
    return true;
  }
}

function refuse(request: FastifyRequest, reply: FastifyReply, code: ErrorCode, fields?: { field: string; code: string }[]) {
  const locale = localeFromAcceptLanguage(request.headers['accept-language']);
  const details = fields && { fields: fields.map((f) => ({ ...f, message: fieldRuleMessage(locale, f.code) ?? f.code })) };
  return reply.status(HTTP_STATUS_OF[code]).send({ code, message: errorMessage(locale, code), ...(details && { details }) });
}

/**
 * Sign-in CSRF: a plain HTML form on another site could post a login (form-encoded) and sign the visitor into the
 * attacker's account, who would then type his ID and bank account into it. The sign-in endpoints therefore take JSON
 * only (a cross-site form cannot send it without a CORS preflight, which this API never grants) and refuse requests a
 * browser marks as coming from another site.
 */
export function guardSignInOrigin(fastify: FastifyInstance, publicUrl: string | undefined): void {
  const publicHost = publicUrl ? new URL(publicUrl).host : null;
  fastify.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'POST' || !request.url.startsWith(SIGN_IN_PREFIX)) return;
    if (isCrossSite(request, publicHost)) return refuse(request, reply, ErrorCode.FORBIDDEN);
    const type = request.headers['content-type'];
    if (type !== undefined && !/^application\/json(\s*;|$)/i.test(type)) return refuse(request, reply, ErrorCode.VALIDATION_FAILED, [{ field: 'body', code: 'jsonRequired' }]);
  });
}
