import { ErrorCode, errorMessage, HTTP_STATUS_OF, localeFromAcceptLanguage } from '@pos/shared';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { formatBytes } from './format-bytes.js';

/** Room for the multipart boundaries, part headers and a few small fields around the one file. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;


/** How long a refused upload's connection keeps draining after the 413 before it is cut. */
const LINGER_MS = 1_000;

/**
 * Closes the connection of a refused upload the way HTTP servers do it ("lingering close"): the 413 goes out with
 * `Connection: close`, then our side is half-closed and whatever the client had already sent is read and dropped
 * for a moment before the socket is destroyed. Destroying at once, with unread bytes in the kernel's buffer, would
 * make the kernel answer with a reset, and a reset makes the client's kernel drop the 413 it had not read yet.
 */
export function closeAfterResponse(reply: FastifyReply): void {
  void reply.header('connection', 'close');
  const socket = reply.raw.socket;
  if (!socket) return;
  // Node's server calls destroySoon() on the socket once a `Connection: close` response has been written.
  socket.destroySoon = () => {
    socket.end();
    socket.setTimeout(LINGER_MS, () => socket.destroy());
    socket.once('end', () => socket.destroy());
  };
}

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
    closeAfterResponse(reply);
    return reply
      .status(HTTP_STATUS_OF[code])
      .send({ code, message: errorMessage(locale, code, { limit: formatBytes(maxUploadBytes) }) });
  });
}
