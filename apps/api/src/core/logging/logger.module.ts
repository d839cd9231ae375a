import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { LoggerModule as PinoLoggerModule } from 'nestjs-pino';
import { RuntimeConfig } from '../config/runtime-config.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,100}$/;

/**
 * The request id: the caller's X-Request-Id when it looks sane (so a proxy's id carries through), else a new
 * UUID. Fastify calls this first and it is written back to the header, so pino-http and error bodies agree.
 */
export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  request.headers['x-request-id'] = id;
  return id;
}

/** JSON logs, one line per request with its id; secrets never logged. */
export const LoggerModule = PinoLoggerModule.forRootAsync({
  inject: [RuntimeConfig],
  useFactory: (runtime: RuntimeConfig) => ({
    pinoHttp: {
      level: runtime.env.LOG_LEVEL,
      genReqId: (request: IncomingMessage) => requestIdOf(request),
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
      autoLogging: { ignore: (request: IncomingMessage) => request.url === '/api/health' },
      customProps: () => ({ service: 'pos-api' }),
    },
  }),
});
