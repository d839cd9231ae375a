import { ErrorCode, errorMessage, HTTP_STATUS_OF, localeFromAcceptLanguage } from '@pos/shared';
import type { FastifyInstance } from 'fastify';
import { formatBytes } from './format-bytes.js';

/** Room for the multipart boundaries, part headers and a few small fields around the one file. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;


/**
 * Refuses a multipart request whose declared Content-Length already exceeds the upload limit, before a byte of its
 * body is read, and closes the connection so the client stops sending. Bodies without a declared length (chunked)
 * are cut off by the upload reader at the limit instead.
 */
export function refuseDeclaredOversizedUploads(fastify: FastifyInstance, maxUploadBytes: number): void {
  fastify.addHook('onRequest', async (request, reply) => {
    const declared = Number(request.headers['content-length']);
    if (!request.headers['content-type']?.toLowerCase().startsWith('multipart/')) return;
    if (!Number.isFinite(declared) || declared <= maxUploadBytes + MULTIPART_OVERHEAD_BYTES) return;
    const locale = localeFromAcceptLanguage(request.headers['accept-language']);
    const code = ErrorCode.PAYLOAD_TOO_LARGE;
    return reply
      .status(HTTP_STATUS_OF[code])
      .header('connection', 'close')
      .send({ code, message: errorMessage(locale, code, { limit: formatBytes(maxUploadBytes) }) });
  });
}
