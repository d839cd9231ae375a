import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { ErrorCode, errorMessage, localeFromAcceptLanguage } from '@pos/shared';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module.js';
import type { RuntimeConfig } from './core/config/runtime-config.js';
import { answerFrameworkError } from './core/http/framework-errors.js';
import { guardInput } from './core/http/input-guard.js';
import { guardSignInOrigin } from './core/http/sign-in-origin-guard.js';
import { refuseDeclaredOversizedUploads } from './core/http/upload-size-guard.js';
import { requestIdOf } from './core/logging/logger.module.js';
import { NestedObjectsPipe } from './core/validation/nested-objects.pipe.js';
import { createValidationPipe } from './core/validation/validation-pipe.js';

export const API_PREFIX = 'api';

/** Builds the whole HTTP application (API, OpenAPI, web app); used by main.ts and by the integration tests. */
export async function createApp(runtime: RuntimeConfig, options: { webDistDir?: string } = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    trustProxy: runtime.env.TRUST_PROXY === 'true',
    bodyLimit: 1024 * 1024,
    genReqId: requestIdOf,
    frameworkErrors: answerFrameworkError,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(runtime), adapter, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe(), new NestedObjectsPipe());

  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  refuseDeclaredOversizedUploads(fastify, runtime.env.MAX_UPLOAD_BYTES);
  guardInput(fastify);
  guardSignInOrigin(fastify, runtime.env.PUBLIC_URL);
  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, { limits: { fileSize: runtime.env.MAX_UPLOAD_BYTES, files: 1, fields: 5, parts: 6 } });
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // antd renders its CSS-in-JS into <style> tags at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
  });

  const openApi = new DocumentBuilder()
    .setTitle('POS Merchant Portal API')
    .setDescription('Merchant onboarding and service requests for POS terminals. Errors are `{ code, message, details? }`.')
    .setVersion('0.1.0')
    .addBearerAuth()
    .addCookieAuth('pos_refresh')
    .build();
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, () => SwaggerModule.createDocument(app, openApi), {
    jsonDocumentUrl: `${API_PREFIX}/docs/openapi.json`,
  });

  const webDist = options.webDistDir;
  if (webDist && existsSync(join(webDist, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      setHeaders: (res, path) => {
        // Vite's hashed assets never change; the HTML must always be fresh to pick up new ones.
        res.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    // Client-side routes (/merchant/..., /console/...) all load the single-page app; unknown /api paths stay JSON 404s.
    fastify.get('/*', (request, reply) => {
      if (request.url === `/${API_PREFIX}` || request.url.startsWith(`/${API_PREFIX}/`)) {
        const locale = localeFromAcceptLanguage(request.headers['accept-language']);
        return reply.status(404).send({ code: ErrorCode.NOT_FOUND, message: errorMessage(locale, ErrorCode.NOT_FOUND) });
      }
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    });
  }

  await app.init();
  return app;
}
